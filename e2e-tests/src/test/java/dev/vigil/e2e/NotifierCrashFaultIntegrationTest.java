package dev.vigil.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.contracts.alert.AlertType;
import dev.vigil.contracts.status.MonitorStatus;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.testkit.http.ReceivedWebhook;
import dev.vigil.testkit.http.ScriptedWebhookReceiver;
import dev.vigil.testkit.http.WebhookAnswer;
import dev.vigil.testkit.stack.ServiceProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Fault case 6. First, the notifier SIGKILLed between sending a webhook and recording it: the receiver has the
 * request but never answered, so the send is repeated once the claim's lease has run out, under the same
 * {@code webhook-id}, and every other channel still gets the alert once. Then the notifier and every analytics
 * instance SIGKILLed while an incident is open, and the target recovering while they are down: the recovery is in the
 * results Kafka kept, so after the restart exactly one DOWN and one RECOVERY per monitor must reach every channel, and
 * no incident may stay open.
 */
class NotifierCrashFaultIntegrationTest {

    private static final int MONITORS = 2;
    private static final Duration DOWNTIME = Duration.ofSeconds(15);
    private static final Duration SETTLE = Duration.ofMinutes(4);
    private static final String LOOPBACK = "127.0.0.1";
    /** The alert's other deliveries (mail, alice's first webhook) take milliseconds; the kill must not cut them. */
    private static final Duration OTHER_CHANNELS_SENT = Duration.ofSeconds(2);

    @Test
    void aSendCutByANotifierCrashIsRepeatedOnceUnderTheSameWebhookIdAndReachesEveryOtherChannelOnce() {
        FaultSystem system = FaultSystem.shared();
        String path = "/cut-send/" + UUID.randomUUID();
        try (ScriptedWebhookReceiver receiver = ScriptedWebhookReceiver.startOn(LOOPBACK);
                FaultCase fault = FaultCase.create(system, "notifier-cut-send", 1)) {
            receiver.script(path, WebhookAnswer.hang(), WebhookAnswer.status(200));
            String channel = system.addWebhookChannel("cut send", receiver.url(path));
            try {
                fault.failAll();
                ReceivedWebhook cut = receiver.awaitRequestsTo(path, 1, SETTLE).getFirst();
                FaultCase.sleep(OTHER_CHANNELS_SENT);
                ServiceProcess notifier = system.instances(FaultSystem.NOTIFIER).getFirst();
                notifier.kill();
                receiver.releaseHangs();
                system.restart(notifier);

                ReceivedWebhook repeated = receiver.awaitRequestsTo(path, 2, SETTLE).get(1);
                fault.assertEveryAlertExactlyOnce(SETTLE);
                assertThat(repeated.header("webhook-id")).as("the repeated send's webhook-id")
                        .isEqualTo(cut.header("webhook-id"));
                assertThat(receiver.requestsTo(path).stream().map(request -> request.header("webhook-id"))
                        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting())))
                        .as("sends per webhook-id: the cut one twice, every other once")
                        .allSatisfy((id, sends) -> assertThat(sends).isEqualTo(id.equals(cut.header("webhook-id"))
                                ? 2 : 1));
            } finally {
                system.removeChannel(channel);
            }
        }
    }

    @Test
    void anIncidentThatRecoversWhileNotifierAndAnalyticsAreDownEndsInOneDownAndOneRecovery() {
        FaultSystem system = FaultSystem.shared();
        try (FaultCase fault = FaultCase.create(system, "restart-open-incident", MONITORS)) {
            fault.failAll();
            await("every monitor's incident announced").atMost(SETTLE).pollInterval(Duration.ofSeconds(1))
                    .until(() -> fault.alertTypes().values().stream()
                            .filter(types -> types.contains(AlertType.FAILURE_STREAK)).count() == MONITORS);

            List<ServiceProcess> down = new ArrayList<>(system.instances(FaultSystem.ANALYTICS));
            down.addAll(system.instances(FaultSystem.NOTIFIER));
            down.forEach(ServiceProcess::kill);
            fault.settle();
            FaultCase.sleep(DOWNTIME);
            down.forEach(system::restart);

            fault.assertEveryAlertExactlyOnce(SETTLE);
            assertThat(fault.alertTypes()).as("alert types per monitor").allSatisfy((monitor, types) ->
                    assertThat(types).containsExactly(AlertType.FAILURE_STREAK, AlertType.RECOVERY));
            assertThat(latestStatus(system, fault)).as("open incident per monitor after the recovery")
                    .allSatisfy((monitor, status) -> assertThat(status.openIncident()).isNull());
        }
    }

    private static Map<UUID, MonitorStatus> latestStatus(FaultSystem system, FaultCase fault) {
        Map<UUID, MonitorStatus> latest = new HashMap<>();
        system.stack().kafka().readCommitted(Topics.MONITOR_STATUS).stream()
                .filter(record -> record.value() != null && fault.monitors().contains(record.key()))
                .forEach(record -> latest.put(record.key(), record.value()));
        return latest;
    }
}
