package dev.vigil.probe.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.contracts.monitor.DnsRecordType;
import dev.vigil.contracts.probe.ProbeErrorKind;
import dev.vigil.probe.support.Checks;
import dev.vigil.probe.support.LocalDnsServer;
import dev.vigil.probe.support.TestProbeProperties;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;

class DnsProbeTest {

    private static final long TTL = 300;

    private static LocalDnsServer dns;
    private static Prober prober;

    @BeforeAll
    static void startDns() throws TextParseException, UnknownHostException {
        Name site = Name.fromString("status.vigil.test.");
        dns = new LocalDnsServer()
                .add(new ARecord(site, DClass.IN, TTL, InetAddress.getByName("192.0.2.10")))
                .add(new ARecord(site, DClass.IN, TTL, InetAddress.getByName("192.0.2.11")))
                .add(new TXTRecord(site, DClass.IN, TTL, "v=spf1 -all"))
                .add(new MXRecord(site, DClass.IN, TTL, 10, Name.fromString("mail.vigil.test.")));
        prober = TestProbeProperties.loopbackProber(Map.of("dns.resolver", dns.address()));
    }

    @AfterAll
    static void stopDns() {
        dns.close();
    }

    @Test
    void an_a_record_is_up_with_the_lookup_timed() {
        ProbeOutcome outcome = prober.probe(Checks.dns("status.vigil.test", DnsRecordType.A, null));

        assertThat(outcome.up()).isTrue();
        assertThat(outcome.timings().dnsMs()).isNotNull().isGreaterThan(0.0);
        assertThat(outcome.timings().connectMs()).isNull();
    }

    @Test
    void an_expected_address_among_the_answers_is_up() {
        assertThat(prober.probe(Checks.dns("status.vigil.test", DnsRecordType.A, "192.0.2.11")).up()).isTrue();
    }

    @Test
    void an_expected_address_missing_from_the_answers_is_down_as_dns_mismatch() {
        ProbeOutcome outcome = prober.probe(Checks.dns("status.vigil.test", DnsRecordType.A, "192.0.2.99"));

        assertThat(outcome.errorKind()).isEqualTo(ProbeErrorKind.DNS_MISMATCH);
        assertThat(outcome.message()).contains("192.0.2.10", "192.0.2.11");
    }

    @Test
    void a_txt_record_matches_its_expected_text() {
        assertThat(prober.probe(Checks.dns("status.vigil.test", DnsRecordType.TXT, "v=spf1 -all")).up()).isTrue();
        assertThat(prober.probe(Checks.dns("status.vigil.test", DnsRecordType.TXT, "v=spf1 +all")).errorKind())
                .isEqualTo(ProbeErrorKind.DNS_MISMATCH);
    }

    @Test
    void an_mx_record_matches_by_its_host() {
        assertThat(prober.probe(Checks.dns("status.vigil.test", DnsRecordType.MX, "mail.vigil.test.")).up())
                .isTrue();
    }

    @Test
    void a_name_that_does_not_exist_is_down_as_dns_failure() {
        ProbeOutcome outcome = prober.probe(Checks.dns("missing.vigil.test", DnsRecordType.A, null));

        assertThat(outcome.errorKind()).isEqualTo(ProbeErrorKind.DNS_FAILURE);
        assertThat(outcome.message()).contains("NXDOMAIN");
    }

    @Test
    void a_name_without_records_of_the_type_is_down_as_dns_failure() {
        assertThat(prober.probe(Checks.dns("status.vigil.test", DnsRecordType.AAAA, null)).errorKind())
                .isEqualTo(ProbeErrorKind.DNS_FAILURE);
    }
}
