/** Probe requests from the scheduler and the results probers report. */
@NullMarked
package dev.vigil.contracts.probe;

import org.jspecify.annotations.NullMarked;
