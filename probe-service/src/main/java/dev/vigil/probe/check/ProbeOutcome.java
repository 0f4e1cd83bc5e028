package dev.vigil.probe.check;

import dev.vigil.contracts.probe.CertificateInfo;
import dev.vigil.contracts.probe.FailedAssertion;
import dev.vigil.contracts.probe.ProbeErrorKind;
import dev.vigil.contracts.probe.ProbeTimings;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** What one probe found, before it is addressed to a monitor and region as a result. */
public record ProbeOutcome(
        boolean up,
        @Nullable Integer statusCode,
        @Nullable ProbeErrorKind errorKind,
        ProbeTimings timings,
        @Nullable CertificateInfo certificate,
        List<FailedAssertion> failedAssertions,
        @Nullable String message) {

    public ProbeOutcome {
        failedAssertions = List.copyOf(failedAssertions);
    }

    static ProbeOutcome up(ProbeTimings timings, @Nullable Integer statusCode, @Nullable CertificateInfo certificate) {
        return new ProbeOutcome(true, statusCode, null, timings, certificate, List.of(), null);
    }

    static ProbeOutcome down(ProbeErrorKind kind, String message, ProbeTimings timings) {
        return new ProbeOutcome(false, null, kind, timings, null, List.of(), message);
    }

    ProbeOutcome withStatus(@Nullable Integer status, @Nullable CertificateInfo seen) {
        return new ProbeOutcome(up, status, errorKind, timings, seen, failedAssertions, message);
    }

    ProbeOutcome withFailedAssertions(List<FailedAssertion> failed) {
        return new ProbeOutcome(up, statusCode, errorKind, timings, certificate, failed, message);
    }

    /** The metric tag of this outcome: {@code up}, or the error kind's wire name. */
    public String tag() {
        return errorKind == null ? "up" : errorKind.name().toLowerCase(Locale.ROOT);
    }
}
