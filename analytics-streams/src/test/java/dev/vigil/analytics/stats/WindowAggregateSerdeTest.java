package dev.vigil.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.IntStream;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

/**
 * The window stores' format 1, pinned byte for byte, DDSketch's own encoding included: stores and changelogs written
 * by earlier releases must read back.
 */
class WindowAggregateSerdeTest {

  /** {@link #oneRegionWithTotalAndTlsSketches()} as format 1: TOTAL is stored as 00, TLS as 03. */
  private static final String FORMAT_1 = String.join("",
      "01", // format
      "3f847ae147ae147b", "00000001", "0002", "6575", // accuracy, one region "eu"
      "0000000000000003", "0000000000000001", "02", // count, failures, two sketches
      "00", "00000018", "0ec2f1e7e9ed51f03f00000000000000000502e203024a02", // TOTAL
      "03", "00000018", "0ec2f1e7e9ed51f03f00000000000000000502d602021e02"); // TLS

  private static final Percentage ONE_PERCENT = Percentage.withPercentage(1);

  private final WindowAggregateSerde serde = new WindowAggregateSerde();

  @Test
  void format1BytesReadBackAsTheAggregateTheyWereWrittenFrom() {
    WindowAggregate read = serde.deserializer().deserialize("t", HexFormat.of().parseHex(FORMAT_1));

    RegionAggregate eu = read.regions().get("eu");
    assertThat(read.relativeAccuracy()).isEqualTo(0.01);
    assertThat(read.regions()).containsOnlyKeys("eu");
    assertThat(eu.count()).isEqualTo(3);
    assertThat(eu.failures()).isEqualTo(1);
    assertThat(eu.sketches()).containsOnlyKeys(Phase.TOTAL, Phase.TLS);
    assertThat(eu.sketches().get(Phase.TOTAL).summary().maxMs()).isCloseTo(250.0, ONE_PERCENT);
    assertThat(eu.sketches().get(Phase.TLS).summary().maxMs()).isCloseTo(40.0, ONE_PERCENT);
  }

  @Test
  void anAggregateIsWrittenAsExactlyTheFormat1Bytes() {
    byte[] written = serde.serializer().serialize("t", oneRegionWithTotalAndTlsSketches());

    assertThat(HexFormat.of().formatHex(written)).isEqualTo(FORMAT_1);
  }

  @Test
  void anAggregateSurvivesARoundTrip() {
    var aggregate = oneRegionWithTotalAndTlsSketches();

    WindowAggregate read = serde.deserializer().deserialize("t", serde.serializer().serialize("t", aggregate));

    assertThat(serde.serializer().serialize("t", read)).isEqualTo(serde.serializer().serialize("t", aggregate));
  }

  @Test
  void phasesKeepTheCodesFormat1StoredThemAs() {
    assertThat(IntStream.range(0, 5).mapToObj(WindowAggregateSerde.PHASES::constant))
        .containsExactly(Phase.TOTAL, Phase.DNS, Phase.CONNECT, Phase.TLS, Phase.TTFB);
  }

  private static WindowAggregate oneRegionWithTotalAndTlsSketches() {
    Map<Phase, LatencySketch> sketches = new EnumMap<>(Phase.class);
    sketches.put(Phase.TOTAL, sketchOf(120.0, 250.0));
    sketches.put(Phase.TLS, sketchOf(30.0, 40.0));
    return new WindowAggregate(0.01, Map.of("eu", new RegionAggregate(3, 1, sketches)));
  }

  private static LatencySketch sketchOf(double... millis) {
    var sketch = LatencySketch.empty(0.01);
    for (double m : millis) {
      sketch.add(m);
    }
    return sketch;
  }
}
