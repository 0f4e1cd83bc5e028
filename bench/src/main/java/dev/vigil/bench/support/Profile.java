package dev.vigil.bench.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a JFR recording's time went: the hottest methods by CPU samples (all threads), the CPU samples by code area,
 * and, for threads whose name contains a marker (the stream threads), how long they were blocked and in what.
 */
public final class Profile {

    private static final Set<String> BLOCKING = Set.of("jdk.ThreadPark", "jdk.JavaMonitorWait", "jdk.JavaMonitorEnter",
            "jdk.SocketRead", "jdk.FileForce", "jdk.FileRead", "jdk.FileWrite", "jdk.ThreadSleep");
    private static final List<String> AREAS = List.of("org.rocksdb", "dev.vigil", "com.datadoghq", "tools.jackson",
            "org.apache.kafka.streams", "org.apache.kafka.clients.producer", "org.apache.kafka.clients.consumer",
            "org.apache.kafka.common", "org.apache.kafka", "org.springframework");
    private static final int STACK_SEARCH_DEPTH = 64;

    private Profile() {
    }

    public record Summary(long samples, List<String> hotMethods, Map<String, Long> samplesByArea,
            Map<String, Long> blockedMillisByFrame) {
    }

    public static Summary of(Path recording, String threadMarker, int top) throws IOException {
        return summarise(recording, threadMarker, top, false);
    }

    /**
     * The same with CPU samples taken only on the marked threads: in a JVM that also hosts the broker, the samples of
     * every thread would charge the broker's work to the code under test.
     */
    public static Summary ofThreads(Path recording, String threadMarker, int top) throws IOException {
        return summarise(recording, threadMarker, top, true);
    }

    private static Summary summarise(Path recording, String threadMarker, int top, boolean markedSamplesOnly)
            throws IOException {
        Map<String, Long> methods = new HashMap<>();
        Map<String, Long> areas = new HashMap<>();
        Map<String, Long> blocked = new HashMap<>();
        long samples = 0;
        try (var file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                String type = event.getEventType().getName();
                RecordedStackTrace stack = event.getStackTrace();
                if (stack == null || stack.getFrames().isEmpty()) {
                    continue;
                }
                if (type.equals("jdk.ExecutionSample") && (!markedSamplesOnly || onThread(event, threadMarker))) {
                    samples++;
                    RecordedFrame frame = stack.getFrames().getFirst();
                    methods.merge(name(frame), 1L, Long::sum);
                    areas.merge(area(stack), 1L, Long::sum);
                } else if (BLOCKING.contains(type) && onThread(event, threadMarker)) {
                    blocked.merge(type + " in " + firstOwnFrame(stack), event.getDuration().toMillis(), Long::sum);
                }
            }
        }
        return new Summary(samples, topOf(methods, top, samples), topMap(areas, AREAS.size() + 1),
                topMap(blocked, top));
    }

    /** An execution sample names the thread it sampled in a field of its own; its event thread is the sampler. */
    private static boolean onThread(RecordedEvent event, String marker) {
        RecordedThread thread = event.hasField("sampledThread") ? event.getThread("sampledThread") : event.getThread();
        return thread != null && thread.getJavaName() != null && thread.getJavaName().contains(marker);
    }

    /** The first frame of a library we care about: who asked to wait, not the JDK's park. */
    private static String firstOwnFrame(RecordedStackTrace stack) {
        List<RecordedFrame> frames = stack.getFrames();
        for (int i = 0; i < Math.min(frames.size(), STACK_SEARCH_DEPTH); i++) {
            String name = name(frames.get(i));
            if (name.startsWith("org.apache.kafka") || name.startsWith("dev.vigil") || name.startsWith("org.rocksdb")) {
                return name;
            }
        }
        return name(frames.getFirst());
    }

    /** The code area of the innermost frame outside the JDK, so JDK helpers count for whoever called them. */
    private static String area(RecordedStackTrace stack) {
        for (RecordedFrame frame : stack.getFrames()) {
            String type = frame.getMethod().getType().getName();
            for (String area : AREAS) {
                if (type.startsWith(area)) {
                    return area;
                }
            }
        }
        return "JDK only";
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static List<String> topOf(Map<String, Long> counts, int top, long total) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .map(entry -> "%5.1f %% %s".formatted(100.0 * entry.getValue() / total, entry.getKey())).toList();
    }

    private static Map<String, Long> topMap(Map<String, Long> counts, int top) {
        Map<String, Long> result = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .forEach(entry -> result.put(entry.getKey(), entry.getValue()));
        return result;
    }
}
