/** Issue 9 #3: results per second through analytics-streams next to the broker's raw producer and consumer rates. */
@NullMarked
package dev.vigil.bench.analytics;

import org.jspecify.annotations.NullMarked;
