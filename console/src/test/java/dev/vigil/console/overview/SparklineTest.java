package dev.vigil.console.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SparklineTest {

    private static final Instant START = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void theHighestLatencyIsDrawnAtTheTopAndTheLowestAtTheBottom() {
        Sparkline line = Sparkline.of(List.of(point(0, 100.0), point(1, 300.0), point(2, 200.0)));

        assertThat(line.points()).isEqualTo("0.0,22.0 60.0,2.0 120.0,12.0");
    }

    @Test
    void windowsArePlacedByTheirTimeSoAGapStaysVisible() {
        Sparkline line = Sparkline.of(List.of(point(0, 100.0), point(1, 100.0), point(4, 100.0)));

        assertThat(line.points()).isEqualTo("0.0,12.0 30.0,12.0 120.0,12.0");
    }

    @Test
    void windowsWithoutAPassedProbeAreLeftOut() {
        Sparkline line = Sparkline.of(List.of(point(0, 100.0), point(1, null), point(2, 200.0)));

        assertThat(line.points()).isEqualTo("0.0,22.0 120.0,2.0");
        assertThat(line.latestMs()).isEqualTo(200.0);
    }

    @Test
    void fewerThanTwoWindowsDrawNothing() {
        assertThat(Sparkline.of(List.of(point(0, 100.0))).drawn()).isFalse();
        assertThat(Sparkline.of(List.of()).drawn()).isFalse();
    }

    @Test
    void theLabelFiguresAreTheLowestHighestAndNewest() {
        Sparkline line = Sparkline.of(List.of(point(0, 150.0), point(1, 90.0), point(2, 120.0)));

        assertThat(line.minMs()).isEqualTo(90.0);
        assertThat(line.maxMs()).isEqualTo(150.0);
        assertThat(line.latestMs()).isEqualTo(120.0);
    }

    private static Sparkline.Point point(int minute, Double p95) {
        return new Sparkline.Point(START.plusSeconds(60L * minute), p95);
    }
}
