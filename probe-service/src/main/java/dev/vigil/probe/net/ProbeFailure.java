package dev.vigil.probe.net;

import dev.vigil.contracts.probe.CertificateInfo;
import dev.vigil.contracts.probe.ProbeErrorKind;
import org.jspecify.annotations.Nullable;

/** A probe that ended as down, classified where the failure happened, because the phase decides the kind. */
public final class ProbeFailure extends Exception {

    private final ProbeErrorKind kind;
    private final @Nullable CertificateInfo certificate;

    public ProbeFailure(ProbeErrorKind kind, String message, @Nullable Throwable cause) {
        this(kind, message, cause, null);
    }

    public ProbeFailure(ProbeErrorKind kind, @Nullable String message, @Nullable Throwable cause,
            @Nullable CertificateInfo certificate) {
        super(message, cause);
        this.kind = kind;
        this.certificate = certificate;
    }

    public ProbeErrorKind kind() {
        return kind;
    }

    /** The same failure, now knowing the certificate of the connection it happened on. */
    public ProbeFailure withCertificate(@Nullable CertificateInfo seen) {
        if (seen == null || certificate != null) {
            return this;
        }
        return new ProbeFailure(kind, getMessage(), getCause(), seen);
    }

    /** The certificate the server presented before the failure, when the handshake got that far. */
    public @Nullable CertificateInfo certificate() {
        return certificate;
    }
}
