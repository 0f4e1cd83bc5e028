package dev.vigil.probe.check;

import dev.vigil.contracts.monitor.DnsRecordType;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.Address;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Record;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;

/** How answers of each record type read as text, and when one matches the value a check expects. */
final class DnsAnswers {

    private DnsAnswers() {
    }

    static int type(DnsRecordType recordType) {
        return switch (recordType) {
            case A -> Type.A;
            case AAAA -> Type.AAAA;
            case CNAME -> Type.CNAME;
            case MX -> Type.MX;
            case TXT -> Type.TXT;
        };
    }

    /** Names without the final dot; an MX answer as "priority host"; TXT strings joined, as RFC 7208 reads them. */
    static String text(Record answer) {
        return switch (answer) {
            case ARecord a -> a.getAddress().getHostAddress();
            case AAAARecord aaaa -> aaaa.getAddress().getHostAddress();
            case CNAMERecord cname -> cname.getTarget().toString(true);
            case MXRecord mx -> mx.getPriority() + " " + mx.getTarget().toString(true);
            case TXTRecord txt -> String.join("", txt.getStrings());
            default -> answer.rdataToString();
        };
    }

    /**
     * Addresses compare as addresses ({@code ::1} equals {@code 0:0:0:0:0:0:0:1}), names ignore case and the final
     * dot, MX also matches by host alone, TXT exactly.
     */
    static boolean matches(DnsRecordType recordType, String answer, String expected) {
        return switch (recordType) {
            case A, AAAA -> sameAddress(answer, expected);
            case CNAME -> name(answer).equals(name(expected));
            case MX -> name(answer).equals(name(expected))
                    || name(answer.substring(answer.indexOf(' ') + 1)).equals(name(expected));
            case TXT -> answer.equals(expected);
        };
    }

    private static boolean sameAddress(String answer, String expected) {
        try {
            InetAddress wanted = Address.getByAddress(expected.trim());
            return Address.getByAddress(answer).equals(wanted);
        } catch (UnknownHostException notAnAddress) {
            return answer.equalsIgnoreCase(expected.trim());
        }
    }

    private static String name(String value) {
        String trimmed = value.trim().toLowerCase(Locale.ROOT);
        return trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
