package dev.vigil.bench.system;

/** Reads one counter or gauge out of a Prometheus exposition already scraped, summing the series that match. */
final class Exposition {

    private Exposition() {
    }

    /** The sum of the metric's series whose labels contain {@code labelFilter} (empty: every series). */
    static double sum(String exposition, String metric, String labelFilter) {
        double sum = 0;
        for (String line : exposition.split("\n")) {
            boolean named = line.startsWith(metric + "{") || line.startsWith(metric + " ");
            if (named && line.contains(labelFilter)) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    /** The largest value among the metric's series, or 0 when it has none. */
    static double max(String exposition, String metric) {
        double max = 0;
        for (String line : exposition.split("\n")) {
            if (line.startsWith(metric + "{") || line.startsWith(metric + " ")) {
                max = Math.max(max, Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)));
            }
        }
        return max;
    }
}
