/**
 * Reading probe requests from Kafka and writing results back: bounded concurrency on virtual threads, and offsets
 * committed only up to results Kafka has acknowledged.
 */
@NullMarked
package dev.vigil.probe.intake;

import org.jspecify.annotations.NullMarked;
