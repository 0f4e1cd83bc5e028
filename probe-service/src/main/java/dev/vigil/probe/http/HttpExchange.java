package dev.vigil.probe.http;

import dev.vigil.contracts.monitor.TlsCheck;
import dev.vigil.contracts.probe.CertificateInfo;
import dev.vigil.contracts.probe.ProbeErrorKind;
import dev.vigil.probe.net.Deadline;
import dev.vigil.probe.net.DeadlineInputStream;
import dev.vigil.probe.net.PhaseTimings;
import dev.vigil.probe.net.ProbeFailure;
import dev.vigil.probe.net.TargetDialer;
import dev.vigil.probe.net.TlsConnector;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ProtocolException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One request and its response on a connection of its own, which is closed afterwards (never pooled). */
final class HttpExchange {

    /** Framing and connection headers are the client's business; a check setting them would corrupt the exchange. */
    private static final Set<String> RESERVED_HEADERS =
            Set.of("host", "connection", "content-length", "transfer-encoding");
    private static final String USER_AGENT = "Vigil-Probe/1";

    private final TargetDialer dialer;
    private final TlsConnector tls;

    HttpExchange(TargetDialer dialer, TlsConnector tls) {
        this.dialer = dialer;
        this.tls = tls;
    }

    Response send(HttpTarget target, String method, Map<String, String> headers, @Nullable String body,
            TlsCheck tlsCheck, int bodyLimit, Deadline deadline, PhaseTimings timings) throws ProbeFailure {
        byte[] request = request(target, method, headers, body);
        Socket socket = dialer.open(target.host(), target.port(), deadline, timings);
        CertificateInfo certificate = null;
        try {
            if (target.https()) {
                var connection = tls.handshake(socket, target.host(), target.port(), tlsCheck, deadline, timings);
                socket = connection.socket();
                certificate = connection.certificate();
            }
            return exchange(socket, request, method, bodyLimit, deadline, timings, certificate);
        } catch (ProbeFailure failure) {
            throw failure.withCertificate(certificate);
        } finally {
            TargetDialer.closeQuietly(socket);
        }
    }

    private static Response exchange(Socket socket, byte[] request, String method, int bodyLimit,
            Deadline deadline, PhaseTimings timings, @Nullable CertificateInfo certificate) throws ProbeFailure {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            long sent = System.nanoTime();
            InputStream in = new BufferedInputStream(new DeadlineInputStream(socket, deadline));
            in.mark(1);
            if (in.read() == -1) {
                throw new ProtocolException("connection closed without an answer");
            }
            in.reset();
            timings.addTimeToFirstByte(System.nanoTime() - sent);
            ResponseHead head = HeadReader.read(in);
            byte[] responseBody = head.hasBody(method) ? BodyReader.read(in, head, bodyLimit) : new byte[0];
            return new Response(head, responseBody, certificate);
        } catch (SocketTimeoutException timeout) {
            throw new ProbeFailure(ProbeErrorKind.TIMEOUT, "no complete answer within the timeout", timeout);
        } catch (IOException broken) {
            throw new ProbeFailure(ProbeErrorKind.NETWORK_ERROR, "exchange failed: " + broken.getMessage(), broken);
        }
    }

    private static byte[] request(HttpTarget target, String method, Map<String, String> headers,
            @Nullable String body) throws ProbeFailure {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        var text = new StringBuilder()
                .append(method).append(' ').append(target.requestTarget()).append(" HTTP/1.1\r\n")
                .append("Host: ").append(target.hostHeader()).append("\r\n")
                .append("Connection: close\r\n");
        if (body != null) {
            text.append("Content-Length: ").append(content.length).append("\r\n");
        }
        boolean agent = false;
        for (var header : headers.entrySet()) {
            String name = header.getKey();
            requireSingleLine(name, header.getValue());
            if (!RESERVED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                text.append(name).append(": ").append(header.getValue()).append("\r\n");
                agent |= name.equalsIgnoreCase("user-agent");
            }
        }
        if (!agent) {
            text.append("User-Agent: ").append(USER_AGENT).append("\r\n");
        }
        byte[] head = text.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
        byte[] request = new byte[head.length + content.length];
        System.arraycopy(head, 0, request, 0, head.length);
        System.arraycopy(content, 0, request, head.length, content.length);
        return request;
    }

    private static void requireSingleLine(String name, String value) throws ProbeFailure {
        if (name.isBlank() || (name + value).chars().anyMatch(c -> c == '\r' || c == '\n')) {
            throw new ProbeFailure(ProbeErrorKind.INTERNAL, "header '" + name.strip() + "' is not a single line",
                    null);
        }
    }

    record Response(ResponseHead head, byte[] body, @Nullable CertificateInfo certificate) {
    }
}
