package dev.vigil.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The repository's realm export plus one client whose access tokens live for a second, so a test can
 * hold a genuine Keycloak token that has expired without waiting out the realm's five minutes. The
 * client is a copy of {@code vigil-cli} (same audience mapper, same password grant) and exists only in
 * the realm these tests import; the shipped realm file is not changed.
 */
final class E2eRealm {

    static final String SHORT_LIVED_CLIENT = "vigil-e2e-short-lived";
    static final int SHORT_LIVED_SECONDS = 1;
    private static final String TEMPLATE_CLIENT = "vigil-cli";
    private static final Path REALM_IN_REPOSITORY = Path.of("deploy", "keycloak", "vigil-realm.json");

    private E2eRealm() {
    }

    /** Writes the realm into {@code folder} and returns the file. */
    static Path write(Path repository, Path folder) {
        var json = JsonMapper.builder().build();
        try {
            ObjectNode realm = (ObjectNode) json.readTree(repository.resolve(REALM_IN_REPOSITORY).toFile());
            ArrayNode clients = (ArrayNode) realm.get("clients");
            JsonNode template = null;
            for (JsonNode client : clients) {
                if (TEMPLATE_CLIENT.equals(client.path("clientId").asString())) {
                    template = client;
                }
            }
            if (template == null) {
                throw new IllegalStateException("The realm export has no client " + TEMPLATE_CLIENT);
            }
            ObjectNode shortLived = (ObjectNode) template.deepCopy();
            shortLived.put("clientId", SHORT_LIVED_CLIENT);
            shortLived.put("name", "Vigil end-to-end tests: tokens that expire at once");
            ObjectNode attributes = shortLived.get("attributes") instanceof ObjectNode existing
                    ? existing : shortLived.putObject("attributes");
            attributes.put("access.token.lifespan", String.valueOf(SHORT_LIVED_SECONDS));
            clients.add(shortLived);
            Path file = Files.createDirectories(folder).resolve("vigil-realm.json");
            json.writeValue(file.toFile(), realm);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the end-to-end realm", e);
        }
    }
}
