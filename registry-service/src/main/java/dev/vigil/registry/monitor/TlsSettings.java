package dev.vigil.registry.monitor;

import dev.vigil.contracts.monitor.TlsCheck;
import org.jspecify.annotations.Nullable;

/** The certificate checks of a request; an absent flag stays strict, so leaving it out never weakens a check. */
record TlsSettings(@Nullable Boolean verifyHostname, @Nullable Boolean verifyChain) {

    static TlsSettings of(TlsCheck tls) {
        return new TlsSettings(tls.verifyHostname(), tls.verifyChain());
    }

    TlsCheck toCheck() {
        return new TlsCheck(verifyHostname == null || verifyHostname, verifyChain == null || verifyChain);
    }
}
