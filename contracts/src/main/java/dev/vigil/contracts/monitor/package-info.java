/** Monitor snapshots and the check specification probers execute. */
@NullMarked
package dev.vigil.contracts.monitor;

import org.jspecify.annotations.NullMarked;
