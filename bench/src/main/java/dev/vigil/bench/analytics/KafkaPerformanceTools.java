package dev.vigil.bench.analytics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Kafka's own ProducerPerformance and ConsumerPerformance (kafka-tools, the build's Kafka version) in a JVM of their
 * own, so the figures are the broker's raw rates as Kafka measures them, on the same broker and in the same run.
 */
final class KafkaPerformanceTools {

    private static final long TIME_LIMIT_SECONDS = 120;

    private KafkaPerformanceTools() {
    }

    /** Records per second of ProducerPerformance with acks=all and lz4, as the Streams producer sends. */
    static double producerRecordsPerSecond(String bootstrap, String topic, int records, int recordSize)
            throws IOException, InterruptedException {
        String output = run("org.apache.kafka.tools.ProducerPerformance", "--topic", topic, "--num-records",
                Integer.toString(records), "--record-size", Integer.toString(recordSize), "--throughput", "-1",
                "--producer-props", "bootstrap.servers=" + bootstrap, "acks=all", "compression.type=lz4",
                "linger.ms=5", "batch.size=65536");
        // The summary line: "N records sent, R records/sec (M MB/sec), ..."
        for (String line : output.split("\n")) {
            if (line.contains("records sent") && line.contains("99th")) {
                return Double.parseDouble(line.split(",")[1].trim().split(" ")[0]);
            }
        }
        throw new IllegalStateException("no summary from ProducerPerformance:\n" + output);
    }

    /** Records per second of ConsumerPerformance reading the topic from the start. */
    static double consumerRecordsPerSecond(String bootstrap, String topic, int records)
            throws IOException, InterruptedException {
        String output = run("org.apache.kafka.tools.ConsumerPerformance", "--bootstrap-server", bootstrap,
                "--topic", topic, "--messages", Integer.toString(records), "--timeout", "60000",
                "--group", "bench-consumer-perf-" + System.nanoTime());
        // Header "start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, ..."
        // followed (possibly after log lines) by the values line with as many fields.
        List<String> header = List.of();
        for (String line : output.split("\n")) {
            if (line.startsWith("start.time")) {
                header = List.of(line.split(",\\s*"));
            } else if (!header.isEmpty() && line.split(",\\s*").length == header.size()) {
                return Double.parseDouble(line.split(",\\s*")[header.indexOf("nMsg.sec")]);
            }
        }
        throw new IllegalStateException("no summary from ConsumerPerformance:\n" + output);
    }

    private static String run(String main, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"), main));
        command.addAll(List.of(args));
        Path output = Files.createTempFile("kafka-perf", ".out");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                    .start();
            if (!process.waitFor(TIME_LIMIT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(main + " did not finish within " + TIME_LIMIT_SECONDS + " s");
            }
            return Files.readString(output);
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
