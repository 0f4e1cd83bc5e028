package dev.vigil.bench.system;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The scheduler's lateness timer as Prometheus exposes it (cumulative counts by bucket upper bound): the difference
 * of two scrapes is the distribution of exactly the requests emitted between them, which is what a steady-state
 * percentile must be computed from, not the service's own since-start or decaying percentiles.
 *
 * @param cumulative count of observations at or below each upper bound in seconds; the last key is +Inf
 */
record LatenessHistogram(NavigableMap<Double, Double> cumulative) {

    static final String BUCKET = "vigil_scheduler_lateness_seconds_bucket";
    private static final String LE = "le=\"";

    LatenessHistogram {
        cumulative = new TreeMap<>(cumulative);
    }

    /** Sums every series of the bucket metric by its {@code le} label. */
    static LatenessHistogram parse(String exposition) {
        var buckets = new TreeMap<Double, Double>();
        for (String line : exposition.split("\n")) {
            if (!line.startsWith(BUCKET + "{")) {
                continue;
            }
            int start = line.indexOf(LE) + LE.length();
            String bound = line.substring(start, line.indexOf('"', start));
            double upper = bound.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(bound);
            double count = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            buckets.merge(upper, count, Double::sum);
        }
        return new LatenessHistogram(buckets);
    }

    LatenessHistogram minus(LatenessHistogram earlier) {
        var difference = new TreeMap<Double, Double>();
        cumulative.forEach((bound, count) -> difference.put(bound, count - earlier.cumulative.getOrDefault(bound, 0.0)));
        return new LatenessHistogram(difference);
    }

    double count() {
        return cumulative.isEmpty() ? 0 : cumulative.lastEntry().getValue();
    }

    /**
     * The quantile as Prometheus' {@code histogram_quantile} computes it: linear within the bucket that holds the
     * rank; a rank in the +Inf bucket answers the largest finite bound. NaN when nothing was observed.
     */
    double quantile(double q) {
        double total = count();
        if (total <= 0) {
            return Double.NaN;
        }
        double rank = q * total;
        double lowerBound = 0;
        double lowerCount = 0;
        for (Map.Entry<Double, Double> bucket : cumulative.entrySet()) {
            if (bucket.getValue() >= rank) {
                if (bucket.getKey().isInfinite()) {
                    return lowerBound;
                }
                double inBucket = bucket.getValue() - lowerCount;
                double share = inBucket <= 0 ? 1 : (rank - lowerCount) / inBucket;
                return lowerBound + (bucket.getKey() - lowerBound) * share;
            }
            lowerBound = bucket.getKey();
            lowerCount = bucket.getValue();
        }
        return lowerBound;
    }

    /** The share of observations above the largest bucket bound not past {@code seconds}: an upper bound on how many were later. */
    double shareLaterThan(double seconds) {
        double total = count();
        if (total <= 0) {
            return 0;
        }
        Map.Entry<Double, Double> within = cumulative.floorEntry(seconds);
        return within == null ? 1 : 1 - within.getValue() / total;
    }
}
