/** Windowed latency, availability and SLA figures per monitor. */
@NullMarked
package dev.vigil.contracts.stats;

import org.jspecify.annotations.NullMarked;
