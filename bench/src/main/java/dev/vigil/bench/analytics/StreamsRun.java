package dev.vigil.bench.analytics;

import dev.vigil.bench.support.Machine;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.jspecify.annotations.Nullable;

/**
 * One Kafka Streams application run inside the benchmark's JVM and measured only once warm: it starts, restores,
 * reads {@code warmUp} records, and only then are its stream threads' CPU time, its committed input offsets and its
 * producers' counters read, again when the time is up or just before its backlog ran dry, so neither start-up nor an
 * idle tail is charged to a result. A JFR recording, if asked for, covers exactly that interval.
 */
final class StreamsRun {

    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration START_LIMIT = Duration.ofMinutes(5);

    private StreamsRun() {
    }

    record Outcome(long records, double seconds, double streamThreadCpuSeconds, double processCpuSeconds,
            Produced.Delta produced, Map<String, Object> state, int rebalances, String loadAverageBefore,
            String loadAverageAfter, @Nullable Path recording) {

        double recordsPerSecond() {
            return records / seconds;
        }

        double recordsPerStreamThreadCpuSecond() {
            return records / streamThreadCpuSeconds;
        }

        double streamThreadMicrosPerRecord() {
            return 1e6 * streamThreadCpuSeconds / records;
        }
    }

    /**
     * @param input the topic whose committed offsets count the records processed
     * @param state read from the running instance after the measured interval (store sizes)
     */
    static Outcome run(Topology topology, Properties settings, String bootstrap, String input, long warmUp,
            Duration limit, @Nullable Path recordingFile, Function<KafkaStreams, Map<String, Object>> state)
            throws Exception {
        String group = settings.getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
        String client = settings.getProperty(StreamsConfig.CLIENT_ID_CONFIG);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
                var streams = new KafkaStreams(topology, settings)) {
            var rebalances = new AtomicInteger();
            streams.setStateListener((next, previous) -> {
                if (next == KafkaStreams.State.REBALANCING) {
                    rebalances.incrementAndGet();
                }
            });
            var offsets = new Offsets(admin, input, group);
            long end = offsets.end();
            long before = offsets.committed();
            streams.start();
            long deadline = System.nanoTime() + START_LIMIT.toNanos();
            long committed = offsets.committed();
            while (committed - before < warmUp && committed < end) {
                if (System.nanoTime() > deadline || streams.state() == KafkaStreams.State.ERROR) {
                    throw new IllegalStateException(client + " did not warm up: " + streams.state());
                }
                Thread.sleep(POLL);
                committed = offsets.committed();
            }
            Recording recording = recordingFile == null ? null
                    : new Recording(Configuration.getConfiguration("profile"));
            if (recording != null) {
                recording.start();
            }
            String loadBefore = Machine.loadAverage();
            int rebalancesBefore = rebalances.get();
            var start = Sample.take(offsets, client, streams);
            var last = start;
            long stopAt = start.nanos() + limit.toNanos();
            while (System.nanoTime() < stopAt) {
                Thread.sleep(POLL);
                var next = Sample.take(offsets, client, streams);
                if (next.committed() >= end) {
                    break;
                }
                last = next;
            }
            if (recording != null) {
                recording.stop();
                recording.dump(recordingFile);
                recording.close();
            }
            int rebalancesWhileMeasured = rebalances.get() - rebalancesBefore;
            Map<String, Object> stored = whenRunning(streams, state);
            return new Outcome(last.committed() - start.committed(), (last.nanos() - start.nanos()) / 1e9,
                    (last.streamCpuNanos() - start.streamCpuNanos()) / 1e9,
                    (last.processCpuNanos() - start.processCpuNanos()) / 1e9,
                    Produced.between(start.produced(), last.produced()), stored, rebalancesWhileMeasured, loadBefore,
                    Machine.loadAverage(), recordingFile);
        }
    }

    /**
     * Stores can only be queried while the instance runs; a rebalance (a fenced producer after an over-long
     * punctuation, say) is waited out for a while, and if it lasts the sizes are reported missing rather than guessed.
     */
    private static Map<String, Object> whenRunning(KafkaStreams streams,
            Function<KafkaStreams, Map<String, Object>> state) throws InterruptedException {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (streams.state() == KafkaStreams.State.RUNNING) {
                try {
                    return state.apply(streams);
                } catch (InvalidStateStoreException rebalancing) {
                    // the instance left RUNNING while the stores were read: try again once it is back
                }
            }
            Thread.sleep(POLL);
        }
        return Map.of("unavailable", "the instance did not return to RUNNING within " + START_LIMIT);
    }

    /** One reading of the run's counters, taken together. */
    private record Sample(long nanos, long committed, long streamCpuNanos, long processCpuNanos,
            Produced.Totals produced) {

        static Sample take(Offsets offsets, String client, KafkaStreams streams) throws Exception {
            long committed = offsets.committed();
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            return new Sample(System.nanoTime(), committed, ThreadCpu.streamThreadsOf(client),
                    os.getProcessCpuTime(), Produced.totals(streams));
        }
    }

    /** Committed and end offsets of the input topic, summed over its partitions. */
    private record Offsets(Admin admin, String topic, String group) {

        long committed() throws Exception {
            return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().entrySet().stream()
                    .filter(entry -> entry.getKey().topic().equals(topic) && entry.getValue() != null)
                    .mapToLong(entry -> entry.getValue().offset()).sum();
        }

        long end() throws Exception {
            var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic)
                    .partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            return admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p,
                    p -> OffsetSpec.latest()))).all().get().values().stream().mapToLong(info -> info.offset()).sum();
        }
    }
}
