package dev.vigil.e2e;

import dev.vigil.contracts.alert.AlertId;
import dev.vigil.contracts.alert.AlertType;
import dev.vigil.contracts.monitor.MonitorSnapshot;
import dev.vigil.contracts.probe.ProbeResult;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The failure-streak and recovery alerts that must exist, recomputed from the probe results Kafka committed, written
 * from the published rules rather than from analytics' code: one decided round per scheduled slot (a later result for a
 * decided slot changes nothing), an incident opens at {@code failureThreshold} failing rounds in a row and is announced
 * unless the same type was announced within the cooldown, and closes with a recovery at {@code recoveryThreshold} good
 * rounds in a row. Ids as docs/topics.md defines them. Monitors of one region, no maintenance, no reminders: the cases
 * create theirs so.
 */
final class IncidentOracle {

    private final Duration cooldown;

    IncidentOracle(Duration cooldown) {
        this.cooldown = cooldown;
    }

    /** Expected alert ids of the monitors, in the order they must have been raised, with their types. */
    Map<UUID, AlertType> expected(Map<UUID, MonitorSnapshot> monitors, List<ConsumerRecord<UUID, ProbeResult>> results) {
        Map<UUID, Streak> streaks = new HashMap<>();
        Map<UUID, AlertType> alerts = new LinkedHashMap<>();
        for (ConsumerRecord<UUID, ProbeResult> record : results) {
            ProbeResult result = record.value();
            MonitorSnapshot monitor = result == null ? null : monitors.get(result.monitorId());
            if (monitor != null) {
                streaks.computeIfAbsent(monitor.id(), id -> new Streak()).apply(monitor, result, alerts);
            }
        }
        return alerts;
    }

    private final class Streak {

        private long lastDecidedSlot = Long.MIN_VALUE;
        private int failures;
        private int successes;
        private long streakStartMs;
        private UUID incident;
        private boolean announced;
        private final Map<AlertType, Long> lastAlertMs = new HashMap<>();

        void apply(MonitorSnapshot monitor, ProbeResult result, Map<UUID, AlertType> alerts) {
            long slot = Math.floorDiv(result.scheduledAt().toEpochMilli(), monitor.intervalSeconds() * 1000L);
            if (slot <= lastDecidedSlot) {
                return;
            }
            lastDecidedSlot = slot;
            long at = result.startedAt().toEpochMilli();
            if (!result.up()) {
                successes = 0;
                failures++;
                if (failures == 1) {
                    streakStartMs = at;
                }
                if (incident == null && failures >= monitor.failureThreshold()) {
                    String name = "vigil-incident/" + monitor.id() + "/" + streakStartMs;
                    incident = UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
                    announced = false;
                }
                if (incident != null && !announced) {
                    announced = raise(monitor, AlertType.FAILURE_STREAK, at, alerts);
                }
            } else {
                failures = 0;
                successes++;
                if (incident != null && successes >= monitor.recoveryThreshold()) {
                    if (announced) {
                        raise(monitor, AlertType.RECOVERY, at, alerts);
                    }
                    incident = null;
                    announced = false;
                }
            }
        }

        private boolean raise(MonitorSnapshot monitor, AlertType type, long at, Map<UUID, AlertType> alerts) {
            Long last = lastAlertMs.get(type);
            if (type != AlertType.RECOVERY && last != null && at - last < cooldown.toMillis()) {
                return false;
            }
            lastAlertMs.put(type, at);
            alerts.put(AlertId.of(monitor.id(), type, incident.toString()), type);
            return true;
        }
    }
}
