package dev.vigil.bench.analytics;

import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;

/**
 * What a Streams client's producers sent, per topic, from their own counters ({@code producer-topic-metrics}:
 * records, and bytes as sent, i.e. after lz4): outputs, changelogs and repartition topics alike.
 */
final class Produced {

    private static final String GROUP = "producer-topic-metrics";
    private static final String RECORDS = "record-send-total";
    private static final String BYTES = "byte-total";

    private Produced() {
    }

    /** Records and bytes per topic, cumulative since the client started. */
    record Totals(Map<String, long[]> byTopic) {
    }

    /** Records and bytes per topic over an interval, and their sums. */
    record Delta(Map<String, long[]> byTopic, long records, long bytes) {
    }

    static Totals totals(KafkaStreams streams) {
        Map<String, long[]> byTopic = new TreeMap<>();
        for (Map.Entry<MetricName, ? extends Metric> entry : streams.metrics().entrySet()) {
            MetricName name = entry.getKey();
            String topic = name.tags().get("topic");
            if (!name.group().equals(GROUP) || topic == null) {
                continue;
            }
            int slot = name.name().equals(RECORDS) ? 0 : name.name().equals(BYTES) ? 1 : -1;
            if (slot >= 0 && entry.getValue().metricValue() instanceof Number value) {
                byTopic.computeIfAbsent(topic, t -> new long[2])[slot] += value.longValue();
            }
        }
        return new Totals(byTopic);
    }

    static Delta between(Totals start, Totals end) {
        Map<String, long[]> byTopic = new TreeMap<>();
        long records = 0;
        long bytes = 0;
        for (Map.Entry<String, long[]> entry : end.byTopic().entrySet()) {
            long[] before = start.byTopic().getOrDefault(entry.getKey(), new long[2]);
            long[] delta = {entry.getValue()[0] - before[0], entry.getValue()[1] - before[1]};
            byTopic.put(entry.getKey(), delta);
            records += delta[0];
            bytes += delta[1];
        }
        return new Delta(byTopic, records, bytes);
    }
}
