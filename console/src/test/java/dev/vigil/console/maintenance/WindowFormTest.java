package dev.vigil.console.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.console.api.FieldProblem;
import dev.vigil.console.manage.FieldErrors;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WindowFormTest {

    @Test
    void aOneOffWindowsLocalTimesAreReadInItsZone() {
        WindowForm form = new WindowForm("one_off", "2026-12-06T10:00", "2026-12-06T12:30", "Europe/Berlin", null,
                null, null, null, null, null, null);

        assertThat(form.toWindow()).containsExactlyInAnyOrderEntriesOf(Map.of("type", "one_off",
                "start", "2026-12-06T09:00:00Z", "end", "2026-12-06T11:30:00Z"));
    }

    @Test
    void aWeeklyWindowSendsItsDaysTimeDurationAndZone() {
        WindowForm form = new WindowForm("weekly", null, null, null, List.of("monday", "friday"), "02:00", "30",
                "UTC", null, null, null);

        assertThat(form.toWindow()).containsExactlyInAnyOrderEntriesOf(Map.of("type", "weekly",
                "days", List.of("monday", "friday"), "startTime", "02:00", "durationMinutes", 30, "zone", "UTC"));
    }

    @Test
    void aWeeklyWindowWithNoDayTickedSendsNoDaysForTheApiToRefuse() {
        WindowForm form = new WindowForm("weekly", null, null, null, null, "02:00", "30", "UTC", null, null, null);

        assertThat(form.toWindow()).containsEntry("days", List.of());
    }

    @Test
    void aCronWindowSendsItsExpressionDurationAndZone() {
        WindowForm form = new WindowForm("cron", null, null, null, null, null, null, null, " 0 0 3 * * SUN ", "60",
                "Europe/Paris");

        assertThat(form.toWindow()).containsExactlyInAnyOrderEntriesOf(Map.of("type", "cron",
                "expression", "0 0 3 * * SUN", "durationMinutes", 60, "zone", "Europe/Paris"));
    }

    @Test
    void whatDoesNotConvertIsSentAsTyped() {
        WindowForm form = new WindowForm("cron", null, null, null, null, null, null, null, "x", "an hour", "UTC");

        assertThat(form.toWindow()).containsEntry("durationMinutes", "an hour");
    }

    @Test
    void theNewWindowsProblemIsShownAtItsInput() {
        WindowForm form = new WindowForm("cron", null, null, null, null, null, null, null, "x", "60", "UTC");

        FieldErrors errors = form.errors(List.of(new FieldProblem("[2].expression", "must be a cron expression")),
                "[2]");

        assertThat(errors.of("cronExpression")).isEqualTo("must be a cron expression");
    }

    @Test
    void theSameApiFieldLandsAtTheInputOfTheSubmittedType() {
        WindowForm form = new WindowForm("weekly", null, null, null, List.of("monday"), "02:00", "0", "UTC", null,
                null, null);

        FieldErrors errors = form.errors(List.of(
                new FieldProblem("maintenanceWindows[0].durationMinutes", "must be at least 1")),
                "maintenanceWindows[0]");

        assertThat(errors.of("weeklyDuration")).isEqualTo("must be at least 1");
        assertThat(errors.has("cronDuration")).isFalse();
    }

    @Test
    void aProblemWithAnotherWindowOfTheListIsListedAboveTheForm() {
        WindowForm form = new WindowForm("cron", null, null, null, null, null, null, null, "x", "60", "UTC");

        FieldErrors errors = form.errors(List.of(new FieldProblem("[0].expression", "must be a cron expression")),
                "[2]");

        assertThat(errors.byField()).isEmpty();
        assertThat(errors.unplaced()).containsExactly("[0].expression: must be a cron expression");
    }

    @Test
    void theIndexIsMatchedWholeSoWindowTwelveIsNotWindowOne() {
        WindowForm form = new WindowForm("cron", null, null, null, null, null, null, null, "x", "60", "UTC");

        FieldErrors errors = form.errors(List.of(new FieldProblem("[12].expression", "invalid")), "[1]");

        assertThat(errors.byField()).isEmpty();
    }
}
