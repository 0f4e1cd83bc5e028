package dev.vigil.console.channel;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One channel as the list shows it.
 *
 * @param type what a person calls it: Email, Webhook, Slack or Teams
 * @param target the address or URL exactly as the API gives it (chat webhook URLs come masked)
 * @param alertTypes the types it wants; empty means all
 * @param webhook whether it has a signing secret to rotate
 */
public record ChannelRow(String id, String name, String type, String target, List<String> alertTypes,
        boolean enabled, boolean webhook) {

    static ChannelRow of(JsonNode channel) {
        boolean webhook = channel.path("kind").asString("").equals("webhook");
        List<String> alertTypes = new ArrayList<>();
        channel.path("alertTypes").forEach(type -> alertTypes.add(type.asString()));
        return new ChannelRow(channel.path("id").asString(), channel.path("name").asString(),
                webhook ? typeOf(channel.path("preset").asString("generic")) : "Email",
                channel.path(webhook ? "url" : "address").asString(""), alertTypes,
                channel.path("enabled").asBoolean(true), webhook);
    }

    private static String typeOf(String preset) {
        return switch (preset) {
            case "slack" -> "Slack";
            case "teams" -> "Teams";
            default -> "Webhook";
        };
    }
}
