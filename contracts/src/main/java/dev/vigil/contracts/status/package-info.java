/** The current state of each monitor, as dashboards show it. */
@NullMarked
package dev.vigil.contracts.status;

import org.jspecify.annotations.NullMarked;
