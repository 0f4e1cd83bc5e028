package dev.vigil.console.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class WindowRowTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aOneOffWindowReadsAsItsStartAndEnd() {
        assertThat(WindowRow.describe(window("""
                {"type": "one_off", "start": "2026-12-06T09:00:00Z", "end": "2026-12-06T11:30:00Z"}""")))
                .isEqualTo("Once, from 6 Dec 2026 09:00 UTC to 6 Dec 2026 11:30 UTC");
    }

    @Test
    void aWeeklyWindowNamesItsDaysTimeDurationAndZone() {
        assertThat(WindowRow.describe(window("""
                {"type": "weekly", "days": ["monday", "wednesday", "friday"], "startTime": "02:00",
                 "durationMinutes": 30, "zone": "Europe/Berlin"}""")))
                .isEqualTo("Every Monday, Wednesday and Friday at 02:00 for 30 minutes (Europe/Berlin)");
    }

    @Test
    void aWeeklyStartTimeReadsWithoutTheSecondsTheApiAdds() {
        assertThat(WindowRow.describe(window("""
                {"type": "weekly", "days": ["wednesday"], "startTime": "03:00:00", "durationMinutes": 5,
                 "zone": "UTC"}""")))
                .isEqualTo("Every Wednesday at 03:00 for 5 minutes (UTC)");
    }

    @Test
    void aCronWindowQuotesItsExpression() {
        assertThat(WindowRow.describe(window("""
                {"type": "cron", "expression": "0 0 3 * * SUN", "durationMinutes": 1, "zone": "UTC"}""")))
                .isEqualTo("Whenever the cron expression 0 0 3 * * SUN fires, for 1 minute (UTC)");
    }

    @Test
    void theRemoveButtonSendsBackTheWindowAsTheApiGaveIt() {
        JsonNode window = window("""
                {"type": "cron", "expression": "0 0 3 * * SUN", "durationMinutes": 60, "zone": "UTC"}""");

        assertThat(JSON.readTree(WindowRow.of(window).json())).isEqualTo(window);
    }

    private static JsonNode window(String json) {
        return JSON.readTree(json);
    }
}
