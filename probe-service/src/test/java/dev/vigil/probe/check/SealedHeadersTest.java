package dev.vigil.probe.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.contracts.monitor.HttpCheck;
import dev.vigil.contracts.monitor.HttpMethod;
import dev.vigil.contracts.probe.ProbeErrorKind;
import dev.vigil.contracts.secret.Sealer;
import dev.vigil.probe.net.ProbeFailure;
import dev.vigil.probe.support.TestProbeProperties;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SealedHeadersTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final SealedHeaders headers =
            new SealedHeaders(Sealer.fromBase64Key(TestProbeProperties.CHECK_KEY), meters);

    @Test
    void aValueSealedWithAnotherKeyFailsTheProbeNamingTheHeaderButNotTheValueAndIsCounted() {
        String sealedElsewhere = Sealer.fromBase64Key(Sealer.newBase64Key()).seal("Bearer other-deployment");

        assertThatThrownBy(() -> headers.opened(check(Map.of("Authorization", sealedElsewhere))))
                .isInstanceOfSatisfying(ProbeFailure.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(ProbeErrorKind.INTERNAL);
                    assertThat(failure.getMessage()).contains("Authorization").doesNotContain("other-deployment");
                });
        assertThat(meters.get(SealedHeaders.UNREADABLE).counter().count()).isEqualTo(1);
    }

    @Test
    void theCounterIsExportedBeforeAnyFailureSoItsFirstIncreaseCanAlert() throws ProbeFailure {
        headers.opened(check(Map.of("Accept", "text/plain")));

        assertThat(meters.get(SealedHeaders.UNREADABLE).counter().count()).isZero();
    }

    private static HttpCheck check(Map<String, String> values) {
        return new HttpCheck(HttpMethod.GET, values, null, List.of(), true, 1024);
    }
}
