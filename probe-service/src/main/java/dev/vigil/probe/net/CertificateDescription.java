package dev.vigil.probe.net;

import dev.vigil.contracts.probe.CertificateInfo;
import java.security.cert.X509Certificate;

/** Turns the server's leaf certificate into what a result records. */
final class CertificateDescription {

    private CertificateDescription() {
    }

    static CertificateInfo of(X509Certificate leaf) {
        return new CertificateInfo(leaf.getNotAfter().toInstant(),
                leaf.getIssuerX500Principal().getName(), leaf.getSubjectX500Principal().getName());
    }
}
