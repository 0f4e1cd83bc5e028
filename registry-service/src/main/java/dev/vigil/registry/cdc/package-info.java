/**
 * Change data capture: the elected replica streams outbox rows from PostgreSQL's WAL with the Debezium embedded
 * engine and publishes them to the monitors, channels and alerts topics.
 */
@NullMarked
package dev.vigil.registry.cdc;

import org.jspecify.annotations.NullMarked;
