package dev.vigil.contracts.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaintenanceWindowTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Test
  void aOneOffWindowIncludesItsStartAndExcludesItsEnd() {
    var window = new MaintenanceWindow.OneOff(Instant.parse("2026-03-01T10:00:00Z"),
        Instant.parse("2026-03-01T11:00:00Z"));

    assertThat(window.covers(Instant.parse("2026-03-01T10:00:00Z"))).isTrue();
    assertThat(window.covers(Instant.parse("2026-03-01T10:59:59Z"))).isTrue();
    assertThat(window.covers(Instant.parse("2026-03-01T11:00:00Z"))).isFalse();
    assertThat(window.covers(Instant.parse("2026-03-01T09:59:59Z"))).isFalse();
  }

  @Test
  void aWeeklySlotFollowsItsZonesLocalTime() {
    // Sunday 02:00 in Berlin is 01:00 UTC in winter.
    var window = new MaintenanceWindow.Weekly(List.of(Weekday.SUNDAY), LocalTime.of(2, 0), 30, BERLIN);

    assertThat(window.covers(Instant.parse("2026-01-04T01:10:00Z"))).isTrue();
    assertThat(window.covers(Instant.parse("2026-01-04T02:10:00Z"))).isFalse();
  }

  @Test
  void aWeeklySlotThatRunsPastMidnightCoversTheNextMorning() {
    var window = new MaintenanceWindow.Weekly(List.of(Weekday.SATURDAY), LocalTime.of(23, 0), 120,
        ZoneId.of("UTC"));

    assertThat(window.covers(Instant.parse("2026-01-04T00:30:00Z"))).as("Sunday 00:30").isTrue();
    assertThat(window.covers(Instant.parse("2026-01-04T01:00:00Z"))).as("Sunday 01:00, its end").isFalse();
  }

  @Test
  void aWeeklySlotIsNotOnOtherDays() {
    var window = new MaintenanceWindow.Weekly(List.of(Weekday.SUNDAY), LocalTime.of(2, 0), 30, ZoneId.of("UTC"));

    assertThat(window.covers(Instant.parse("2026-01-05T02:10:00Z"))).as("a Monday").isFalse();
  }

  @Test
  void aCronWindowLastsItsDurationFromEachFiring() {
    var window = new MaintenanceWindow.Cron("0 0 3 * * *", 15, ZoneId.of("UTC"));

    assertThat(window.covers(Instant.parse("2026-05-10T03:00:00Z"))).isTrue();
    assertThat(window.covers(Instant.parse("2026-05-10T03:14:59Z"))).isTrue();
    assertThat(window.covers(Instant.parse("2026-05-10T03:15:00Z"))).isFalse();
    assertThat(window.covers(Instant.parse("2026-05-10T02:59:59Z"))).isFalse();
  }

  @Test
  void anyWindowOfAListCoveringAnInstantIsEnough() {
    var past = new MaintenanceWindow.OneOff(Instant.parse("2026-01-01T00:00:00Z"),
        Instant.parse("2026-01-01T01:00:00Z"));
    var nightly = new MaintenanceWindow.Cron("0 0 3 * * *", 15, ZoneId.of("UTC"));
    Instant threeAm = Instant.parse("2026-05-10T03:05:00Z");

    assertThat(MaintenanceWindow.anyCovers(List.of(past, nightly), threeAm)).isTrue();
    assertThat(MaintenanceWindow.anyCovers(List.of(past), threeAm)).isFalse();
    assertThat(MaintenanceWindow.anyCovers(List.of(), threeAm)).isFalse();
  }
}
