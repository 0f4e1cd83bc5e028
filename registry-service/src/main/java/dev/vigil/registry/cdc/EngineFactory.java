package dev.vigil.registry.cdc;

import io.debezium.embedded.Connect;
import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.RecordChangeEvent;
import io.debezium.engine.format.ChangeEventFormat;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Builds a fresh Debezium engine per start (an engine runs once), delivering Kafka Connect records so the outbox
 * columns are read from the row itself and the payload's JSON text is passed on untouched.
 */
final class EngineFactory {

    private final CdcProperties properties;
    private final DatabaseLogin login;
    private final OutboxPublisher publisher;

    EngineFactory(CdcProperties properties, DatabaseLogin login, OutboxPublisher publisher) {
        this.properties = properties;
        this.login = login;
        this.publisher = publisher;
    }

    DebeziumEngine<RecordChangeEvent<SourceRecord>> create(DebeziumEngine.CompletionCallback onStop) {
        return DebeziumEngine.create(ChangeEventFormat.of(Connect.class))
                .using(EngineSettings.of(properties, login))
                .notifying(publisher)
                .using(onStop)
                .build();
    }
}
