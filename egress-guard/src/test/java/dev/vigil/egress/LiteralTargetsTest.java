package dev.vigil.egress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.net.UnknownHostException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The SSRF table for literal hosts: every forbidden form is refused by resolve, and none reaches the resolver. */
class LiteralTargetsTest {

    private final EgressGuard guard = new EgressGuard(EgressPolicy.strict(), FixedResolver.unreachable());

    @ParameterizedTest(name = "{0} is refused as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            127.0.0.1                               | LOOPBACK
            127.255.255.254                         | LOOPBACK
            10.0.0.1                                | PRIVATE
            10.255.255.255                          | PRIVATE
            172.16.0.1                              | PRIVATE
            172.31.255.255                          | PRIVATE
            192.168.1.1                             | PRIVATE
            169.254.169.254                         | LINK_LOCAL
            169.254.0.1                             | LINK_LOCAL
            100.64.0.1                              | CARRIER_GRADE_NAT
            100.127.255.255                         | CARRIER_GRADE_NAT
            0.0.0.0                                 | THIS_NETWORK
            0.1.2.3                                 | THIS_NETWORK
            224.0.0.1                               | MULTICAST
            239.255.255.250                         | MULTICAST
            255.255.255.255                         | BROADCAST
            192.0.0.8                               | RESERVED
            192.0.2.1                               | RESERVED
            198.18.0.1                              | RESERVED
            198.19.255.255                          | RESERVED
            240.0.0.1                               | RESERVED
            255.255.255.254                         | RESERVED
            """)
    void refusesForbiddenIpv4Literals(String host, ForbiddenRange range) {
        assertRefused(host, range);
    }

    @ParameterizedTest(name = "{0} is refused as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ::1                                     | LOOPBACK
            [::1]                                   | LOOPBACK
            0:0:0:0:0:0:0:1                         | LOOPBACK
            ::                                      | UNSPECIFIED
            [::]                                    | UNSPECIFIED
            fc00::1                                 | UNIQUE_LOCAL
            fd12:3456:789a::1                       | UNIQUE_LOCAL
            fe80::1                                 | LINK_LOCAL
            [fe80::1%1]                             | LINK_LOCAL
            febf:ffff::1                            | LINK_LOCAL
            ff02::1                                 | MULTICAST
            2001:db8::1                             | RESERVED
            fec0::1                                 | RESERVED
            """)
    void refusesForbiddenIpv6Literals(String host, ForbiddenRange range) {
        assertRefused(host, range);
    }

    @ParameterizedTest(name = "{0} is refused as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ::ffff:127.0.0.1                        | LOOPBACK
            [::ffff:127.0.0.1]                      | LOOPBACK
            ::ffff:7f00:1                           | LOOPBACK
            ::ffff:169.254.169.254                  | LINK_LOCAL
            ::ffff:a00:1                            | PRIVATE
            ::127.0.0.1                             | LOOPBACK
            ::a9fe:a9fe                             | LINK_LOCAL
            ::10.0.0.1                              | PRIVATE
            ::93.184.216.34                         | RESERVED
            64:ff9b::127.0.0.1                      | LOOPBACK
            64:ff9b::a9fe:a9fe                      | LINK_LOCAL
            [64:ff9b::192.168.0.1]                  | PRIVATE
            64:ff9b:1::1                            | RESERVED
            2002:7f00:1::                           | LOOPBACK
            2002:a9fe:a9fe::1                       | LINK_LOCAL
            2002:c0a8:101::1                        | PRIVATE
            2002:6440:1::                           | CARRIER_GRADE_NAT
            2001:0:4136:e378:8000:63bf:80ff:fffe    | LOOPBACK
            2001:0:4136:e378:8000:63bf:5601:5601    | LINK_LOCAL
            """)
    void refusesIpv4AddressesEmbeddedInIpv6(String host, ForbiddenRange range) {
        assertRefused(host, range);
    }

    @ParameterizedTest(name = "{0} is refused as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2130706433                              | LOOPBACK
            0x7f000001                              | LOOPBACK
            0X7F000001                              | LOOPBACK
            017700000001                            | LOOPBACK
            0177.0.0.1                              | LOOPBACK
            0177.0000.0000.0001                     | LOOPBACK
            127.1                                   | LOOPBACK
            127.0.1                                 | LOOPBACK
            0x7f.1                                  | LOOPBACK
            0x7f.0.0.1                              | LOOPBACK
            0x7f.0x0.0x0.0x1                        | LOOPBACK
            0x7f.0.0.01                             | LOOPBACK
            127.0.0.1.                              | LOOPBACK
            １２７.０.０.１                           | LOOPBACK
            127。0。0。1                             | LOOPBACK
            2852039166                              | LINK_LOCAL
            0xa9fea9fe                              | LINK_LOCAL
            0251.0376.0251.0376                     | LINK_LOCAL
            169.254.43518                           | LINK_LOCAL
            0xa9.0376.43518                         | LINK_LOCAL
            3232235777                              | PRIVATE
            10.1                                    | PRIVATE
            0                                       | THIS_NETWORK
            0x                                      | THIS_NETWORK
            4294967295                              | BROADCAST
            """)
    void refusesNumericTricks(String host, ForbiddenRange range) {
        assertRefused(host, range);
    }

    @ParameterizedTest(name = "{0} is allowed as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            93.184.216.34                           | 93.184.216.34
            1.1.1.1                                 | 1.1.1.1
            0x5db8d822                              | 93.184.216.34
            1572395042                              | 93.184.216.34
            11.0.0.0                                | 11.0.0.0
            172.15.255.255                          | 172.15.255.255
            172.32.0.0                              | 172.32.0.0
            100.63.255.255                          | 100.63.255.255
            100.128.0.0                             | 100.128.0.0
            198.17.255.255                          | 198.17.255.255
            198.20.0.0                              | 198.20.0.0
            223.255.255.255                         | 223.255.255.255
            2606:2800:220:1::1                      | 2606:2800:220:1::1
            [2606:2800:220:1::1]                    | 2606:2800:220:1::1
            64:ff9b::93.184.216.34                  | 64:ff9b::5db8:d822
            2002:5db8:d822::1                       | 2002:5db8:d822::1
            2000::1                                 | 2000::1
            """)
    void allowsPublicLiterals(String host, String expected) throws Exception {
        assertThat(guard.resolve(host)).containsExactly(Addresses.literal(expected));
    }

    @ParameterizedTest(name = "{0} is not a valid host")
    @ValueSource(strings = {"256.0.0.1", "127.0.0.256", "1.2.3.4.5", "4294967296", "0x100000000", "08.0.0.1",
            "0x7g.0.0.1", "127..1", "example.0x7f", "evil.127.0.0.1", "[::1", "::1]", "[127.0.0.1]", "::g", "1:2:3",
            "127.0.0.1 ", "127.0.0.1/8", "a..b", "", " "})
    void rejectsMalformedHostsWithoutAskingTheResolver(String host) {
        assertThatExceptionOfType(UnknownHostException.class).isThrownBy(() -> guard.resolve(host));
    }

    private void assertRefused(String host, ForbiddenRange range) {
        assertThatExceptionOfType(BlockedTargetException.class)
                .isThrownBy(() -> guard.resolve(host))
                .satisfies(e -> {
                    assertThat(e.range()).isEqualTo(range);
                    assertThat(e.host()).isEqualTo(host);
                    assertThat(e.address()).isNotNull();
                });
    }
}
