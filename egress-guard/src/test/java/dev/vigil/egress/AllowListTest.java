package dev.vigil.egress;

import static dev.vigil.egress.Addresses.literal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The allow-list opens exactly the configured ranges, and a disabled policy opens everything. */
class AllowListTest {

    private final EgressGuard loopbackOpen =
            new EgressGuard(EgressPolicy.allowing("127.0.0.0/8", "::1"), FixedResolver.unreachable());

    @ParameterizedTest(name = "{0} is opened as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            127.0.0.1           | 127.0.0.1
            127.10.20.30        | 127.10.20.30
            127.1               | 127.0.0.1
            0x7f000001          | 127.0.0.1
            ::1                 | ::1
            [::1]               | ::1
            ::ffff:127.0.0.1    | 127.0.0.1
            """)
    void opensAllowListedRanges(String host, String expected) throws Exception {
        assertThat(loopbackOpen.resolve(host)).containsExactly(literal(expected));
    }

    @ParameterizedTest(name = "{0} stays refused")
    @ValueSource(strings = {"10.0.0.1", "169.254.169.254", "192.168.0.1", "::2", "fe80::1"})
    void keepsOtherForbiddenRangesClosed(String host) {
        assertThatExceptionOfType(BlockedTargetException.class).isThrownBy(() -> loopbackOpen.resolve(host));
    }

    @ParameterizedTest(name = "{0} stays refused")
    @ValueSource(strings = {"64:ff9b::127.0.0.1", "2002:7f00:1::", "::127.0.0.1"})
    void doesNotOpenTunnelledFormsOfAnAllowListedIpv4Range(String host) {
        assertThatExceptionOfType(BlockedTargetException.class).isThrownBy(() -> loopbackOpen.resolve(host));
    }

    @Test
    void opensLocalhostForAnAllowListedLoopback() throws Exception {
        assertThat(loopbackOpen.resolve("localhost")).containsExactly(literal("127.0.0.1"), literal("::1"));
    }

    @Test
    void returnsOnlyTheLocalhostAddressesThatAreAllowListed() throws Exception {
        EgressGuard ipv4Only = new EgressGuard(EgressPolicy.allowing("127.0.0.0/8"), FixedResolver.unreachable());

        assertThat(ipv4Only.resolve("localhost")).containsExactly(literal("127.0.0.1"));
    }

    @Test
    void allowsAnAllowListedAddressInCheckAddress() {
        assertThatCode(() -> loopbackOpen.checkAddress(literal("127.0.0.1"))).doesNotThrowAnyException();
        assertThatCode(() -> loopbackOpen.checkAddress(Addresses.ipv6("00000000000000000000ffff7f000001")))
                .doesNotThrowAnyException();
    }

    @Test
    void stillClassifiesAnAllowListedAddress() {
        assertThat(loopbackOpen.classify(literal("127.0.0.1"))).contains(ForbiddenRange.LOOPBACK);
    }

    @Test
    void opensAnIpv6Range() throws Exception {
        EgressGuard uniqueLocalOpen = new EgressGuard(EgressPolicy.allowing("fd00:1234::/32"),
                FixedResolver.unreachable());

        assertThat(uniqueLocalOpen.resolve("fd00:1234::7")).containsExactly(literal("fd00:1234::7"));
        assertThatExceptionOfType(BlockedTargetException.class)
                .isThrownBy(() -> uniqueLocalOpen.resolve("fd00:1235::7"));
    }

    @ParameterizedTest(name = "{0} is allowed when the guard is disabled")
    @ValueSource(strings = {"127.0.0.1", "169.254.169.254", "10.0.0.1", "::1", "0x7f.1", "localhost"})
    void disabledPolicyAllowsEverything(String host) throws Exception {
        EgressGuard disabled = new EgressGuard(new EgressPolicy(false, List.of()), FixedResolver.unreachable());

        assertThat(disabled.resolve(host)).isNotEmpty().allSatisfy(address -> {
            assertThat(disabled.isAllowed(address)).isTrue();
            assertThatCode(() -> disabled.checkAddress(address)).doesNotThrowAnyException();
        });
    }
}
