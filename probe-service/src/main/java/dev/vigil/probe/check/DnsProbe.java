package dev.vigil.probe.check;

import dev.vigil.contracts.monitor.CheckSpec;
import dev.vigil.contracts.monitor.DnsCheck;
import dev.vigil.contracts.monitor.DnsRecordType;
import dev.vigil.contracts.probe.ProbeErrorKind;
import dev.vigil.probe.net.Deadline;
import dev.vigil.probe.net.PhaseTimings;
import dev.vigil.probe.net.ProbeFailure;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.Section;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * dns checks: one query (dnsjava) of the configured resolver, without any cache, so the answer is what the
 * resolver says now; up when there is an answer of the asked type and, if the check expects a value, it is among
 * the answers.
 */
final class DnsProbe {

    private final DnsResolvers resolvers;

    DnsProbe(DnsResolvers resolvers) {
        this.resolvers = resolvers;
    }

    ProbeOutcome run(CheckSpec spec, Deadline deadline, PhaseTimings timings) throws ProbeFailure {
        DnsCheck dns = Objects.requireNonNull(spec.dns(), "a dns check carries dns settings");
        long start = System.nanoTime();
        List<String> answers = query(spec.target(), dns.recordType(), deadline);
        timings.addDns(System.nanoTime() - start);
        String expected = dns.expectedValue();
        if (expected != null && answers.stream().noneMatch(answer -> DnsAnswers.matches(dns.recordType(),
                answer, expected))) {
            return ProbeOutcome.down(ProbeErrorKind.DNS_MISMATCH,
                    "expected '" + expected + "' among " + answers, timings.finish());
        }
        return ProbeOutcome.up(timings.finish(), null, null);
    }

    private List<String> query(String domain, DnsRecordType recordType, Deadline deadline) throws ProbeFailure {
        int type = DnsAnswers.type(recordType);
        try {
            Resolver resolver = resolvers.create();
            resolver.setTimeout(Duration.ofMillis(deadline.remainingMillis()));
            Message response = resolver.send(Message.newQuery(
                    Record.newRecord(Name.fromString(domain, Name.root), type, DClass.IN)));
            if (response.getRcode() != Rcode.NOERROR) {
                throw failure(domain + " " + Type.string(type) + ": " + Rcode.string(response.getRcode()), null);
            }
            List<String> answers = response.getSection(Section.ANSWER).stream()
                    .filter(answer -> answer.getType() == type)
                    .map(DnsAnswers::text)
                    .toList();
            if (answers.isEmpty()) {
                throw failure(domain + " has no " + Type.string(type) + " record", null);
            }
            return answers;
        } catch (TextParseException badName) {
            throw failure("'" + domain + "' is not a domain name", badName);
        } catch (IOException unanswered) {
            ProbeErrorKind kind = deadline.passed() ? ProbeErrorKind.TIMEOUT : ProbeErrorKind.DNS_FAILURE;
            throw new ProbeFailure(kind, "no answer for " + domain + ": " + unanswered.getMessage(), unanswered);
        }
    }

    private static ProbeFailure failure(String message, @Nullable Throwable cause) {
        return new ProbeFailure(ProbeErrorKind.DNS_FAILURE, message, cause);
    }
}
