/** Issue 9 #1: probes per CPU second of one probe-service instance against the Prometheus Blackbox exporter. */
@NullMarked
package dev.vigil.bench.probe;

import org.jspecify.annotations.NullMarked;
