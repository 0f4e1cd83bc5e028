package dev.vigil.contracts.monitor;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.vigil.contracts.Require;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.springframework.scheduling.support.CronExpression;

/** A period in which a monitor's failures raise no alerts and do not count against its SLA. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = MaintenanceWindow.OneOff.class, name = "one_off"),
    @JsonSubTypes.Type(value = MaintenanceWindow.Weekly.class, name = "weekly"),
    @JsonSubTypes.Type(value = MaintenanceWindow.Cron.class, name = "cron")})
public sealed interface MaintenanceWindow {

  /**
   * Whether {@code at} falls inside this window. Here rather than with one consumer because analytics (which
   * suppresses alerts) and the registry (which shows a monitor as in maintenance) must agree to the second.
   */
  boolean covers(Instant at);

  static boolean anyCovers(List<MaintenanceWindow> windows, Instant at) {
    for (MaintenanceWindow window : windows) {
      if (window.covers(at)) {
        return true;
      }
    }
    return false;
  }

  /** A single announced outage, from {@code start} (inclusive) to {@code end} (exclusive). */
  record OneOff(Instant start, Instant end) implements MaintenanceWindow {

    public OneOff {
      Require.present(start, "start");
      Require.present(end, "end");
      Require.that(end.isAfter(start), "'end' must be after 'start'");
    }

    @Override
    public boolean covers(Instant at) {
      return !at.isBefore(start) && at.isBefore(end);
    }
  }

  /** The same slot on some days of every week, in the monitor owner's time zone so it follows daylight saving. */
  record Weekly(List<Weekday> days, LocalTime startTime, int durationMinutes, ZoneId zone)
      implements MaintenanceWindow {

    public Weekly {
      days = Require.listOrEmpty(days);
      Require.that(!days.isEmpty(), "'days' must name at least one day");
      Require.present(startTime, "startTime");
      Require.atLeast(durationMinutes, 1, "durationMinutes");
      Require.present(zone, "zone");
    }

    /** A slot may have started on an earlier day and run past midnight, so earlier starts are checked too. */
    @Override
    public boolean covers(Instant at) {
      ZonedDateTime local = at.atZone(zone);
      Duration length = Duration.ofMinutes(durationMinutes);
      for (int daysBack = 0; daysBack <= length.toDays() + 1; daysBack++) {
        ZonedDateTime day = local.minusDays(daysBack);
        if (!days.contains(Weekday.valueOf(day.getDayOfWeek().name()))) {
          continue;
        }
        Instant slotStart = day.toLocalDate().atTime(startTime).atZone(zone).toInstant();
        if (!at.isBefore(slotStart) && at.isBefore(slotStart.plus(length))) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Windows starting whenever a cron expression fires, for schedules a weekly slot cannot express; the expression
   * uses Spring's six-field syntax (second, minute, hour, day of month, month, day of week).
   */
  record Cron(String expression, int durationMinutes, ZoneId zone) implements MaintenanceWindow {

    public Cron {
      Require.text(expression, "expression");
      Require.atLeast(durationMinutes, 1, "durationMinutes");
      Require.present(zone, "zone");
    }

    /**
     * Inside a window exactly when the expression fired less than the window's length ago; {@code next} looks
     * strictly after its argument, so a firing at the end of the window's length does not count, as with the
     * other kinds, whose end is excluded too.
     */
    @Override
    public boolean covers(Instant at) {
      ZonedDateTime local = at.atZone(zone);
      ZonedDateTime earliest = local.minusMinutes(durationMinutes);
      ZonedDateTime fired = CronExpression.parse(expression).next(earliest);
      return fired != null && !fired.isAfter(local);
    }
  }
}
