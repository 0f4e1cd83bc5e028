package dev.vigil.bench.analytics;

import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.TimeWindows;

/**
 * The yardstick of the analytics goal: Kafka's own idiom with nothing of Vigil's, a one-minute windowed count per key
 * with exactly-once and otherwise Kafka Streams' defaults, reading records of a result's size.
 */
final class ReferenceTopology {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private ReferenceTopology() {
    }

    static Topology build(String input, String output) {
        var builder = new StreamsBuilder();
        builder.stream(input, Consumed.with(Serdes.UUID(), Serdes.ByteArray()))
                .groupByKey()
                .windowedBy(TimeWindows.ofSizeAndGrace(WINDOW, WINDOW))
                .count(Materialized.as("reference-counts"))
                .toStream()
                .map((window, count) -> KeyValue.pair(window.key(), count))
                .to(output, Produced.with(Serdes.UUID(), Serdes.Long()));
        return builder.build();
    }

    static Properties settings(String bootstrap, String applicationId, String clientId, String stateDir) {
        var props = new Properties();
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.CLIENT_ID_CONFIG, clientId);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        return props;
    }
}
