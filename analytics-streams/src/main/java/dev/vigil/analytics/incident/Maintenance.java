package dev.vigil.analytics.incident;

import dev.vigil.contracts.monitor.MaintenanceWindow;
import dev.vigil.contracts.monitor.MonitorSnapshot;
import dev.vigil.contracts.monitor.Weekday;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.springframework.scheduling.support.CronExpression;

/** Whether an instant falls inside one of a monitor's maintenance windows. */
final class Maintenance {

  private Maintenance() {
  }

  static boolean covers(MonitorSnapshot monitor, Instant at) {
    for (MaintenanceWindow window : monitor.maintenanceWindows()) {
      if (covers(window, at)) {
        return true;
      }
    }
    return false;
  }

  private static boolean covers(MaintenanceWindow window, Instant at) {
    return switch (window) {
      case MaintenanceWindow.OneOff oneOff -> !at.isBefore(oneOff.start()) && at.isBefore(oneOff.end());
      case MaintenanceWindow.Weekly weekly -> coversWeekly(weekly, at);
      case MaintenanceWindow.Cron cron -> coversCron(cron, at);
    };
  }

  /** A slot may have started the day before and run past midnight, so yesterday's start is checked too. */
  private static boolean coversWeekly(MaintenanceWindow.Weekly weekly, Instant at) {
    ZonedDateTime local = at.atZone(weekly.zone());
    Duration length = Duration.ofMinutes(weekly.durationMinutes());
    for (int daysBack = 0; daysBack <= length.toDays() + 1; daysBack++) {
      ZonedDateTime day = local.minusDays(daysBack);
      if (!weekly.days().contains(Weekday.valueOf(day.getDayOfWeek().name()))) {
        continue;
      }
      Instant start = day.toLocalDate().atTime(weekly.startTime()).atZone(weekly.zone()).toInstant();
      if (!at.isBefore(start) && at.isBefore(start.plus(length))) {
        return true;
      }
    }
    return false;
  }

  /** Inside a window exactly when the cron fired no longer than the window's length ago. */
  private static boolean coversCron(MaintenanceWindow.Cron cron, Instant at) {
    ZonedDateTime local = at.atZone(cron.zone());
    ZonedDateTime earliest = local.minusMinutes(cron.durationMinutes());
    ZonedDateTime fired = CronExpression.parse(cron.expression()).next(earliest.minusNanos(1));
    return fired != null && !fired.isAfter(local);
  }
}
