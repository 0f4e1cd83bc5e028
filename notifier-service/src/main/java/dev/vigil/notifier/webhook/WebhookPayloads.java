package dev.vigil.notifier.webhook;

import dev.vigil.contracts.alert.Alert;
import dev.vigil.contracts.channel.WebhookPreset;
import dev.vigil.contracts.json.ContractsJson;
import dev.vigil.notifier.NotifierProperties;
import dev.vigil.notifier.message.AlertWording;
import dev.vigil.notifier.message.Figure;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Shapes the body of a webhook by the channel's preset: a CloudEvents 1.0 structured event carrying the alert as
 * published on the alerts topic, or a message Slack or Microsoft Teams incoming webhooks render as they are.
 */
@Component
class WebhookPayloads {

    static final String CLOUDEVENTS_JSON = "application/cloudevents+json; charset=UTF-8";
    static final String JSON = "application/json; charset=UTF-8";
    static final String EVENT_TYPE_PREFIX = "dev.vigil.alert.";

    /** Slack shows at most ten fields in a section. */
    private static final int SLACK_MAX_FIELDS = 10;

    private final JsonMapper mapper = ContractsJson.mapper();
    private final AlertWording wording;
    private final String source;

    WebhookPayloads(AlertWording wording, NotifierProperties properties) {
        this.wording = wording;
        this.source = properties.webhook().source();
    }

    WebhookPayload of(Alert alert, WebhookPreset preset) {
        return switch (preset) {
            case GENERIC -> new WebhookPayload(mapper.writeValueAsBytes(cloudEvent(alert)), CLOUDEVENTS_JSON);
            case SLACK -> new WebhookPayload(mapper.writeValueAsBytes(slack(alert)), JSON);
            case TEAMS -> new WebhookPayload(mapper.writeValueAsBytes(teams(alert)), JSON);
        };
    }

    private ObjectNode cloudEvent(Alert alert) {
        ObjectNode event = mapper.createObjectNode();
        event.put("specversion", "1.0");
        event.put("id", alert.id().toString());
        event.put("type", EVENT_TYPE_PREFIX + alert.type().name().toLowerCase(Locale.ROOT));
        event.put("source", source);
        event.put("subject", alert.monitorId().toString());
        event.put("time", alert.occurredAt().toString());
        event.put("datacontenttype", "application/json");
        event.set("data", mapper.valueToTree(alert));
        return event;
    }

    private ObjectNode slack(Alert alert) {
        String headline = "*" + slackEscape(alert.monitorName()) + "* " + wording.happened(alert.type()) + " at "
                + wording.when(alert);
        ObjectNode message = mapper.createObjectNode();
        message.put("text", alert.monitorName() + " " + wording.happened(alert.type()) + " at " + wording.when(alert));
        ArrayNode blocks = message.putArray("blocks");
        blocks.addObject().put("type", "section").putObject("text").put("type", "mrkdwn").put("text", headline);
        List<Figure> figures = wording.figures(alert);
        if (!figures.isEmpty()) {
            ArrayNode fields = blocks.addObject().put("type", "section").putArray("fields");
            figures.stream().limit(SLACK_MAX_FIELDS).forEach(figure -> fields.addObject().put("type", "mrkdwn")
                    .put("text", "*" + slackEscape(figure.label()) + "*\n" + slackEscape(figure.value())));
        }
        blocks.addObject().put("type", "context").putArray("elements").addObject().put("type", "mrkdwn")
                .put("text", "<" + wording.link(alert) + "|Open in Vigil>");
        return message;
    }

    private ObjectNode teams(Alert alert) {
        ObjectNode message = mapper.createObjectNode();
        message.put("type", "message");
        ObjectNode card = message.putArray("attachments").addObject()
                .put("contentType", "application/vnd.microsoft.card.adaptive")
                .putObject("content");
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        card.put("type", "AdaptiveCard");
        card.put("version", "1.4");
        ArrayNode body = card.putArray("body");
        body.addObject().put("type", "TextBlock").put("size", "Medium").put("weight", "Bolder").put("wrap", true)
                .put("text", alert.monitorName() + " " + wording.happened(alert.type()));
        body.addObject().put("type", "TextBlock").put("isSubtle", true).put("text", wording.when(alert));
        ArrayNode facts = body.addObject().put("type", "FactSet").putArray("facts");
        wording.figures(alert).forEach(figure ->
                facts.addObject().put("title", figure.label()).put("value", figure.value()));
        card.putArray("actions").addObject().put("type", "Action.OpenUrl").put("title", "Open in Vigil")
                .put("url", wording.link(alert).toString());
        return message;
    }

    /** Slack's mrkdwn treats these three as control characters. */
    private static String slackEscape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
