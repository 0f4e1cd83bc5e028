package dev.vigil.e2e;

import static org.awaitility.Awaitility.await;

import dev.vigil.testkit.http.RecordedRequest;
import dev.vigil.testkit.mail.ReceivedMail;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What reached alice's channels: the mails in the SMTP server and the webhooks at her receiver. */
final class Deliveries {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration POLL = Duration.ofMillis(500);

    private final VigilSystem system;

    Deliveries(VigilSystem system) {
        this.system = system;
    }

    /**
     * The first webhook carrying an alert of this type about this monitor: as the alert itself, or in the
     * {@code raisedWith} of the lead it was raised together with, since a channel gets one notification per group.
     */
    RecordedRequest awaitWebhook(UUID monitor, String alertType, Duration timeout) {
        return await("a " + alertType + " webhook for " + monitor).atMost(timeout).pollInterval(POLL)
                .until(() -> webhook(monitor, alertType), Optional::isPresent)
                .orElseThrow();
    }

    /** The first mail to the address whose subject says this, e.g. "e2e down is down". */
    ReceivedMail awaitMail(String to, String subjectPart, Duration timeout) {
        return await("a mail to " + to + " about '" + subjectPart + "'").atMost(timeout).pollInterval(POLL)
                .until(() -> system.stack().mail().received().stream()
                        .filter(mail -> mail.to().contains(to) && mail.subject().contains(subjectPart))
                        .findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    static JsonNode alertOf(RecordedRequest webhook) {
        return JSON.readTree(webhook.body()).get("data");
    }

    private Optional<RecordedRequest> webhook(UUID monitor, String alertType) {
        return system.stack().webhooks().requests().stream()
                .filter(request -> {
                    JsonNode alert = alertOf(request);
                    return alert != null && monitor.toString().equals(alert.path("monitorId").asString())
                            && (alertType.equals(alert.path("type").asString())
                                    || alert.path("raisedWith").valueStream()
                                            .anyMatch(grouped -> alertType.equals(grouped.path("type").asString())));
                })
                .findFirst();
    }
}
