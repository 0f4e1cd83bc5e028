package dev.vigil.analytics.incident;

import dev.vigil.analytics.stats.WindowAggregate;
import dev.vigil.contracts.monitor.MonitorSnapshot;
import dev.vigil.contracts.probe.ProbeResult;
import dev.vigil.contracts.stats.StatsWindow;
import org.jspecify.annotations.Nullable;

/** Everything that can change a monitor's health, merged into one stream so one processor owns the monitor's state. */
public sealed interface MonitorEvent {

  /** A result of a known monitor, with the monitor's definition at the time it was processed. */
  record ResultArrived(ProbeResult result, MonitorSnapshot monitor) implements MonitorEvent {
  }

  /** The monitor was created, changed, or deleted ({@code monitor} absent). */
  record MonitorChanged(@Nullable MonitorSnapshot monitor) implements MonitorEvent {
  }

  /** A statistics window closed and will not change any more. */
  record WindowClosed(StatsWindow window, WindowAggregate aggregate) implements MonitorEvent {
  }
}
