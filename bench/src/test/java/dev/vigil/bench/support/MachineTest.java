package dev.vigil.bench.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MachineTest {

    @Test
    void cpuTimeOfAProcessGrowsWhileItComputes() {
        long pid = ProcessHandle.current().pid();
        double before = Machine.cpuSeconds(pid);
        // Computes until the kernel's 10 ms tick has counted some CPU time, within a bound for a loaded machine.
        long until = System.nanoTime() + 10_000_000_000L;
        double sink = 0;
        while (System.nanoTime() < until && Machine.cpuSeconds(pid) == before) {
            for (int i = 0; i < 100_000; i++) {
                sink += Math.sqrt(sink + i);
            }
        }

        assertThat(sink).isPositive();
        assertThat(Machine.cpuSeconds(pid)).isGreaterThan(before);
    }

    @Test
    void peakResidentSetSizeOfARunningJvmIsAtLeastAMegabyte() {
        assertThat(Machine.peakRssBytes(ProcessHandle.current().pid())).isGreaterThan(1 << 20);
    }
}
