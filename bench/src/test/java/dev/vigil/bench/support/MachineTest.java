package dev.vigil.bench.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.junit.jupiter.api.Test;

class MachineTest {

    /** CPU time this thread spends computing; long enough that the 10 ms tick of /proc cannot round it away. */
    private static final long COMPUTE_NANOS = 200_000_000L;
    /** /proc counts whole ticks of 10 ms: the two readings may each lose up to one tick of this thread's time. */
    private static final double TICK_ROUNDING_SECONDS = 2 * 0.01;

    @Test
    void cpuTimeOfAProcessGrowsWhileItComputes() {
        long pid = ProcessHandle.current().pid();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double before = Machine.cpuSeconds(pid);
        long threadStart = threads.getCurrentThreadCpuTime();

        // A fixed amount of work measured by this thread's own nanosecond CPU clock, not by the reading under test:
        // the JVM's background threads can move the process's ticks before this thread has computed anything.
        double sink = 0;
        while (threads.getCurrentThreadCpuTime() - threadStart < COMPUTE_NANOS) {
            for (int i = 0; i < 100_000; i++) {
                sink += Math.sqrt(sink + i);
            }
        }
        double computedSeconds = (threads.getCurrentThreadCpuTime() - threadStart) / 1e9;

        assertThat(sink).isPositive();
        assertThat(Machine.cpuSeconds(pid) - before).isGreaterThanOrEqualTo(computedSeconds - TICK_ROUNDING_SECONDS);
    }

    @Test
    void peakResidentSetSizeOfARunningJvmIsAtLeastAMegabyte() {
        assertThat(Machine.peakRssBytes(ProcessHandle.current().pid())).isGreaterThan(1 << 20);
    }
}
