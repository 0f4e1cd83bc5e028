package dev.vigil.notifier.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.contracts.alert.Alert;
import dev.vigil.contracts.channel.WebhookPreset;
import dev.vigil.contracts.json.ContractsJson;
import dev.vigil.notifier.Samples;
import dev.vigil.notifier.TestProperties;
import dev.vigil.notifier.message.AlertWording;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class WebhookPayloadsTest {

    private final WebhookPayloads payloads =
            new WebhookPayloads(new AlertWording(TestProperties.of()), TestProperties.of());
    private final Alert alert = Samples.latencyBreach("alice");

    @Test
    void genericIsAStructuredCloudEventCarryingTheAlert() {
        WebhookPayload payload = payloads.of(alert, WebhookPreset.GENERIC);
        JsonNode event = read(payload);

        assertThat(payload.contentType()).startsWith("application/cloudevents+json");
        assertThat(event.get("specversion").asString()).isEqualTo("1.0");
        assertThat(event.get("id").asString()).isEqualTo(alert.id().toString());
        assertThat(event.get("type").asString()).isEqualTo("dev.vigil.alert.latency_breach");
        assertThat(event.get("source").asString()).isEqualTo("urn:vigil:notifier");
        assertThat(event.get("time").asString()).isEqualTo(alert.occurredAt().toString());
        assertThat(event.get("datacontenttype").asString()).isEqualTo("application/json");
        assertThat(event.get("data").get("details").get("p95Ms").asDouble()).isEqualTo(812.0);
    }

    @Test
    void slackGetsFallbackTextBlocksWithTheFiguresAndALink() {
        JsonNode message = read(payloads.of(alert, WebhookPreset.SLACK));

        assertThat(message.get("text").asString()).startsWith("Search is slow at ");
        assertThat(message.get("blocks").toString()).contains("*p95 latency*\\n812 ms",
                "<https://vigil.example.test/monitors/" + alert.monitorId() + "|Open in Vigil>");
    }

    @Test
    void teamsGetsAnAdaptiveCardWithFactsAndALink() {
        JsonNode message = read(payloads.of(alert, WebhookPreset.TEAMS));
        JsonNode card = message.get("attachments").get(0);

        assertThat(card.get("contentType").asString()).isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(card.get("content").get("type").asString()).isEqualTo("AdaptiveCard");
        assertThat(card.get("content").toString()).contains("\"title\":\"p99 latency\",\"value\":\"1490 ms\"",
                "https://vigil.example.test/monitors/" + alert.monitorId());
    }

    private static JsonNode read(WebhookPayload payload) {
        return ContractsJson.mapper().readTree(payload.body());
    }
}
