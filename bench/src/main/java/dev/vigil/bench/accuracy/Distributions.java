package dev.vigil.bench.accuracy;

import java.util.SplittableRandom;

/** Synthetic latency distributions in milliseconds, seeded so a run can be repeated exactly. */
final class Distributions {

    private static final double UNIFORM_MIN_MS = 1;
    private static final double UNIFORM_MAX_MS = 1000;
    private static final double LOG_NORMAL_MEDIAN_MS = 50;
    private static final double LOG_NORMAL_SIGMA = 0.8;
    private static final double FAST_MODE_MS = 20;
    private static final double FAST_MODE_SD_MS = 4;
    private static final double SLOW_MODE_MS = 400;
    private static final double SLOW_MODE_SD_MS = 60;
    /** One request in ten takes the slow path, so p95 and p99 sit in the second mode and p50 in the first. */
    private static final double SLOW_SHARE = 0.1;
    private static final double FLOOR_MS = 0.01;

    private Distributions() {
    }

    static double[] uniform(int count, long seed) {
        var random = new SplittableRandom(seed);
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = random.nextDouble(UNIFORM_MIN_MS, UNIFORM_MAX_MS);
        }
        return values;
    }

    static double[] logNormal(int count, long seed) {
        var random = new SplittableRandom(seed);
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = LOG_NORMAL_MEDIAN_MS * Math.exp(LOG_NORMAL_SIGMA * gaussian(random));
        }
        return values;
    }

    static double[] bimodal(int count, long seed) {
        var random = new SplittableRandom(seed);
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            boolean slow = random.nextDouble() < SLOW_SHARE;
            double value = slow ? SLOW_MODE_MS + SLOW_MODE_SD_MS * gaussian(random)
                    : FAST_MODE_MS + FAST_MODE_SD_MS * gaussian(random);
            values[i] = Math.max(FLOOR_MS, value);
        }
        return values;
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
