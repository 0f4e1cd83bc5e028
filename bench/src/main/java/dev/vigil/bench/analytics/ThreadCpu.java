package dev.vigil.bench.analytics;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of one Streams client's stream threads alone (named {@code <client id>-StreamThread-<n>}): the broker,
 * the producers' I/O threads and the benchmark share the JVM and the two cores, and none of that is the per-result
 * cost the goal is stated in.
 */
final class ThreadCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ThreadCpu() {
    }

    static long streamThreadsOf(String clientId) {
        String prefix = clientId + "-StreamThread-";
        long nanos = 0;
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith(prefix)) {
                long cpu = THREADS.getThreadCpuTime(info.getThreadId());
                nanos += Math.max(0, cpu);
            }
        }
        return nanos;
    }
}
