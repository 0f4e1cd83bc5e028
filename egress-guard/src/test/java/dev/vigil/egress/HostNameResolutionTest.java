package dev.vigil.egress;

import static dev.vigil.egress.Addresses.literal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Host names are resolved once and only the allowed answers are handed back, so rebinding has nothing to exploit. */
class HostNameResolutionTest {

    private final FixedResolver dns = new FixedResolver(Map.of(
            "public.example", List.of(literal("93.184.216.34")),
            "rebind.example", List.of(literal("127.0.0.1")),
            "metadata.example", List.of(literal("169.254.169.254")),
            "mixed.example", List.of(literal("93.184.216.34"), literal("127.0.0.1")),
            "interleaved.example", List.of(literal("2606:2800:220:1::1"), literal("10.0.0.1"), literal("1.1.1.1")),
            "internal.example", List.of(literal("10.0.0.1"), literal("::1")),
            "empty.example", List.of(),
            "xn--bcher-kva.example", List.of(literal("93.184.216.34")),
            "fqdn.example.", List.of(literal("93.184.216.34"))));
    private final EgressGuard guard = new EgressGuard(EgressPolicy.strict(), dns);

    @Test
    void returnsThePublicAddressOfAPublicName() throws Exception {
        assertThat(guard.resolve("public.example")).containsExactly(literal("93.184.216.34"));
    }

    @Test
    void refusesANameThatResolvesToLoopback() {
        assertThatExceptionOfType(BlockedTargetException.class)
                .isThrownBy(() -> guard.resolve("rebind.example"))
                .satisfies(e -> {
                    assertThat(e.host()).isEqualTo("rebind.example");
                    assertThat(e.address()).isEqualTo(literal("127.0.0.1"));
                    assertThat(e.range()).isEqualTo(ForbiddenRange.LOOPBACK);
                });
    }

    @Test
    void refusesANameThatResolvesToCloudMetadata() {
        assertThatExceptionOfType(BlockedTargetException.class)
                .isThrownBy(() -> guard.resolve("metadata.example"))
                .satisfies(e -> assertThat(e.range()).isEqualTo(ForbiddenRange.LINK_LOCAL));
    }

    @Test
    void dropsForbiddenAnswersAndKeepsThePublicOnes() throws Exception {
        assertThat(guard.resolve("mixed.example")).containsExactly(literal("93.184.216.34"));
    }

    @Test
    void keepsResolverOrderAmongAllowedAnswers() throws Exception {
        assertThat(guard.resolve("interleaved.example"))
                .containsExactly(literal("2606:2800:220:1::1"), literal("1.1.1.1"));
    }

    @Test
    void reportsTheFirstAnswerWhenEveryAnswerIsForbidden() {
        assertThatExceptionOfType(BlockedTargetException.class)
                .isThrownBy(() -> guard.resolve("internal.example"))
                .satisfies(e -> {
                    assertThat(e.address()).isEqualTo(literal("10.0.0.1"));
                    assertThat(e.range()).isEqualTo(ForbiddenRange.PRIVATE);
                });
    }

    @Test
    void asksTheResolverExactlyOnce() throws Exception {
        guard.resolve("mixed.example");

        assertThat(dns.queries()).containsExactly("mixed.example");
    }

    @Test
    void failsWhenTheNameHasNoAddresses() {
        assertThatExceptionOfType(UnknownHostException.class).isThrownBy(() -> guard.resolve("empty.example"));
    }

    @Test
    void propagatesAnUnknownName() {
        assertThatExceptionOfType(UnknownHostException.class).isThrownBy(() -> guard.resolve("nowhere.example"));
    }

    @Test
    void asksTheResolverForTheLowerCaseAsciiFormOfAnInternationalName() throws Exception {
        assertThat(guard.resolve("Bücher.Example")).containsExactly(literal("93.184.216.34"));
        assertThat(dns.queries()).containsExactly("xn--bcher-kva.example");
    }

    @Test
    void keepsTheTrailingDotOfAFullyQualifiedName() throws Exception {
        assertThat(guard.resolve("fqdn.example.")).containsExactly(literal("93.184.216.34"));
    }

    @ParameterizedTest(name = "{0} is refused as loopback")
    @ValueSource(strings = {"localhost", "LOCALHOST", "localhost.", "api.localhost"})
    void refusesLocalhostNamesWithoutAskingTheResolver(String host) {
        EgressGuard withoutDns = new EgressGuard(EgressPolicy.strict(), FixedResolver.unreachable());

        assertThatExceptionOfType(BlockedTargetException.class)
                .isThrownBy(() -> withoutDns.resolve(host))
                .satisfies(e -> assertThat(e.range()).isEqualTo(ForbiddenRange.LOOPBACK));
    }

    @Test
    void refusesLocalhostWithTheDefaultResolver() {
        EgressGuard systemGuard = new EgressGuard(EgressPolicy.strict());

        assertThatExceptionOfType(BlockedTargetException.class).isThrownBy(() -> systemGuard.resolve("localhost"));
    }
}
