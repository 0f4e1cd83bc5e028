package dev.vigil.registry.monitor;

import dev.vigil.contracts.monitor.CheckKind;
import dev.vigil.contracts.monitor.DnsCheck;
import dev.vigil.contracts.monitor.JsonAssertion;
import dev.vigil.contracts.monitor.KeywordRule;
import dev.vigil.contracts.monitor.MaintenanceWindow;
import dev.vigil.contracts.monitor.MonitorSnapshot;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A monitor as a client writes it, for both create and patch: every field may be absent, so a patch names only what
 * changes and creation fills defaults; the tenant, id, version and state are never the client's to set.
 */
record MonitorRequest(
        @Nullable String name,
        @Nullable CheckKind kind,
        @Nullable String target,
        @Nullable Integer intervalSeconds,
        @Nullable Integer timeoutMs,
        @Nullable HttpSettings http,
        @Nullable KeywordRule keyword,
        @Nullable List<JsonAssertion> jsonAssertions,
        @Nullable DnsCheck dns,
        @Nullable TlsSettings tls,
        @Nullable Integer failureThreshold,
        @Nullable Integer recoveryThreshold,
        @Nullable Integer reminderIntervalSeconds,
        @Nullable Double slaTargetPercent,
        @Nullable Double p95ThresholdMs,
        @Nullable Double p99ThresholdMs,
        @Nullable Integer tlsExpiryWarningDays,
        @Nullable List<String> regions,
        @Nullable Integer quorum,
        @Nullable List<MaintenanceWindow> maintenanceWindows) {

    /** The request a stored monitor would have been created with, the base a patch is laid over. */
    static MonitorRequest of(MonitorSnapshot snapshot) {
        var check = snapshot.check();
        return new MonitorRequest(snapshot.name(), check.kind(), check.target(), snapshot.intervalSeconds(),
                check.timeoutMs(), check.http() == null ? null : HttpSettings.of(check.http()), check.keyword(),
                check.jsonAssertions(), check.dns(), check.tls() == null ? null : TlsSettings.of(check.tls()),
                snapshot.failureThreshold(), snapshot.recoveryThreshold(), snapshot.reminderIntervalSeconds(),
                snapshot.slaTargetPercent(), snapshot.p95ThresholdMs(), snapshot.p99ThresholdMs(),
                snapshot.tlsExpiryWarningDays(), snapshot.regions(), snapshot.quorum(), snapshot.maintenanceWindows());
    }

    /** This request with every field the patch names replaced; absent fields keep their value. */
    MonitorRequest overlay(MonitorRequest patch) {
        return new MonitorRequest(
                or(patch.name, name), or(patch.kind, kind), or(patch.target, target),
                or(patch.intervalSeconds, intervalSeconds), or(patch.timeoutMs, timeoutMs), or(patch.http, http),
                or(patch.keyword, keyword), or(patch.jsonAssertions, jsonAssertions), or(patch.dns, dns),
                or(patch.tls, tls), or(patch.failureThreshold, failureThreshold),
                or(patch.recoveryThreshold, recoveryThreshold),
                or(patch.reminderIntervalSeconds, reminderIntervalSeconds),
                or(patch.slaTargetPercent, slaTargetPercent), or(patch.p95ThresholdMs, p95ThresholdMs),
                or(patch.p99ThresholdMs, p99ThresholdMs), or(patch.tlsExpiryWarningDays, tlsExpiryWarningDays),
                or(patch.regions, regions), or(patch.quorum, quorum),
                or(patch.maintenanceWindows, maintenanceWindows));
    }

    MonitorRequest withHttp(HttpSettings replaced) {
        return new MonitorRequest(name, kind, target, intervalSeconds, timeoutMs, replaced, keyword, jsonAssertions,
                dns, tls, failureThreshold, recoveryThreshold, reminderIntervalSeconds, slaTargetPercent,
                p95ThresholdMs, p99ThresholdMs, tlsExpiryWarningDays, regions, quorum, maintenanceWindows);
    }

    private static <T> @Nullable T or(@Nullable T patched, @Nullable T current) {
        return patched != null ? patched : current;
    }
}
