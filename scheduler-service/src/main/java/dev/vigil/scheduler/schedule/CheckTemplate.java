package dev.vigil.scheduler.schedule;

import dev.vigil.contracts.monitor.CheckKind;
import dev.vigil.contracts.monitor.CheckSpec;
import dev.vigil.contracts.monitor.HttpCheck;
import dev.vigil.contracts.monitor.DnsCheck;
import dev.vigil.contracts.monitor.JsonAssertion;
import dev.vigil.contracts.monitor.KeywordRule;
import dev.vigil.contracts.monitor.TlsCheck;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A check without its target. The target is the one part that differs for nearly every monitor; the rest (kind,
 * timeout, headers, expected statuses, TLS settings) is the same for many, so the schedule keeps each distinct
 * template once and only the target per monitor. Equal to the template of an equal check, component by component.
 */
record CheckTemplate(CheckKind kind, int timeoutMs, @Nullable HttpCheck http, @Nullable KeywordRule keyword,
        List<JsonAssertion> jsonAssertions, @Nullable DnsCheck dns, @Nullable TlsCheck tls) {

    static CheckTemplate of(CheckSpec check) {
        return new CheckTemplate(check.kind(), check.timeoutMs(), check.http(), check.keyword(),
                check.jsonAssertions(), check.dns(), check.tls());
    }

    /**
     * The check with {@code target}: equal to the check this template was taken from, so a probe request carrying it
     * is written to the same bytes.
     */
    CheckSpec withTarget(String target) {
        return new CheckSpec(kind, target, timeoutMs, http, keyword, jsonAssertions, dns, tls);
    }

    /**
     * An equal template whose parts are the shared copies: a template of its own (a tenant's token with an unusual
     * timeout, say) still shares its headers and expected statuses with every other monitor that has them.
     */
    CheckTemplate withSharedParts(Interner interner) {
        return new CheckTemplate(kind, timeoutMs,
                http == null ? null : interner.intern(http, check -> sharedParts(check, interner)),
                keyword == null ? null : interner.intern(keyword), interner.intern(jsonAssertions),
                dns == null ? null : interner.intern(dns), tls == null ? null : interner.intern(tls));
    }

    /** Immutable maps and lists are taken as they are by the record, so the shared copies are what it holds. */
    private static HttpCheck sharedParts(HttpCheck check, Interner interner) {
        return new HttpCheck(check.method(), interner.intern(check.headers()), check.body(),
                interner.intern(check.expectedStatusCodes()), check.followRedirects(), check.maxBodyBytes());
    }
}
