package dev.vigil.console.overview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OverviewRowTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theStateTheApiDecidedWinsOverTheLastStatusRecord() {
        MonitorRow row = OverviewQueries.row(item("""
                {"id": "0b5e7a11-0000-4000-8000-00000000000a", "name": "shop", "kind": "http", "enabled": false,
                 "target": "https://shop.example", "intervalSeconds": 30, "state": "paused", "inMaintenance": false,
                 "latency": [],
                 "status": {"monitorId": "0b5e7a11-0000-4000-8000-00000000000a", "state": "up", "sla": {}}}"""));

        assertThat(row.status().state()).isEqualTo("paused");
    }

    @Test
    void aMonitorWithoutStatusIsUnknownAndCarriesItsMaintenanceAndLatency() {
        MonitorRow row = OverviewQueries.row(item("""
                {"id": "0b5e7a11-0000-4000-8000-00000000000b", "name": "db", "kind": "tcp", "enabled": true,
                 "target": "db:5432", "intervalSeconds": 30, "state": "unknown", "inMaintenance": true,
                 "latency": [{"at": "2026-12-06T10:00:00Z", "p95Ms": 12.0},
                             {"at": "2026-12-06T10:01:00Z", "p95Ms": 14.0}],
                 "status": null}"""));

        assertThat(row.status().state()).isEqualTo("unknown");
        assertThat(row.inMaintenance()).isTrue();
        assertThat(row.latency().drawn()).isTrue();
        assertThat(row.latency().latestMs()).isEqualTo(14.0);
    }

    private static JsonNode item(String json) {
        return JSON.readTree(json);
    }
}
