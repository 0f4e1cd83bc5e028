package dev.vigil.egress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Range membership at the edges, including prefixes that do not end on a byte boundary. */
class CidrTest {

    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            172.16.0.0/12       | 172.16.0.0          | true
            172.16.0.0/12       | 172.31.255.255      | true
            172.16.0.0/12       | 172.15.255.255      | false
            172.16.0.0/12       | 172.32.0.0          | false
            100.64.0.0/10       | 100.127.255.255     | true
            100.64.0.0/10       | 100.128.0.0         | false
            0.0.0.0/0           | 203.0.113.9         | true
            10.1.2.3            | 10.1.2.3            | true
            10.1.2.3            | 10.1.2.4            | false
            fc00::/7            | fdff::1             | true
            fc00::/7            | fe00::1             | false
            fe80::/10           | febf::1             | true
            fe80::/10           | fec0::1             | false
            ::1                 | ::1                 | true
            ::/0                | 2606:2800:220:1::1  | true
            ::/0                | 127.0.0.1           | false
            0.0.0.0/0           | ::1                 | false
            """)
    void containsAddressesInsideTheRangeOnly(String cidr, String address, boolean contained) {
        assertThat(Cidr.parse(cidr).containsBytes(Addresses.literal(address).getAddress())).isEqualTo(contained);
    }
}
