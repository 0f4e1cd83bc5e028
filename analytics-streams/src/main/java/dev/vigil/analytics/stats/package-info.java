/** Windowed latency statistics: mergeable DDSketch aggregates per monitor, region and probe phase. */
@NullMarked
package dev.vigil.analytics.stats;

import org.jspecify.annotations.NullMarked;
