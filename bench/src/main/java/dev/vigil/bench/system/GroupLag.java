package dev.vigil.bench.system;

import java.util.List;

/**
 * Whether one consumer group kept up over a measured run. A lag that keeps growing means the group consumes slower
 * than its topics fill and will fall behind without end; a lag that wobbles around a level does not. Judged over
 * the run's second half, when the step's new monitors have long been in rotation.
 *
 * @param slopePerSecond least-squares growth of the lag over the second half, records per second
 * @param arrivalPerSecond records per second arriving in the group's partitions over the whole run
 */
record GroupLag(String group, long maxLag, long lastLag, double slopePerSecond, double arrivalPerSecond,
        boolean bounded) {

    /** Below this many records the lag is noise (a commit interval, a poll batch), whatever its trend. */
    static final long NOISE_RECORDS = 1_000;
    /** Nor is a lag of a few seconds of arrivals: the group is near the head, not falling behind. */
    static final double NOISE_SECONDS_OF_ARRIVALS = 5;
    /** Growth slower than this share of the arrival rate is taken as flat (sampling noise of a stable lag). */
    static final double FLAT_SHARE_OF_ARRIVALS = 0.01;

    /** One reading: seconds since the run started, the group's lag and its partitions' end offsets. */
    record Point(double seconds, long lag, long end) {
    }

    static GroupLag judge(String group, List<Point> points) {
        Point first = points.getFirst();
        Point last = points.getLast();
        double span = last.seconds() - first.seconds();
        double arrival = span > 0 ? (last.end() - first.end()) / span : 0;
        double half = first.seconds() + span / 2;
        List<Point> secondHalf = points.stream().filter(point -> point.seconds() >= half).toList();
        long maxLag = points.stream().mapToLong(Point::lag).max().orElse(0);
        long secondHalfMax = secondHalf.stream().mapToLong(Point::lag).max().orElse(0);
        double slope = slope(secondHalf);
        boolean nearHead = secondHalfMax <= Math.max(NOISE_RECORDS, NOISE_SECONDS_OF_ARRIVALS * arrival);
        boolean flat = slope <= FLAT_SHARE_OF_ARRIVALS * arrival;
        return new GroupLag(group, maxLag, last.lag(), slope, arrival, nearHead || flat);
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
