package dev.vigil.bench.system;

import dev.vigil.bench.support.Machine;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CPU time of this JVM (Kafka broker, Keycloak's client side, the monitor loader) and of every process it started —
 * the six services from their staged jars, Keycloak, nginx — plus the embedded PostgreSQL, which detaches from its
 * parent and is found by its port, by what they are, so the saturated part of the system can be named. Read from
 * /proc; processes that come and go in between count from zero.
 */
public final class ProcessCpu {

    static final String BENCH_JVM = "bench JVM (Kafka broker, loader)";
    private static final Pattern SERVICE_JAR = Pattern.compile("([a-z-]+)-\\d[^/]*-exec\\.jar$");

    private final List<ProcessHandle> detached;

    private ProcessCpu(List<ProcessHandle> detached) {
        this.detached = List.copyOf(detached);
    }

    /** This JVM's process tree and the PostgreSQL server listening on {@code postgresPort}, with its backends. */
    public static ProcessCpu withPostgresOn(int postgresPort) {
        String port = Integer.toString(postgresPort);
        return new ProcessCpu(ProcessHandle.allProcesses()
                .filter(process -> process.info().command().orElse("").endsWith("/postgres"))
                .filter(process -> {
                    List<String> arguments = List.of(process.info().arguments().orElse(new String[0]));
                    int flag = arguments.indexOf("-p");
                    return flag >= 0 && flag + 1 < arguments.size() && arguments.get(flag + 1).equals(port);
                })
                .toList());
    }

    /** What a process is and its CPU seconds so far. */
    public record Reading(String name, double cpuSeconds) {
    }

    public Map<Long, Reading> read() {
        Map<Long, Reading> readings = new HashMap<>();
        ProcessHandle self = ProcessHandle.current();
        readings.put(self.pid(), new Reading(BENCH_JVM, Machine.cpuSeconds(self.pid())));
        self.descendants().forEach(process -> add(readings, process, name(process)));
        for (ProcessHandle server : detached) {
            add(readings, server, "postgresql");
            server.descendants().forEach(process -> add(readings, process, "postgresql"));
        }
        return readings;
    }

    private static void add(Map<Long, Reading> readings, ProcessHandle process, String name) {
        try {
            readings.put(process.pid(), new Reading(name, Machine.cpuSeconds(process.pid())));
        } catch (IllegalStateException gone) {
            // Ended between listing and reading (a short-lived PostgreSQL backend): it has nothing left to count.
        }
    }

    /** Cores each kind of process kept busy between the two readings, summed over its processes. */
    static Map<String, Double> coresBusy(Map<Long, Reading> before, Map<Long, Reading> after, double seconds) {
        Map<String, Double> cores = new TreeMap<>();
        after.forEach((pid, reading) -> {
            Reading earlier = before.get(pid);
            double used = reading.cpuSeconds() - (earlier == null ? 0 : earlier.cpuSeconds());
            cores.merge(reading.name(), used / seconds, Double::sum);
        });
        return cores;
    }

    private static String name(ProcessHandle process) {
        String command = process.info().command().orElse("?");
        List<String> arguments = List.of(process.info().arguments().orElse(new String[0]));
        for (String argument : arguments) {
            Matcher jar = SERVICE_JAR.matcher(argument);
            if (jar.find()) {
                return jar.group(1);
            }
        }
        String line = (command + " " + String.join(" ", arguments)).toLowerCase(Locale.ROOT);
        if (line.contains("keycloak")) {
            return "keycloak";
        }
        if (line.contains("postgres")) {
            return "postgresql";
        }
        if (line.contains("nginx")) {
            return "nginx";
        }
        return command.substring(command.lastIndexOf('/') + 1);
    }
}
