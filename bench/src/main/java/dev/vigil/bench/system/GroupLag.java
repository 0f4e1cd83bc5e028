package dev.vigil.bench.system;

import java.util.List;

/**
 * Whether one consumer group kept up over a measured run. A group that consumes slower than its topics fill falls
 * further behind with every reading, so even its lowest lag keeps rising; a group that keeps up returns to near the
 * head between bursts (analytics closes every monitor's 1-minute window at once, so the read model's lag is a
 * sawtooth of one window's worth of statistics a minute) and its troughs do not rise. Judged on the troughs of the
 * run's two halves, not on a fitted slope, which a burst landing at the end of the run would read as growth.
 *
 * @param slopePerSecond least-squares growth of the lag over the second half, records per second (for information)
 * @param arrivalPerSecond records per second arriving in the group's partitions over the whole run
 */
record GroupLag(String group, long maxLag, long lastLag, long secondHalfMinLag, double slopePerSecond,
        double arrivalPerSecond, boolean bounded) {

    /** Below this many records the lag is noise (a commit interval, a poll batch), whatever its trend. */
    static final long NOISE_RECORDS = 1_000;
    /** Nor is a lag of a few seconds of arrivals: the group is near the head, not falling behind. */
    static final double NOISE_SECONDS_OF_ARRIVALS = 5;

    /** One reading: seconds since the run started, the group's lag and its partitions' end offsets. */
    record Point(double seconds, long lag, long end) {
    }

    static GroupLag judge(String group, List<Point> points) {
        Point first = points.getFirst();
        Point last = points.getLast();
        double span = last.seconds() - first.seconds();
        double arrival = span > 0 ? (last.end() - first.end()) / span : 0;
        double half = first.seconds() + span / 2;
        List<Point> firstHalf = points.stream().filter(point -> point.seconds() < half).toList();
        List<Point> secondHalf = points.stream().filter(point -> point.seconds() >= half).toList();
        long maxLag = points.stream().mapToLong(Point::lag).max().orElse(0);
        long firstTrough = firstHalf.stream().mapToLong(Point::lag).min().orElse(0);
        long secondTrough = secondHalf.stream().mapToLong(Point::lag).min().orElse(0);
        double noise = Math.max(NOISE_RECORDS, NOISE_SECONDS_OF_ARRIVALS * arrival);
        boolean nearHead = secondTrough <= noise;
        boolean troughsFlat = secondTrough <= firstTrough + noise;
        return new GroupLag(group, maxLag, last.lag(), secondTrough, slope(secondHalf), arrival,
                nearHead || troughsFlat);
    }

    private static double slope(List<Point> points) {
        if (points.size() < 2) {
            return 0;
        }
        double meanX = points.stream().mapToDouble(Point::seconds).average().orElse(0);
        double meanY = points.stream().mapToDouble(Point::lag).average().orElse(0);
        double covariance = 0;
        double variance = 0;
        for (Point point : points) {
            covariance += (point.seconds() - meanX) * (point.lag() - meanY);
            variance += (point.seconds() - meanX) * (point.seconds() - meanX);
        }
        return variance == 0 ? 0 : covariance / variance;
    }
}
