/** Issue 9 #6: the analytics latency sketch against exact percentiles. */
@NullMarked
package dev.vigil.bench.accuracy;

import org.jspecify.annotations.NullMarked;
