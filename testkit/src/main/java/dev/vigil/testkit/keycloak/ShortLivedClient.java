package dev.vigil.testkit.keycloak;

import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A client added to the realm the tests import, whose access tokens expire after {@link #LIFESPAN_SECONDS}, so a
 * test can watch a genuine token run out without waiting out the realm's five minutes. A copy of {@code vigil-cli}
 * (same audience mapper, same password grant); the shipped realm file is not changed.
 */
final class ShortLivedClient {

    static final String CLIENT_ID = "vigil-testkit-short-lived";
    /** Long enough to open a stream on a busy machine before the token runs out, short enough to wait for. */
    static final int LIFESPAN_SECONDS = 15;
    private static final String TEMPLATE_CLIENT = "vigil-cli";

    private ShortLivedClient() {
    }

    /** Writes {@code realmFile} with this client added to {@code target}. */
    static void addTo(Path realmFile, Path target) {
        var json = JsonMapper.builder().build();
        ObjectNode realm = (ObjectNode) json.readTree(realmFile.toFile());
        ArrayNode clients = (ArrayNode) realm.get("clients");
        JsonNode template = null;
        for (JsonNode client : clients) {
            String clientId = client.path("clientId").asString();
            if (CLIENT_ID.equals(clientId)) {
                json.writeValue(target.toFile(), realm);
                return;
            }
            if (TEMPLATE_CLIENT.equals(clientId)) {
                template = client;
            }
        }
        if (template == null) {
            throw new IllegalStateException("The realm export %s has no client %s".formatted(realmFile,
                    TEMPLATE_CLIENT));
        }
        ObjectNode shortLived = (ObjectNode) template.deepCopy();
        shortLived.remove("id");
        shortLived.put("clientId", CLIENT_ID);
        shortLived.put("name", "Vigil tests: tokens that expire within seconds");
        ObjectNode attributes = shortLived.get("attributes") instanceof ObjectNode existing
                ? existing : shortLived.putObject("attributes");
        attributes.put("access.token.lifespan", String.valueOf(LIFESPAN_SECONDS));
        clients.add(shortLived);
        json.writeValue(target.toFile(), realm);
    }
}
