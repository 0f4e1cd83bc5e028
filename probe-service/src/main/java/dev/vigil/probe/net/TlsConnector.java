package dev.vigil.probe.net;

import dev.vigil.contracts.monitor.TlsCheck;
import dev.vigil.contracts.probe.CertificateInfo;
import dev.vigil.contracts.probe.ProbeErrorKind;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import org.jspecify.annotations.Nullable;

/**
 * Runs the TLS handshake on an already connected socket, so the handshake is timed apart from the TCP connect. A
 * fresh {@link SSLContext} per handshake means no session is ever resumed: every probe pays, and measures, a full
 * handshake, as a new visitor would.
 */
public final class TlsConnector {

    private static final String HOSTNAME_VERIFICATION = "HTTPS";

    private final TrustMaterial trust;

    public TlsConnector(TrustMaterial trust) {
        this.trust = trust;
    }

    /** Upgrades the socket; on failure the socket is closed and the failure carries the certificate seen, if any. */
    public TlsConnection handshake(Socket connected, String host, int port, TlsCheck settings, Deadline deadline,
            PhaseTimings timings) throws ProbeFailure {
        var recorder = new RecordingTrustManager(trust.trustManager(), settings, host);
        long start = System.nanoTime();
        SSLSocket socket = null;
        try {
            socket = layer(connected, host, port, settings, recorder);
            socket.setSoTimeout(deadline.remainingMillis());
            socket.startHandshake();
            timings.addTls(System.nanoTime() - start);
            return new TlsConnection(socket, CertificateDescription.of(leaf(socket, recorder)));
        } catch (IOException failed) {
            timings.addTls(System.nanoTime() - start);
            TargetDialer.closeQuietly(socket == null ? connected : socket);
            throw failure(failed, recorder);
        }
    }

    private SSLSocket layer(Socket connected, String host, int port, TlsCheck settings,
            RecordingTrustManager recorder) throws IOException {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {recorder}, null);
            var socket = (SSLSocket) context.getSocketFactory().createSocket(connected, host, port, true);
            SSLParameters parameters = socket.getSSLParameters();
            if (settings.verifyChain() && settings.verifyHostname()) {
                parameters.setEndpointIdentificationAlgorithm(HOSTNAME_VERIFICATION);
            }
            if (!Hosts.isIpLiteral(host)) {
                parameters.setServerNames(List.of(new SNIHostName(host)));
            }
            socket.setSSLParameters(parameters);
            return socket;
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("TLS is not available in this JVM", unavailable);
        }
    }

    private static X509Certificate leaf(SSLSocket socket, RecordingTrustManager recorder) throws IOException {
        X509Certificate leaf = recorder.leaf();
        return leaf != null ? leaf : (X509Certificate) socket.getSession().getPeerCertificates()[0];
    }

    private static ProbeFailure failure(IOException failed, RecordingTrustManager recorder) {
        X509Certificate leaf = recorder.leaf();
        @Nullable CertificateInfo seen = leaf == null ? null : CertificateDescription.of(leaf);
        if (failed instanceof SocketTimeoutException) {
            return new ProbeFailure(ProbeErrorKind.TIMEOUT, "TLS handshake timed out", failed, seen);
        }
        return new ProbeFailure(ProbeErrorKind.TLS_ERROR, "TLS handshake failed: " + failed.getMessage(), failed,
                seen);
    }

    /** A handshaken connection and the certificate the server proved itself with. */
    public record TlsConnection(SSLSocket socket, CertificateInfo certificate) {
    }
}
