/** What every benchmark shares: the results file, machine readings, exact quantiles, child processes, charts. */
@NullMarked
package dev.vigil.bench.support;

import org.jspecify.annotations.NullMarked;
