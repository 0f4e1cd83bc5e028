package dev.vigil.analytics.incident;

import dev.vigil.contracts.monitor.MaintenanceWindow;
import dev.vigil.contracts.monitor.MonitorSnapshot;
import java.time.Instant;

/** Whether an instant falls inside one of a monitor's maintenance windows. */
final class Maintenance {

  private Maintenance() {
  }

  static boolean covers(MonitorSnapshot monitor, Instant at) {
    return MaintenanceWindow.anyCovers(monitor.maintenanceWindows(), at);
  }
}
