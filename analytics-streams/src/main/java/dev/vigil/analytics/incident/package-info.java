/** Per-monitor health: checks across regions, streaks, incidents, SLA and error budget, and the alerts they raise. */
@NullMarked
package dev.vigil.analytics.incident;

import org.jspecify.annotations.NullMarked;
