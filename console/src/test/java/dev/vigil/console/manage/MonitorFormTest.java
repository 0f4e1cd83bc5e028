package dev.vigil.console.manage;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class MonitorFormTest {

    @Test
    void blankFieldsAreLeftOutSoTheApiFillsItsDefaults() {
        MonitorForm form = form(Map.of("name", "shop", "kind", "tcp", "target", "shop.example:443",
                "intervalSeconds", "", "timeoutMs", " "));

        assertThat(form.toRequest()).containsOnlyKeys("name", "kind", "target");
    }

    @Test
    void aNumberThatDoesNotParseIsSentAsTypedForTheApiToName() {
        MonitorForm form = form(Map.of("name", "shop", "kind", "tcp", "target", "shop.example:443",
                "intervalSeconds", "often"));

        assertThat(form.toRequest()).containsEntry("intervalSeconds", "often");
    }

    @Test
    void expectedStatusCodesBecomeTheApisRanges() {
        MonitorForm form = form(Map.of("name", "shop", "kind", "http", "target", "https://shop.example/",
                "expectedStatus", "200-299, 301"));

        assertThat(http(form)).containsEntry("expectedStatusCodes",
                List.of(Map.of("from", 200, "to", 299), Map.of("from", 301, "to", 301)));
    }

    @Test
    void anHttpsTargetCarriesTheCertificateChecksAsTicked() {
        MonitorForm form = form(Map.of("name", "shop", "kind", "http", "target", "https://shop.example/",
                "tlsVerifyHostname", "on"));

        assertThat(form.toRequest()).containsEntry("tls", Map.of("verifyHostname", true, "verifyChain", false));
    }

    @Test
    void headerLinesBecomeTheApisHeaderMap() {
        MonitorForm form = form(Map.of("name", "shop", "kind", "http", "target", "https://shop.example/",
                "httpHeaders", "Accept: application/json\r\n\r\nAuthorization: Bearer a:b"));

        assertThat(http(form)).containsEntry("headers",
                Map.of("Accept", "application/json", "Authorization", "Bearer a:b"));
    }

    @Test
    void aMaskedHeaderIsSentBackAsTheMaskSoTheApiKeepsTheStoredValue() {
        MonitorForm edited = MonitorForm.of(JsonMapper.builder().build().readTree("""
                {"name": "shop", "intervalSeconds": 60,
                 "check": {"kind": "http", "target": "https://shop.example/",
                           "http": {"method": "get", "headers": {"X-Api-Key": "********"}}}}"""));

        assertThat(http(edited)).containsEntry("headers", Map.of("X-Api-Key", "********"));
    }

    @Test
    void assertionLinesKeepTheRestOfTheLineAsTheValue() {
        MonitorForm form = form(Map.of("name", "shop", "kind", "http", "target", "https://shop.example/",
                "jsonAssertions", "$.status equals all good\n$.id exists"));

        assertThat(form.toRequest()).containsEntry("jsonAssertions", List.of(
                Map.of("path", "$.status", "operator", "equals", "value", "all good"),
                Map.of("path", "$.id", "operator", "exists")));
    }

    @Test
    void anUntickedRedirectBoxSaysNotToFollow() {
        MonitorForm form = form(Map.of("name", "shop", "kind", "http", "target", "https://shop.example/"));

        assertThat(http(form)).containsEntry("followRedirects", false);
    }

    @Test
    void regionsAreAListAndQuorumANumber() {
        MonitorForm form = form(Map.of("name", "shop", "kind", "tcp", "target", "shop.example:443",
                "regions", "eu-west, us-east,", "quorum", "2"));

        assertThat(form.toRequest()).containsEntry("regions", List.of("eu-west", "us-east"))
                .containsEntry("quorum", 2);
    }

    @Test
    void editingShowsEveryFieldTheApiStored() {
        MonitorForm edited = MonitorForm.of(JsonMapper.builder().build().readTree("""
                {"name": "shop", "intervalSeconds": 60, "reminderIntervalSeconds": 600, "regions": ["eu", "us"],
                 "quorum": 1,
                 "check": {"kind": "http", "target": "https://shop.example/",
                           "http": {"method": "post", "body": "{}", "followRedirects": false, "maxBodyBytes": 4096},
                           "jsonAssertions": [{"path": "$.ok", "operator": "equals", "value": "true"}]}}"""));

        assertThat(edited.reminderIntervalSeconds()).isEqualTo("600");
        assertThat(edited.regions()).isEqualTo("eu, us");
        assertThat(edited.quorum()).isEqualTo("1");
        assertThat(edited.httpBody()).isEqualTo("{}");
        assertThat(edited.followRedirects()).isNull();
        assertThat(edited.maxBodyBytes()).isEqualTo("4096");
        assertThat(edited.jsonAssertions()).isEqualTo("$.ok equals true");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> http(MonitorForm form) {
        return (Map<String, Object>) form.toRequest().get("http");
    }

    /** A form as a browser posts it: the named inputs filled, every other one absent. */
    private static MonitorForm form(Map<String, String> inputs) {
        RecordComponent[] components = MonitorForm.class.getRecordComponents();
        Object[] values = Arrays.stream(components).map(component -> inputs.get(component.getName())).toArray();
        try {
            return MonitorForm.class.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new)).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
