package dev.vigil.bench.support;

import java.lang.management.ManagementFactory;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * The live-object histogram of this JVM ({@code jcmd <pid> GC.class_histogram}, which forces a full GC first), so a
 * heap figure can be explained class by class: the difference of two histograms is what a data structure costs.
 */
public final class ClassHistogram {

    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*$");

    private final Map<String, long[]> instancesAndBytes;

    private ClassHistogram(Map<String, long[]> instancesAndBytes) {
        this.instancesAndBytes = instancesAndBytes;
    }

    public static ClassHistogram take() {
        try {
            String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            Map<String, long[]> rows = new HashMap<>();
            for (String line : text.split("\n")) {
                Matcher row = ROW.matcher(line);
                if (row.matches()) {
                    rows.put(row.group(3), new long[] {Long.parseLong(row.group(1)), Long.parseLong(row.group(2))});
                }
            }
            return new ClassHistogram(rows);
        } catch (JMException e) {
            throw new IllegalStateException("no class histogram from this JVM", e);
        }
    }

    /** The classes that grew most from {@code before} to this histogram, largest first. */
    public List<Growth> growthSince(ClassHistogram before, int top) {
        return instancesAndBytes.entrySet().stream()
                .map(entry -> {
                    long[] old = before.instancesAndBytes.getOrDefault(entry.getKey(), new long[2]);
                    return new Growth(entry.getKey(), entry.getValue()[0] - old[0], entry.getValue()[1] - old[1]);
                })
                .sorted(Comparator.comparingLong(Growth::bytes).reversed())
                .limit(top)
                .toList();
    }

    public record Growth(String className, long instances, long bytes) {
    }
}
