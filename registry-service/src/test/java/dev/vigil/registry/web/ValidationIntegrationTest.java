package dev.vigil.registry.web;

import dev.vigil.registry.api.RegistryApiFixture;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.registry.api.ApiClient;
import dev.vigil.registry.api.WithoutKafka;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** Each validation rule of the monitors API answers 400 problem+json naming the field; nothing is written. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {WithoutKafka.CDC_OFF, WithoutKafka.NO_TOPIC_CREATION})
class ValidationIntegrationTest extends RegistryApiFixture {

    @AfterEach
    void nothingWasWritten() {
        assertThat(jdbc.sql("select count(*) from monitor").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from outbox_event").query(Long.class).single()).isZero();
    }

    @Test
    void urlTargetsMustBeHttpOrHttps() {
        assertFieldRejected(monitor("http", "\"ftp://example.com/file\"", 60, ""), "target");
    }

    @Test
    void urlTargetsMustHaveAHost() {
        assertFieldRejected(monitor("http", "\"https:///path\"", 60, ""), "target");
    }

    @Test
    void tcpTargetsNeedAPortBetweenOneAnd65535() {
        assertFieldRejected(monitor("tcp", "\"db.example.com:0\"", 60, ""), "target");
        assertFieldRejected(monitor("tcp", "\"db.example.com:65536\"", 60, ""), "target");
        assertFieldRejected(monitor("tcp", "\"db.example.com\"", 60, ""), "target");
    }

    @Test
    void intervalMustBeBetweenTenSecondsAndADay() {
        assertFieldRejected(monitor("tcp", "\"db.example.com:5432\"", 9, ""), "intervalSeconds");
        assertFieldRejected(monitor("tcp", "\"db.example.com:5432\"", 86_401, ""), "intervalSeconds");
    }

    @Test
    void timeoutMustStayBelowTheInterval() {
        assertFieldRejected(monitor("tcp", "\"db.example.com:5432\"", 10, ", \"timeoutMs\": 10000"), "timeoutMs");
    }

    @Test
    void timeoutMustBeAtMostSixtySeconds() {
        assertFieldRejected(monitor("tcp", "\"db.example.com:5432\"", 300, ", \"timeoutMs\": 60001"), "timeoutMs");
    }

    @Test
    void expectedStatusCodesMustBeBetween100And599() {
        ApiClient.Response answer = create(monitor("http", "\"https://example.com\"", 60,
                ", \"http\": {\"expectedStatusCodes\": [{\"from\": 200, \"to\": 600}]}"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(fields(answer)).singleElement().asString().startsWith("http.expectedStatusCodes[0]");
    }

    @Test
    void headerNamesMustBeTokens() {
        assertFieldRejected(monitor("http", "\"https://example.com\"", 60,
                ", \"http\": {\"headers\": {\"X Bad\": \"1\"}}"), "http.headers.X Bad");
    }

    @Test
    void headerValuesMustNotContainLineBreaks() {
        assertFieldRejected(monitor("http", "\"https://example.com\"", 60,
                ", \"http\": {\"headers\": {\"X-Injected\": \"a\\r\\nHost: evil\"}}"), "http.headers.X-Injected");
    }

    @Test
    void headersMustBeSmall() {
        assertFieldRejected(monitor("http", "\"https://example.com\"", 60,
                ", \"http\": {\"headers\": {\"X-Big\": \"" + "v".repeat(9000) + "\"}}"), "http.headers.X-Big");
    }

    @Test
    void requestBodiesOfChecksAreAtMost64KiB() {
        assertFieldRejected(monitor("http", "\"https://example.com\"", 60,
                ", \"http\": {\"method\": \"post\", \"body\": \"" + "b".repeat(64 * 1024 + 1) + "\"}"), "http.body");
    }

    @Test
    void namesMustNotBeEmpty() {
        assertFieldRejected("""
                {"name": "", "kind": "tcp", "target": "db.example.com:5432", "intervalSeconds": 60}
                """, "name");
    }

    @Test
    void namesAreAtMost200CharactersCountedAsCharactersNotBytes() {
        String twoHundredEmoji = "🛰".repeat(200);
        ApiClient.Response accepted = create("""
                {"name": "%s", "kind": "tcp", "target": "db.example.com:5432", "intervalSeconds": 60}
                """.formatted(twoHundredEmoji));
        assertThat(accepted.status()).as(accepted.raw().body()).isEqualTo(201);
        jdbc.sql("delete from outbox_event").update();
        jdbc.sql("delete from monitor").update();

        assertFieldRejected("""
                {"name": "%s", "kind": "tcp", "target": "db.example.com:5432", "intervalSeconds": 60}
                """.formatted(twoHundredEmoji + "x"), "name");
    }

    @Test
    void everyFieldAtFaultIsNamedInOneAnswer() {
        ApiClient.Response answer = create("""
                {"name": "", "kind": "tcp", "target": "nohost", "intervalSeconds": 1}
                """);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(fields(answer)).containsExactlyInAnyOrder("name", "target", "intervalSeconds");
    }

    @Test
    void partsThatDoNotFitTheKindAreRejected() {
        assertFieldRejected(monitor("tcp", "\"db.example.com:5432\"", 60,
                ", \"dns\": {\"recordType\": \"a\"}"), "dns");
    }

    @Test
    void listsMustNotContainNull() {
        assertFieldRejected(monitor("tcp", "\"db.example.com:5432\"", 60, ", \"regions\": [\"eu\", null]"),
                "regions");
    }

    @Test
    void unknownFieldsAreRejectedByName() {
        assertFieldRejected(monitor("tcp", "\"db.example.com:5432\"", 60, ", \"tenant\": \"someone-else\""),
                "tenant");
    }

    @Test
    void unknownEnumValuesNameTheirField() {
        assertFieldRejected("""
                {"name": "x", "kind": "gopher", "target": "db.example.com:5432", "intervalSeconds": 60}
                """, "kind");
    }

    @Test
    void malformedJsonAnswers400() {
        ApiClient.Response answer = create("{\"name\": ");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("type").asString()).endsWith("/malformed-json");
    }

    @Test
    void bodiesOverOneMebibyteAnswer413() {
        ApiClient.Response answer = create(monitor("http", "\"https://example.com\"", 60,
                ", \"http\": {\"body\": \"" + "b".repeat(1024 * 1024) + "\"}"));

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void chunkedBodiesOverOneMebibyteAnswer413() {
        byte[] big = monitor("http", "\"https://example.com\"", 60,
                ", \"http\": {\"body\": \"" + "b".repeat(1024 * 1024) + "\"}").getBytes();
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/monitors"))
                .header("Authorization", "Bearer " + alice)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big)))
                .build();

        ApiClient.Response answer = api.send(chunked);

        assertThat(answer.status()).isEqualTo(413);
    }

    private void assertFieldRejected(String body, String field) {
        ApiClient.Response answer = create(body);
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(fields(answer)).as(answer.raw().body()).containsExactly(field);
    }

    private ApiClient.Response create(String body) {
        return api.post(alice, "/api/v1/monitors", body);
    }

    private static List<String> fields(ApiClient.Response answer) {
        return answer.body().get("errors").valueStream().map(error -> error.get("field").asString()).toList();
    }

    private static String monitor(String kind, String target, int interval, String more) {
        return """
                {"name": "check", "kind": "%s", "target": %s, "intervalSeconds": %d%s}
                """.formatted(kind, target, interval, more);
    }
}
