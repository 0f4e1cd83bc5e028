package dev.vigil.probe.net;

import dev.vigil.contracts.monitor.TlsCheck;
import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the chain the server presented before judging it, so a probe can report the certificate of a failed
 * handshake too (an expired certificate is exactly the one worth recording), then verifies as the check asks.
 */
final class RecordingTrustManager extends X509ExtendedTrustManager {

    private final X509ExtendedTrustManager delegate;
    private final TlsCheck settings;
    private final String host;
    private volatile X509Certificate @Nullable [] presented;

    RecordingTrustManager(X509ExtendedTrustManager delegate, TlsCheck settings, String host) {
        this.delegate = delegate;
        this.settings = settings;
        this.host = host;
    }

    @Nullable X509Certificate leaf() {
        X509Certificate[] chain = presented;
        return chain == null || chain.length == 0 ? null : chain[0];
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        presented = chain.clone();
        if (settings.verifyChain()) {
            delegate.checkServerTrusted(chain, authType, socket);
        } else if (settings.verifyHostname()) {
            HostnameMatcher.check(chain[0], host);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        throw new CertificateException("probes use sockets, not engines");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("probes verify with the socket, which carries the host name");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        throw new CertificateException("probes never accept client connections");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        throw new CertificateException("probes never accept client connections");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("probes never accept client connections");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return delegate.getAcceptedIssuers();
    }
}
