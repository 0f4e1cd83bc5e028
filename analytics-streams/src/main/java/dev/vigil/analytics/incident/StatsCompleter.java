package dev.vigil.analytics.incident;

import dev.vigil.analytics.stats.RegionAggregate;
import dev.vigil.contracts.monitor.MonitorSnapshot;
import dev.vigil.contracts.stats.LatencyBreakdown;
import dev.vigil.contracts.stats.ServiceStats;
import dev.vigil.contracts.stats.StatsWindow;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Turns a closed window into its public records, one per region and one for all regions, with the rolling SLA. */
final class StatsCompleter {

  private final SlaRules sla;

  StatsCompleter(SlaRules sla) {
    this.sla = sla;
  }

  void complete(MonitorSnapshot monitor, HealthState s, MonitorEvent.WindowClosed closed, List<Emission> out) {
    for (Map.Entry<String, RegionAggregate> region : closed.aggregate().regions().entrySet()) {
      add(monitor, s, closed.window(), region.getKey(), region.getValue(), out);
    }
    add(monitor, s, closed.window(), null, closed.aggregate().allRegions(), out);
  }

  private void add(MonitorSnapshot monitor, HealthState s, StatsWindow window, @Nullable String region,
      RegionAggregate aggregate, List<Emission> out) {
    if (aggregate.count() == 0) {
      return;
    }
    double availability = (double) (aggregate.count() - aggregate.failures()) / aggregate.count();
    LatencyBreakdown latency = aggregate.breakdown();
    double target = monitor.slaTargetPercent() / 100;
    out.add(new Emission.StatsClosed(new ServiceStats(monitor.id(), monitor.tenant(), region, window,
        aggregate.count(), aggregate.failures(), availability, latency, monitor.slaTargetPercent(), sla.periodDays(),
        sla.rollingAvailability(s, window.end(), availability), sla.budgetRemaining(s, window.end(), target))));
  }
}
