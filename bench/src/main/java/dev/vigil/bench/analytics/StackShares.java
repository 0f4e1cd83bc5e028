package dev.vigil.bench.analytics;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * The share of the stream thread's CPU samples whose stack contains each part of the topology (stacks overlap, so
 * shares do not add up): which part costs what, as the table of the profile states it.
 */
final class StackShares {

    static final List<String> PARTS = List.of("MonitorProcessor", "HealthStateSerde", "HealthEntries",
            "StatsCompleter", "StatusView", "SlaRules", "CachingWindowStore", "ThreadCache", "WindowAggregateSerde",
            "KTableSource", "KStreamKTableJoin", "ContractDeserializer", "ContractSerializer", "DecodedResultSerde",
            "KStreamSessionWindowAggregate", "KStreamWindowAggregate", "KTableSuppressProcessor",
            "RecordCollectorImpl.send", "KafkaProducer.send", "org.rocksdb", "commitTransaction", "MonitorProcessor.detectSilence", "MonitorProcessor.refreshStatuses");

    private StackShares() {
    }

    static Map<String, Double> of(Path recording, String threadMarker) throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        long samples = 0;
        try (var file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null
                        || !sampled(event, threadMarker)) {
                    continue;
                }
                samples++;
                for (String part : PARTS) {
                    if (contains(event.getStackTrace().getFrames(), part)) {
                        counts.merge(part, 1L, Long::sum);
                    }
                }
            }
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        for (String part : PARTS) {
            shares.put(part, samples == 0 ? 0 : (double) counts.getOrDefault(part, 0L) / samples);
        }
        return shares;
    }

    private static boolean sampled(RecordedEvent event, String threadMarker) {
        RecordedThread thread = event.getThread("sampledThread");
        return thread != null && thread.getJavaName() != null && thread.getJavaName().contains(threadMarker);
    }

    private static boolean contains(List<RecordedFrame> frames, String part) {
        for (RecordedFrame frame : frames) {
            String name = frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
            if (name.contains(part)) {
                return true;
            }
        }
        return false;
    }
}
