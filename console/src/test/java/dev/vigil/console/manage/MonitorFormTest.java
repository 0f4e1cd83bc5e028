package dev.vigil.console.manage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MonitorFormTest {

    @Test
    void blankFieldsAreLeftOutSoTheApiFillsItsDefaults() {
        MonitorForm form = new MonitorForm("shop", "tcp", "shop.example:443", "", " ", null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null);

        assertThat(form.toRequest()).containsOnlyKeys("name", "kind", "target");
    }

    @Test
    void aNumberThatDoesNotParseIsSentAsTypedForTheApiToName() {
        MonitorForm form = new MonitorForm("shop", "tcp", "shop.example:443", "often", null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null);

        assertThat(form.toRequest()).containsEntry("intervalSeconds", "often");
    }

    @Test
    void expectedStatusCodesBecomeTheApisRanges() {
        MonitorForm form = MonitorForm.blank("http");
        MonitorForm codes = new MonitorForm("shop", "http", "https://shop.example/", "60", null, null, null, null,
                null, null, null, "get", "200-299, 301", null, null, null, null, null, form.tlsVerifyHostname(),
                form.tlsVerifyChain());

        @SuppressWarnings("unchecked")
        Map<String, Object> http = (Map<String, Object>) codes.toRequest().get("http");

        assertThat(http).containsEntry("expectedStatusCodes",
                List.of(Map.of("from", 200, "to", 299), Map.of("from", 301, "to", 301)));
    }

    @Test
    void anHttpsTargetCarriesTheCertificateChecksAsTicked() {
        MonitorForm form = new MonitorForm("shop", "http", "https://shop.example/", null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, "on", null);

        assertThat(form.toRequest()).containsEntry("tls", Map.of("verifyHostname", true, "verifyChain", false));
    }
}
