package dev.vigil.bench.probe;

/** One measured window of one side: rate, CPU and memory of the prober process. */
record Measurement(String side, int inFlight, double probesPerSecond, double cpuSeconds, long probes,
        long peakRssBytes, long failures, String loadAverage) {

    private static final double PER_THOUSAND = 1000;

    double cpuSecondsPerThousandProbes() {
        return cpuSeconds / probes * PER_THOUSAND;
    }

    double probesPerCpuSecond() {
        return probes / cpuSeconds;
    }

    @Override
    public String toString() {
        return ("%-17s %4d in flight: %7.0f probes/s, %.3f CPU s per 1,000 probes (%,.0f probes per CPU s), peak RSS "
                + "%d MiB, %d failed, load %s").formatted(side, inFlight, probesPerSecond,
                cpuSecondsPerThousandProbes(), probesPerCpuSecond(), peakRssBytes >> 20, failures, loadAverage);
    }
}
