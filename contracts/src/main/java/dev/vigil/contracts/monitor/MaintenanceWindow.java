package dev.vigil.contracts.monitor;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.vigil.contracts.Require;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** A period in which a monitor's failures raise no alerts and do not count against its SLA. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = MaintenanceWindow.OneOff.class, name = "one_off"),
    @JsonSubTypes.Type(value = MaintenanceWindow.Weekly.class, name = "weekly"),
    @JsonSubTypes.Type(value = MaintenanceWindow.Cron.class, name = "cron")})
public sealed interface MaintenanceWindow {

  /** A single announced outage, from {@code start} (inclusive) to {@code end} (exclusive). */
  record OneOff(Instant start, Instant end) implements MaintenanceWindow {

    public OneOff {
      Require.present(start, "start");
      Require.present(end, "end");
      Require.that(end.isAfter(start), "'end' must be after 'start'");
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
  }
}
