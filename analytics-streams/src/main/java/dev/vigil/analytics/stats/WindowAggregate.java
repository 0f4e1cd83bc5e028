package dev.vigil.analytics.stats;

import dev.vigil.contracts.probe.ProbeResult;
import java.util.Map;
import java.util.TreeMap;

/**
 * One monitor's probes in one window, per region; the all-regions figures are the merge of the regions' sketches,
 * computed when the window closes, so only one copy of each sample is stored.
 */
public final class WindowAggregate {

  private final double relativeAccuracy;
  private final Map<String, RegionAggregate> regions;

  WindowAggregate(double relativeAccuracy, Map<String, RegionAggregate> regions) {
    this.relativeAccuracy = relativeAccuracy;
    this.regions = new TreeMap<>(regions);
  }

  public static WindowAggregate empty(double relativeAccuracy) {
    return new WindowAggregate(relativeAccuracy, Map.of());
  }

  public WindowAggregate add(ProbeResult result) {
    regions.computeIfAbsent(result.region(), r -> RegionAggregate.empty()).add(result, relativeAccuracy);
    return this;
  }

  double relativeAccuracy() {
    return relativeAccuracy;
  }

  public Map<String, RegionAggregate> regions() {
    return regions;
  }

  public RegionAggregate allRegions() {
    RegionAggregate all = RegionAggregate.empty();
    regions.values().forEach(all::merge);
    return all;
  }
}
