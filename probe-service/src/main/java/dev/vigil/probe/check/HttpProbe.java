package dev.vigil.probe.check;

import dev.vigil.contracts.monitor.CheckSpec;
import dev.vigil.contracts.monitor.HttpCheck;
import dev.vigil.contracts.monitor.KeywordRule;
import dev.vigil.contracts.monitor.TlsCheck;
import dev.vigil.contracts.probe.FailedAssertion;
import dev.vigil.contracts.probe.ProbeErrorKind;
import dev.vigil.contracts.probe.ProbeTimings;
import dev.vigil.probe.http.FetchedResponse;
import dev.vigil.probe.http.HttpFetcher;
import dev.vigil.probe.net.Deadline;
import dev.vigil.probe.net.PhaseTimings;
import dev.vigil.probe.net.ProbeFailure;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/** http and keyword checks: fetch, then judge status, keyword and JSON assertions, in that order. */
final class HttpProbe {

    private final HttpFetcher fetcher;
    private final SealedHeaders sealedHeaders;

    HttpProbe(HttpFetcher fetcher, SealedHeaders sealedHeaders) {
        this.fetcher = fetcher;
        this.sealedHeaders = sealedHeaders;
    }

    ProbeOutcome run(CheckSpec spec, Deadline deadline, PhaseTimings timings) throws ProbeFailure {
        HttpCheck http = Objects.requireNonNull(spec.http(), "an http check carries http settings");
        TlsCheck tls = Objects.requireNonNullElse(spec.tls(), TlsCheck.STRICT);
        FetchedResponse response = fetcher.fetch(spec.target(), sealedHeaders.opened(http), tls, deadline, timings);
        ProbeTimings measured = timings.finish();
        return judge(spec, http, response, measured).withStatus(response.status(), response.certificate());
    }

    private static ProbeOutcome judge(CheckSpec spec, HttpCheck http, FetchedResponse response,
            ProbeTimings measured) {
        if (!http.expects(response.status())) {
            return ProbeOutcome.down(ProbeErrorKind.UNEXPECTED_STATUS,
                    "status " + response.status() + " is not among the expected codes", measured);
        }
        KeywordRule keyword = spec.keyword();
        boolean readsBody = keyword != null || !spec.jsonAssertions().isEmpty();
        String text = readsBody ? response.text() : "";
        if (keyword != null && !KeywordMatcher.satisfied(keyword, text)) {
            return ProbeOutcome.down(ProbeErrorKind.KEYWORD_MISMATCH, KeywordMatcher.describeMiss(keyword), measured);
        }
        List<FailedAssertion> failed = JsonAssertions.failed(spec.jsonAssertions(), text);
        if (!failed.isEmpty()) {
            return ProbeOutcome.down(ProbeErrorKind.ASSERTION_FAILED, describe(failed), measured)
                    .withFailedAssertions(failed);
        }
        return ProbeOutcome.up(measured, response.status(), response.certificate());
    }

    private static String describe(List<FailedAssertion> failed) {
        return failed.stream()
                .map(miss -> miss.assertion().path() + " "
                        + miss.assertion().operator().name().toLowerCase(Locale.ROOT) + " "
                        + Objects.requireNonNullElse(miss.assertion().value(), "") + " (found " + miss.actual() + ")")
                .collect(Collectors.joining("; ", "JSON assertions failed: ", ""));
    }
}
