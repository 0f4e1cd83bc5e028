package dev.vigil.egress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numeric hosts are read the way inet_aton and URL parsers read them, so no resolver can read them differently. */
class NumericHostTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            127.0.0.1               | 127.0.0.1
            2130706433              | 127.0.0.1
            0x7f000001              | 127.0.0.1
            017700000001            | 127.0.0.1
            0177.0.0.1              | 127.0.0.1
            127.1                   | 127.0.0.1
            127.0.1                 | 127.0.0.1
            0x7f.1                  | 127.0.0.1
            0x7F.0X0.00.0x01        | 127.0.0.1
            192.168.257             | 192.168.1.1
            10.0x10203              | 10.1.2.3
            1.2.3.4.                | 1.2.3.4
            0                       | 0.0.0.0
            0x                      | 0.0.0.0
            4294967295              | 255.255.255.255
            255.255.255.255         | 255.255.255.255
            """)
    void parsesInetAtonForms(String host, String expected) throws Exception {
        assertThat(NumericHost.parseNumericHost(host)).contains(InetAddress.ofLiteral(expected));
    }

    @ParameterizedTest(name = "{0} agrees with the JDK's POSIX parser")
    @ValueSource(strings = {"2130706433", "0x7f000001", "017700000001", "0177.0.0.1", "127.1", "127.0.1", "0x7f.1",
            "0xa9.0376.43518", "192.168.257", "1.2.3.4", "0xffffffff", "037777777777"})
    void agreesWithTheJdkPosixParser(String host) throws Exception {
        assertThat(NumericHost.parseNumericHost(host)).contains(Inet4Address.ofPosixLiteral(host));
    }

    @ParameterizedTest(name = "[{0}] is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ::1                     | ::1
            [::1]                   | ::1
            [2606:2800:220:1::1]    | 2606:2800:220:1::1
            ::ffff:127.0.0.1        | 127.0.0.1
            64:ff9b::10.0.0.1       | 64:ff9b::a00:1
            """)
    void parsesIpv6LiteralsWithOrWithoutBrackets(String host, String expected) throws Exception {
        assertThat(NumericHost.parseNumericHost(host)).contains(InetAddress.ofLiteral(expected));
    }

    @ParameterizedTest(name = "{0} is a DNS name")
    @ValueSource(strings = {"example.com", "localhost", "1.2.3.example", "0x7f.example", "127.0.0.1x", "1e10",
            "0x7g", "example.com."})
    void leavesDnsNamesAlone(String host) throws Exception {
        assertThat(NumericHost.parseNumericHost(host)).isEmpty();
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"256.0.0.1", "1.2.3.256", "1.2.65536", "1.16777216", "4294967296", "99999999999999999999",
            "1.2.3.4.5", "08", "0.0.0.09", "1..2", ".1", "example.1", "x.0x7f", "[::1", "::1]", "::g", "[1.2.3.4]"})
    void refusesNumericLookingHostsThatAreNotAddresses(String host) {
        assertThatExceptionOfType(UnknownHostException.class).isThrownBy(() -> NumericHost.parseNumericHost(host));
    }
}
