/** The one JSON wire format of every topic value, usable by plain Kafka clients, Spring Kafka and Kafka Streams. */
@NullMarked
package dev.vigil.contracts.json;

import org.jspecify.annotations.NullMarked;
