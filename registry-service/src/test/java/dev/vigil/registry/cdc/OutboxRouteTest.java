package dev.vigil.registry.cdc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.vigil.contracts.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

class OutboxRouteTest {

    private static final Schema ENVELOPE = SchemaBuilder.struct()
            .field("op", Schema.STRING_SCHEMA)
            .field("after", SchemaBuilder.struct().optional().field("id", Schema.STRING_SCHEMA)
                    .field("aggregatetype", Schema.STRING_SCHEMA).field("aggregateid", Schema.STRING_SCHEMA)
                    .field("type", Schema.STRING_SCHEMA).field("payload", Schema.OPTIONAL_STRING_SCHEMA).build())
            .build();
    private static final String MONITOR_ID = "3f2b8c1e-6a4d-4e0b-9c57-2d8e1f6a7b90";

    @Test
    void insertBecomesARecordOnTheAggregatesTopicWithTheStoredJsonUnchanged() {
        String payload = "{\"name\": \"Checkout API\", \"id\": \"" + MONITOR_ID + "\"}";
        OutboxEvent event = OutboxEvent.of(change("c", "monitor", payload)).orElseThrow();

        ProducerRecord<byte[], byte[]> record = OutboxRoute.toRecord(event);

        assertThat(record.topic()).isEqualTo(Topics.MONITORS.name());
        assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo(MONITOR_ID);
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo(payload);
        assertThat(new String(record.headers().lastHeader(OutboxHeaders.EVENT_ID).value(), StandardCharsets.UTF_8))
                .isEqualTo("event-1");
    }

    @Test
    void missingPayloadBecomesATombstone() {
        OutboxEvent event = OutboxEvent.of(change("c", "channel", null)).orElseThrow();

        ProducerRecord<byte[], byte[]> record = OutboxRoute.toRecord(event);

        assertThat(record.topic()).isEqualTo(Topics.CHANNELS.name());
        assertThat(record.value()).isNull();
    }

    @Test
    void testAlertsGoToTheAlertsTopic() {
        assertThat(OutboxRoute.topicOf("alert")).isEqualTo(Topics.ALERTS);
    }

    @Test
    void anythingButAnInsertCarriesNoEvent() {
        assertThat(OutboxEvent.of(change("d", "monitor", null))).isEmpty();
        assertThat(OutboxEvent.of(new SourceRecord(Map.of(), Map.of(), "__debezium-heartbeat", null, null)))
                .isEmpty();
    }

    @Test
    void unknownAggregateTypeIsRefusedRatherThanPublishedSomewhere() {
        assertThatIllegalStateException().isThrownBy(() -> OutboxRoute.topicOf("invoice"));
    }

    private static SourceRecord change(String operation, String aggregateType, String payload) {
        Struct row = new Struct(ENVELOPE.field("after").schema())
                .put("id", "event-1").put("aggregatetype", aggregateType).put("aggregateid", MONITOR_ID)
                .put("type", aggregateType + "_changed").put("payload", payload);
        Struct envelope = new Struct(ENVELOPE).put("op", operation).put("after", row);
        return new SourceRecord(Map.of(), Map.of("lsn", 42L), "outbox", ENVELOPE, envelope);
    }
}
