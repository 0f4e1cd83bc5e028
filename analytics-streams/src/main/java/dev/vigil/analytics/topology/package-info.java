/** The Kafka Streams topology: sources, the monitors join, dead letters and sinks, wired from the feature parts. */
@NullMarked
package dev.vigil.analytics.topology;

import org.jspecify.annotations.NullMarked;
