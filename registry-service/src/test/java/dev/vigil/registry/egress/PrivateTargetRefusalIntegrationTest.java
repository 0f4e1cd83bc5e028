package dev.vigil.registry.egress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.registry.api.ApiClient;
import dev.vigil.registry.api.RegistryApiFixture;
import dev.vigil.registry.api.WithoutKafka;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * With private targets not allowed, as every deployment runs: a monitor or webhook that could only reach a private,
 * loopback, link-local or cloud-metadata address is refused at creation through the real API, naming the field, and
 * nothing is written. Every other registry test allows private targets, so this class is the one that proves the rule.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {WithoutKafka.CDC_OFF, WithoutKafka.NO_TOPIC_CREATION,
                "vigil.registry.monitors.allow-private-targets=false"})
class PrivateTargetRefusalIntegrationTest extends RegistryApiFixture {

    private static final String HTTP_CHECK = """
            "http": {"method": "get", "expectedStatusCodes": [{"from": 200, "to": 299}], "followRedirects": false}""";

    @BeforeEach
    void emptyRegistry() {
        jdbc.sql("delete from monitor").update();
        jdbc.sql("delete from channel").update();
        jdbc.sql("delete from outbox_event").update();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/health", "http://localhost:8080/", "http://10.1.2.3/",
            "http://192.168.1.1/admin", "http://169.254.169.254/latest/meta-data/", "http://[::1]/",
            "http://[fd00::1]/", "http://[::ffff:127.0.0.1]/", "http://2130706433/"})
    void anHttpMonitorOfAPrivateOrMetadataAddressIsRefusedNamingTheTarget(String target) {
        assertRefused("/api/v1/monitors", """
                {"name": "inside", "kind": "http", "target": "%s", "intervalSeconds": 60, %s}
                """.formatted(target, HTTP_CHECK), "target");
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1:5432", "10.0.0.5:22", "169.254.169.254:80"})
    void aTcpMonitorOfAPrivateAddressIsRefusedNamingTheTarget(String target) {
        assertRefused("/api/v1/monitors", """
                {"name": "inside", "kind": "tcp", "target": "%s", "intervalSeconds": 60}
                """.formatted(target), "target");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:9000/hook", "http://169.254.169.254/latest/api/token"})
    void aWebhookToAPrivateOrMetadataAddressIsRefusedNamingTheUrl(String url) {
        assertRefused("/api/v1/channels", """
                {"name": "inside hook", "kind": "webhook", "url": "%s"}
                """.formatted(url), "url");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://93.184.215.14/", "http://[2606:4700:4700::1111]/"})
    void aMonitorOfAPublicAddressIsAccepted(String target) {
        ApiClient.Response answer = api.post(alice, "/api/v1/monitors", """
                {"name": "outside", "kind": "http", "target": "%s", "intervalSeconds": 60, %s}
                """.formatted(target, HTTP_CHECK));

        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(201);
        assertThat(rows("monitor")).isOne();
    }

    private void assertRefused(String path, String body, String field) {
        ApiClient.Response answer = api.post(alice, path, body);

        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(fields(answer)).as(answer.raw().body()).containsExactly(field);
        assertThat(rows("monitor") + rows("channel") + rows("outbox_event")).as("rows written").isZero();
    }

    private long rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static List<String> fields(ApiClient.Response answer) {
        return answer.body().get("errors").valueStream().map(error -> error.get("field").asString()).toList();
    }
}
