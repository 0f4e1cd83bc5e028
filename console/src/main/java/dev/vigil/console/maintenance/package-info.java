/** Maintenance windows in the console: the tenant's, for all its monitors, and each monitor's own. */
@NullMarked
package dev.vigil.console.maintenance;

import org.jspecify.annotations.NullMarked;
