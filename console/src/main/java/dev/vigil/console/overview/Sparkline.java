package dev.vigil.console.overview;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A monitor's recent p95 latency as a line small enough for a table row, drawn on the server as SVG points, so
 * the overview needs no charting script and arrives complete in one answer.
 *
 * @param points the polyline's points in the {@link #WIDTH} × {@link #HEIGHT} view box, empty when there is nothing
 *     to draw
 * @param minMs the lowest p95 drawn
 * @param maxMs the highest p95 drawn
 * @param latestMs the newest p95 drawn
 */
public record Sparkline(String points, double minMs, double maxMs, double latestMs) {

    public static final int WIDTH = 120;
    public static final int HEIGHT = 24;
    /** Keeps the line's stroke inside the view box at its highest and lowest points. */
    private static final double MARGIN = 2;

    /** One window's p95 by the window's start; null when no probe passed in it. */
    public record Point(Instant at, @Nullable Double p95Ms) {
    }

    static Sparkline of(List<Point> recent) {
        List<Point> drawn = recent.stream().filter(point -> point.p95Ms() != null).toList();
        if (drawn.size() < 2) {
            double only = drawn.isEmpty() ? 0 : drawn.getFirst().p95Ms();
            return new Sparkline("", only, only, only);
        }
        double min = drawn.stream().mapToDouble(Point::p95Ms).min().orElseThrow();
        double max = drawn.stream().mapToDouble(Point::p95Ms).max().orElseThrow();
        long first = drawn.getFirst().at().toEpochMilli();
        long span = Math.max(1, drawn.getLast().at().toEpochMilli() - first);
        double range = max - min;
        List<String> coordinates = new ArrayList<>();
        for (Point point : drawn) {
            double x = (double) (point.at().toEpochMilli() - first) / span * WIDTH;
            // A flat line sits in the middle; otherwise the highest latency is drawn at the top.
            double y = range == 0 ? HEIGHT / 2.0
                    : MARGIN + (max - point.p95Ms()) / range * (HEIGHT - 2 * MARGIN);
            coordinates.add(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
        }
        return new Sparkline(String.join(" ", coordinates), min, max, drawn.getLast().p95Ms());
    }

    public boolean drawn() {
        return !points.isEmpty();
    }

    /** The SVG's view box, in which {@link #points()} are placed; drawn at this size in CSS pixels too. */
    public String viewBox() {
        return "0 0 " + WIDTH + " " + HEIGHT;
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }
}
