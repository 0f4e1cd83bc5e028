/**
 * The throughput benchmark of one probe-service instance (run by the {@code probe-bench} Maven profile, never by
 * {@code verify}).
 */
@NullMarked
package dev.vigil.probe.bench;

import org.jspecify.annotations.NullMarked;
