package dev.vigil.contracts;

import dev.vigil.contracts.alert.Alert;
import dev.vigil.contracts.alert.AlertDetails;
import dev.vigil.contracts.alert.AlertId;
import dev.vigil.contracts.alert.AlertType;
import dev.vigil.contracts.channel.Channel;
import dev.vigil.contracts.channel.ChannelKind;
import dev.vigil.contracts.channel.ChannelTarget;
import dev.vigil.contracts.channel.SigningSecret;
import dev.vigil.contracts.channel.WebhookPreset;
import dev.vigil.contracts.delivery.DeliveryOutcome;
import dev.vigil.contracts.delivery.DeliveryStatus;
import dev.vigil.contracts.monitor.AssertionOperator;
import dev.vigil.contracts.monitor.CheckKind;
import dev.vigil.contracts.monitor.CheckSpec;
import dev.vigil.contracts.monitor.DnsCheck;
import dev.vigil.contracts.monitor.DnsRecordType;
import dev.vigil.contracts.monitor.HttpCheck;
import dev.vigil.contracts.monitor.HttpMethod;
import dev.vigil.contracts.monitor.JsonAssertion;
import dev.vigil.contracts.monitor.KeywordMode;
import dev.vigil.contracts.monitor.KeywordRule;
import dev.vigil.contracts.monitor.MaintenanceWindow;
import dev.vigil.contracts.monitor.MonitorSnapshot;
import dev.vigil.contracts.monitor.StatusCodeRange;
import dev.vigil.contracts.monitor.TlsCheck;
import dev.vigil.contracts.monitor.Weekday;
import dev.vigil.contracts.probe.CertificateInfo;
import dev.vigil.contracts.probe.FailedAssertion;
import dev.vigil.contracts.probe.ProbeErrorKind;
import dev.vigil.contracts.probe.ProbeRequest;
import dev.vigil.contracts.probe.ProbeResult;
import dev.vigil.contracts.probe.ProbeTimings;
import dev.vigil.contracts.stats.LatencyBreakdown;
import dev.vigil.contracts.stats.LatencySummary;
import dev.vigil.contracts.stats.ServiceStats;
import dev.vigil.contracts.stats.StatsWindow;
import dev.vigil.contracts.status.IncidentRef;
import dev.vigil.contracts.status.MonitorState;
import dev.vigil.contracts.status.MonitorStatus;
import dev.vigil.contracts.status.ResultSummary;
import dev.vigil.contracts.status.SlaSummary;
import dev.vigil.contracts.status.WindowedLatency;
import dev.vigil.contracts.topic.Topic;
import dev.vigil.contracts.topic.Topics;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Records of every topic, covering each variant and both present and absent optional fields. */
public final class Samples {

  public static final UUID MONITOR_ID = UUID.fromString("3f2b8c1e-6a4d-4e0b-9c57-2d8e1f6a7b90");
  public static final UUID CHANNEL_ID = UUID.fromString("9a7c5e31-0b2d-4f68-8e14-c3d5a6b7e8f9");
  public static final UUID INCIDENT_ID = UUID.fromString("5d1e2f3a-4b5c-4d6e-8f70-81a2b3c4d5e6");
  public static final String TENANT = "auth0|5f8d0d55b54764421b7156c3";
  public static final Instant NOW = Instant.parse("2026-03-14T09:26:53.589Z");

  private Samples() {
  }

  /** Every sample with the topic it travels on. */
  public static Stream<Arguments> all() {
    return Stream.of(
        samples(Topics.MONITORS, httpMonitor(), keywordMonitor(), dnsMonitor(), tcpMonitor(), tlsMonitor()),
        samples(Topics.CHANNELS, webhookChannel(), emailChannel()),
        samples(Topics.PROBE_REQUESTS, probeRequest()),
        samples(Topics.PROBE_RESULTS, upResult(), downResult()),
        samples(Topics.SERVICE_STATS, regionStats(), allRegionsStatsWithoutLatency()),
        samples(Topics.ALERTS, failureStreakAlert(), testAlert()),
        samples(Topics.DELIVERIES, retryingDelivery(), deliveredDelivery()),
        samples(Topics.MONITOR_STATUS, downStatus(), unknownStatus()))
        .flatMap(s -> s);
  }

  private static Stream<Arguments> samples(Topic<UUID, ?> topic, Object... values) {
    return Stream.of(values).map(value -> Arguments.of(topic, value));
  }

  public static CheckSpec httpCheck() {
    return new CheckSpec(CheckKind.HTTP, "https://api.example.com/health", 5_000,
        new HttpCheck(HttpMethod.POST, Map.of("Accept", "application/json", "X-Probe", "vigil"), "{\"ping\":true}",
            List.of(new StatusCodeRange(200, 204), new StatusCodeRange(304, 304)), false, 65_536),
        null,
        List.of(new JsonAssertion("$.status", AssertionOperator.EQUALS, "ok"),
            new JsonAssertion("$.queue.depth", AssertionOperator.LESS_THAN, "100"),
            new JsonAssertion("$.version", AssertionOperator.EXISTS, null)),
        null,
        new TlsCheck(true, false));
  }

  public static MonitorSnapshot httpMonitor() {
    return new MonitorSnapshot(MONITOR_ID, TENANT, "Checkout API", httpCheck(), 60, 3, 2, 900, 99.95, 250.0, 800.5,
        14, List.of("eu-west", "us-east", "ap-south"), 2,
        List.of(new MaintenanceWindow.OneOff(NOW, NOW.plusSeconds(3_600)),
            new MaintenanceWindow.Weekly(List.of(Weekday.SATURDAY, Weekday.SUNDAY), LocalTime.of(2, 30), 90,
                ZoneId.of("Europe/Berlin")),
            new MaintenanceWindow.Cron("0 0 4 1 * *", 30, ZoneId.of("UTC"))),
        true, 7, NOW);
  }

  static MonitorSnapshot keywordMonitor() {
    CheckSpec check = new CheckSpec(CheckKind.KEYWORD, "https://status.example.com/", 10_000,
        new HttpCheck(HttpMethod.GET, Map.of(), null, HttpCheck.DEFAULT_EXPECTED_STATUS_CODES, true,
            HttpCheck.DEFAULT_MAX_BODY_BYTES),
        new KeywordRule("All systems operational", KeywordMode.MUST_CONTAIN, false), List.of(), null, null);
    return monitor(check);
  }

  static MonitorSnapshot dnsMonitor() {
    return monitor(new CheckSpec(CheckKind.DNS, "example.com", 2_000, null, null, List.of(),
        new DnsCheck(DnsRecordType.AAAA, "2606:2800:21f:cb07:6820:80da:af6b:8b2c"), null));
  }

  static MonitorSnapshot tcpMonitor() {
    return monitor(new CheckSpec(CheckKind.TCP, "db.example.com:5432", 3_000, null, null, List.of(), null, null));
  }

  static MonitorSnapshot tlsMonitor() {
    return monitor(new CheckSpec(CheckKind.TLS, "mail.example.com:993", 3_000, null, null, List.of(), null,
        TlsCheck.STRICT));
  }

  private static MonitorSnapshot monitor(CheckSpec check) {
    return new MonitorSnapshot(UUID.randomUUID(), TENANT, "Monitor of " + check.target(), check, 300,
        MonitorSnapshot.DEFAULT_FAILURE_THRESHOLD, MonitorSnapshot.DEFAULT_RECOVERY_THRESHOLD, null,
        MonitorSnapshot.DEFAULT_SLA_TARGET_PERCENT, null, null, MonitorSnapshot.DEFAULT_TLS_EXPIRY_WARNING_DAYS,
        List.of(), null, List.of(), false, 0, NOW);
  }

  static Channel webhookChannel() {
    return new Channel(CHANNEL_ID, TENANT, "Ops Slack",
        new ChannelTarget.Webhook("https://hooks.slack.com/services/T000/B000/XXXX", WebhookPreset.SLACK,
            List.of(new SigningSecret("djEuc2VhbGVkLm5ldw", null),
                new SigningSecret("djEuc2VhbGVkLm9sZA", NOW.plusSeconds(86_400)))),
        List.of(AlertType.FAILURE_STREAK, AlertType.RECOVERY), true, 3, NOW);
  }

  static Channel emailChannel() {
    return new Channel(UUID.randomUUID(), TENANT, "On-call mail", new ChannelTarget.Email("oncall@example.com"),
        List.of(), false, 0, NOW);
  }

  public static ProbeRequest probeRequest() {
    return new ProbeRequest(MONITOR_ID, TENANT, 7, "eu-west", NOW, NOW.plusSeconds(60), httpCheck());
  }

  static ProbeResult upResult() {
    return new ProbeResult(MONITOR_ID, TENANT, 7, "eu-west", "probe-7c9f-2", NOW, NOW.plusMillis(12), true, 200,
        null, new ProbeTimings(3.25, 11.031, 24.5, 80.125, 131.9),
        new CertificateInfo(Instant.parse("2026-05-01T23:59:59Z"), "CN=R11,O=Let's Encrypt,C=US",
            "CN=api.example.com"),
        List.of(), null);
  }

  public static ProbeResult downResult() {
    return new ProbeResult(MONITOR_ID, TENANT, 7, "us-east", "probe-7c9f-1", NOW, NOW.plusMillis(3), false, 200,
        ProbeErrorKind.ASSERTION_FAILED, new ProbeTimings(null, null, null, null, 5_000.0), null,
        List.of(new FailedAssertion(new JsonAssertion("$.status", AssertionOperator.EQUALS, "ok"), "degraded"),
            new FailedAssertion(new JsonAssertion("$.version", AssertionOperator.EXISTS, null), null)),
        "body assertions failed");
  }

  static ServiceStats regionStats() {
    LatencySummary total = new LatencySummary(120.5, 101.25, 310.0, 480.75, 512.0);
    LatencySummary phase = new LatencySummary(3.1, 2.9, 7.5, 9.0, 9.8);
    return new ServiceStats(MONITOR_ID, TENANT, "eu-west",
        new StatsWindow(NOW, NOW.plusSeconds(300), 300), 5, 1, 0.8,
        new LatencyBreakdown(total, phase, phase, null, total), 99.9, 30, 0.9993, 0.3);
  }

  static ServiceStats allRegionsStatsWithoutLatency() {
    return new ServiceStats(MONITOR_ID, TENANT, null, new StatsWindow(NOW, NOW.plusSeconds(60), 60), 3, 3, 0.0,
        null, 99.9, 30, 0.99, -9.0);
  }

  static Alert failureStreakAlert() {
    AlertDetails details = new AlertDetails(3, 180L, null, null, null, null, null, null, null, null, null,
        List.of("eu-west", "us-east"), ProbeErrorKind.CONNECT_TIMEOUT, "connect timed out after 5000 ms", null);
    return new Alert(AlertId.of(MONITOR_ID, AlertType.FAILURE_STREAK, INCIDENT_ID.toString()),
        AlertType.FAILURE_STREAK, MONITOR_ID, TENANT, "Checkout API", INCIDENT_ID, details, NOW);
  }

  static Alert testAlert() {
    AlertDetails details = new AlertDetails(null, null, 0.9991, 99.9, 0.1, 14.4, 3_600, 310.0, 480.0, 250.0, 12,
        List.of(), null, null, "Test alert from the dashboard");
    return new Alert(AlertId.of(MONITOR_ID, AlertType.TEST, NOW.toString()), AlertType.TEST, MONITOR_ID, TENANT,
        "Checkout API", null, details, NOW);
  }

  static DeliveryOutcome retryingDelivery() {
    return new DeliveryOutcome(failureStreakAlert().id(), CHANNEL_ID, MONITOR_ID, TENANT, ChannelKind.WEBHOOK,
        DeliveryStatus.RETRYING, 2, "HTTP 503 from receiver", NOW.plusSeconds(30), NOW);
  }

  static DeliveryOutcome deliveredDelivery() {
    return new DeliveryOutcome(failureStreakAlert().id(), UUID.randomUUID(), MONITOR_ID, TENANT, ChannelKind.EMAIL,
        DeliveryStatus.DELIVERED, 1, null, null, NOW);
  }

  static MonitorStatus downStatus() {
    return new MonitorStatus(MONITOR_ID, TENANT, MonitorState.DOWN, NOW, 4, 0, new IncidentRef(INCIDENT_ID, NOW),
        new ResultSummary(NOW, "us-east", false, null, ProbeErrorKind.CONNECT_TIMEOUT, 5_000.0),
        List.of(new WindowedLatency(60, new LatencySummary(120.5, 101.25, 310.0, 480.75, 512.0)),
            new WindowedLatency(3_600, new LatencySummary(98.0, 90.5, 200.0, 300.0, 512.0))),
        new SlaSummary(99.9, 0.98, 0.997, 0.9991, 0.1), 47, NOW);
  }

  static MonitorStatus unknownStatus() {
    return new MonitorStatus(MONITOR_ID, TENANT, MonitorState.UNKNOWN, NOW, 0, 0, null, null, List.of(),
        new SlaSummary(99.9, null, null, null, null), null, NOW);
  }
}
