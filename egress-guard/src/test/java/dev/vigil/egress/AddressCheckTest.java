package dev.vigil.egress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.net.InetAddress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The SSRF table for addresses already in hand, as a client's connect hook sees them. */
class AddressCheckTest {

    private final EgressGuard guard = new EgressGuard(EgressPolicy.strict(), FixedResolver.unreachable());

    @ParameterizedTest(name = "{0} is refused as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            7f000001                                | LOOPBACK
            0a000001                                | PRIVATE
            ac100001                                | PRIVATE
            c0a80101                                | PRIVATE
            a9fea9fe                                | LINK_LOCAL
            64400001                                | CARRIER_GRADE_NAT
            00000000                                | THIS_NETWORK
            e0000001                                | MULTICAST
            ffffffff                                | BROADCAST
            c0000008                                | RESERVED
            c6120001                                | RESERVED
            f0000001                                | RESERVED
            00000000000000000000000000000001        | LOOPBACK
            00000000000000000000000000000000        | UNSPECIFIED
            fc000000000000000000000000000001        | UNIQUE_LOCAL
            fe800000000000000000000000000001        | LINK_LOCAL
            ff020000000000000000000000000001        | MULTICAST
            0000000000000000000000007f000001        | LOOPBACK
            0064ff9b0000000000000000a9fea9fe        | LINK_LOCAL
            20020a00000100000000000000000000        | PRIVATE
            """)
    void refusesForbiddenAddresses(String hex, ForbiddenRange range) {
        InetAddress address = Addresses.bytes(hex);

        assertThatExceptionOfType(BlockedTargetException.class)
                .isThrownBy(() -> guard.checkAddress(address))
                .satisfies(e -> {
                    assertThat(e.range()).isEqualTo(range);
                    assertThat(e.address()).isEqualTo(address);
                });
        assertThat(guard.isAllowed(address)).isFalse();
        assertThat(guard.classify(address)).contains(range);
    }

    @ParameterizedTest(name = "::ffff:{0} kept as an Inet6Address is refused as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            7f000001                                | LOOPBACK
            a9fea9fe                                | LINK_LOCAL
            0a000001                                | PRIVATE
            """)
    void refusesIpv4MappedAddressesThatJavaDidNotUnwrap(String ipv4Hex, ForbiddenRange range) {
        InetAddress mapped = Addresses.ipv6("00000000000000000000ffff" + ipv4Hex);

        assertThatExceptionOfType(BlockedTargetException.class)
                .isThrownBy(() -> guard.checkAddress(mapped))
                .satisfies(e -> assertThat(e.range()).isEqualTo(range));
    }

    @ParameterizedTest(name = "{0} is allowed")
    @ValueSource(strings = {"5db8d822", "01010101", "08080808", "26062800022000010000000000000001",
            "2a001450400100000000000000000001", "0064ff9b00000000000000005db8d822"})
    void allowsPublicAddresses(String hex) {
        InetAddress address = Addresses.bytes(hex);

        assertThatCode(() -> guard.checkAddress(address)).doesNotThrowAnyException();
        assertThat(guard.isAllowed(address)).isTrue();
        assertThat(guard.classify(address)).isEmpty();
    }

    @Test
    void namesTheRefusedAddressAndRangeInTheMessage() {
        assertThatExceptionOfType(BlockedTargetException.class)
                .isThrownBy(() -> guard.checkAddress(Addresses.bytes("a9fea9fe")))
                .withMessageContaining("169.254.169.254")
                .withMessageContaining("link-local");
    }
}
