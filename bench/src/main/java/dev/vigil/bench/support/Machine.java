package dev.vigil.bench.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Readings of this Linux machine and of other processes on it (from /proc): the load every figure is taken under,
 * and the CPU time and peak memory of a child process, which its own JVM cannot tell us for a non-Java peer.
 */
public final class Machine {

    private static final Path LOAD_AVERAGE = Path.of("/proc/loadavg");
    /** utime and stime are fields 14 and 15 of /proc/pid/stat; the part after the command name starts at field 3. */
    private static final int UTIME_AFTER_NAME = 14 - 3;
    private static final int STIME_AFTER_NAME = 15 - 3;
    private static final long CLOCK_TICKS_PER_SECOND = 100;
    private static final long KIB = 1024;

    private Machine() {
    }

    /** The 1, 5 and 15 minute load averages, as {@code uptime} prints them. */
    public static String loadAverage() {
        try {
            List<String> fields = List.of(Files.readString(LOAD_AVERAGE).trim().split(" "));
            return String.join(" ", fields.subList(0, 3));
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** User plus system CPU time the process has used so far, in seconds. */
    public static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // The command name may contain spaces; the fields after its closing parenthesis are fixed.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[UTIME_AFTER_NAME]) + Long.parseLong(fields[STIME_AFTER_NAME]);
            return (double) ticks / CLOCK_TICKS_PER_SECOND;
        } catch (IOException e) {
            throw new IllegalStateException("process " + pid + " is gone", e);
        }
    }

    /** Peak resident set size (VmHWM) of the process in bytes. */
    public static long peakRssBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * KIB;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("process " + pid + " is gone", e);
        }
        throw new IllegalStateException("no VmHWM for process " + pid);
    }
}
