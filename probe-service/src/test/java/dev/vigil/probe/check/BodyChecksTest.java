package dev.vigil.probe.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.contracts.monitor.AssertionOperator;
import dev.vigil.contracts.monitor.JsonAssertion;
import dev.vigil.contracts.monitor.KeywordMode;
import dev.vigil.contracts.probe.FailedAssertion;
import dev.vigil.contracts.probe.ProbeErrorKind;
import dev.vigil.probe.support.Checks;
import dev.vigil.probe.support.LocalHttpServer;
import dev.vigil.probe.support.TestProbeProperties;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BodyChecksTest {

    private static final String HEALTH = """
            {"status": "ok", "version": "1.4.2", "latencyMs": 12.5, "checks": ["db", "cache"], "degraded": null}
            """;

    private static final Prober prober = TestProbeProperties.loopbackProber(Map.of());
    private static LocalHttpServer server;

    @BeforeAll
    static void startServer() {
        server = LocalHttpServer.http()
                .answer("/page", 200, "text/html; charset=utf-8", "<h1>Welcome to Vigil</h1>")
                .answer("/health", 200, "application/json", HEALTH);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void a_keyword_present_in_the_body_is_up() {
        assertThat(prober.probe(Checks.keyword(server.url("/page"), "Welcome", KeywordMode.MUST_CONTAIN, true)).up())
                .isTrue();
    }

    @Test
    void a_keyword_missing_from_the_body_is_down_as_keyword_mismatch() {
        ProbeOutcome outcome = prober.probe(Checks.keyword(server.url("/page"), "Maintenance",
                KeywordMode.MUST_CONTAIN, true));

        assertThat(outcome.errorKind()).isEqualTo(ProbeErrorKind.KEYWORD_MISMATCH);
        assertThat(outcome.statusCode()).isEqualTo(200);
    }

    @Test
    void case_sensitivity_is_the_checks_choice() {
        assertThat(prober.probe(Checks.keyword(server.url("/page"), "welcome", KeywordMode.MUST_CONTAIN, true))
                .errorKind()).isEqualTo(ProbeErrorKind.KEYWORD_MISMATCH);
        assertThat(prober.probe(Checks.keyword(server.url("/page"), "welcome", KeywordMode.MUST_CONTAIN, false))
                .up()).isTrue();
    }

    @Test
    void a_forbidden_keyword_present_is_down_and_absent_is_up() {
        assertThat(prober.probe(Checks.keyword(server.url("/page"), "Vigil", KeywordMode.MUST_NOT_CONTAIN, true))
                .errorKind()).isEqualTo(ProbeErrorKind.KEYWORD_MISMATCH);
        assertThat(prober.probe(Checks.keyword(server.url("/page"), "Error", KeywordMode.MUST_NOT_CONTAIN, true))
                .up()).isTrue();
    }

    @Test
    void json_assertions_that_all_hold_are_up() {
        ProbeOutcome outcome = prober.probe(Checks.json(server.url("/health"),
                assertion("$.status", AssertionOperator.EQUALS, "ok"),
                assertion("$.version", AssertionOperator.NOT_EQUALS, "1.4.1"),
                assertion("$.checks", AssertionOperator.CONTAINS, "db"),
                assertion("$.latencyMs", AssertionOperator.LESS_THAN, "100"),
                assertion("$.latencyMs", AssertionOperator.GREATER_THAN, "10"),
                assertion("$.degraded", AssertionOperator.EXISTS, null)));

        assertThat(outcome.up()).isTrue();
        assertThat(outcome.failedAssertions()).isEmpty();
    }

    @Test
    void every_failed_json_assertion_is_named_with_the_value_found() {
        JsonAssertion wrongStatus = assertion("$.status", AssertionOperator.EQUALS, "degraded");
        JsonAssertion holds = assertion("$.latencyMs", AssertionOperator.LESS_THAN, "100");
        JsonAssertion missing = assertion("$.uptime", AssertionOperator.EXISTS, null);

        ProbeOutcome outcome = prober.probe(Checks.json(server.url("/health"), wrongStatus, holds, missing));

        assertThat(outcome.errorKind()).isEqualTo(ProbeErrorKind.ASSERTION_FAILED);
        assertThat(outcome.failedAssertions()).containsExactly(
                new FailedAssertion(wrongStatus, "ok"), new FailedAssertion(missing, null));
        assertThat(outcome.message()).contains("$.status", "$.uptime").doesNotContain("$.latencyMs");
    }

    @Test
    void json_assertions_on_a_body_that_is_not_json_fail() {
        JsonAssertion status = assertion("$.status", AssertionOperator.EQUALS, "ok");

        ProbeOutcome outcome = prober.probe(Checks.json(server.url("/page"), status));

        assertThat(outcome.failedAssertions()).containsExactly(new FailedAssertion(status, null));
    }

    private static JsonAssertion assertion(String path, AssertionOperator operator, @Nullable String value) {
        return new JsonAssertion(path, operator, value);
    }
}
