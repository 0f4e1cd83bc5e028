package dev.vigil.testkit.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DemoUserTest {

    private static final JsonNode REALM = JsonMapper.builder().build().readTree(RealmFile.locate().toFile());

    @ParameterizedTest
    @EnumSource(DemoUser.class)
    void matchesItsEntryInTheRealmExport(DemoUser user) {
        JsonNode entry = REALM.path("users").values().stream()
                .filter(candidate -> candidate.path("username").asString().equals(user.username()))
                .findFirst()
                .orElseThrow();

        assertThat(entry.path("id").asString()).isEqualTo(user.id().toString());
        assertThat(entry.path("credentials").get(0).path("value").asString()).isEqualTo(user.password());
        assertThat(entry.path("realmRoles").values()).extracting(JsonNode::asString)
                .isEqualTo(List.of(user.realmRole()));
    }
}
