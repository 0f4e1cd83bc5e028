package dev.vigil.testkit.mail;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;

/**
 * A real SMTP server on a loopback socket whose answer to each message is scripted per recipient ({@link SmtpReply}:
 * accept, 4xx or 5xx after {@code RCPT TO} or after the content, a dropped connection), optionally offering or
 * requiring STARTTLS; it records every transaction, so a test sees what was tried as well as what was accepted.
 * Unscripted messages are accepted.
 */
public final class ScriptedSmtpServer implements AutoCloseable {

    private static final String NAME = "scripted-smtp.test";
    private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(50);

    private final ServerSocket socket;
    private final @Nullable SSLContext tls;
    private final boolean tlsRequired;
    private final Map<String, Queue<SmtpReply>> scripts = new ConcurrentHashMap<>();
    private final List<SmtpTransaction> transactions = new CopyOnWriteArrayList<>();
    private final Session parsing = Session.getInstance(new Properties());

    private ScriptedSmtpServer(@Nullable SSLContext tls, boolean tlsRequired) {
        this.tls = tls;
        this.tlsRequired = tlsRequired;
        try {
            this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the scripted SMTP server's port", e);
        }
        Thread.ofPlatform().name("scripted-smtp-" + port()).daemon().start(this::acceptConnections);
    }

    /** Plain SMTP without STARTTLS, as the local stack's catcher. */
    public static ScriptedSmtpServer start() {
        return new ScriptedSmtpServer(null, false);
    }

    /**
     * Offers STARTTLS with this server context, whose certificate must be for {@code localhost}; when
     * {@code required}, refuses mail before the TLS upgrade (530), as a server enforcing TLS does.
     */
    public static ScriptedSmtpServer startWithStartTls(SSLContext serverContext, boolean required) {
        return new ScriptedSmtpServer(serverContext, required);
    }

    /** By name when STARTTLS is offered, since the server certificate must be issued for {@code localhost}. */
    public String host() {
        return tls == null ? socket.getInetAddress().getHostAddress() : "localhost";
    }

    public int port() {
        return socket.getLocalPort();
    }

    /**
     * How Spring Mail reaches this server. A plain server turns STARTTLS off, as a local catcher needs; with STARTTLS
     * only the test certificate is trusted for {@code localhost}, and whether to use STARTTLS is left to the
     * service's own defaults.
     */
    public Map<String, String> springProperties() {
        Map<String, String> properties = new HashMap<>(Map.of(
                "spring.mail.host", host(), "spring.mail.port", String.valueOf(port())));
        if (tls == null) {
            properties.put("spring.mail.properties.mail.smtp.starttls.enable", "false");
            properties.put("spring.mail.properties.mail.smtp.starttls.required", "false");
        } else {
            properties.put("spring.mail.properties.mail.smtp.ssl.trust", "localhost");
        }
        return Map.copyOf(properties);
    }

    /** The answers to the next transactions to {@code recipient}, in order; afterwards mail to it is accepted. */
    public void script(String recipient, SmtpReply... replies) {
        scripts.computeIfAbsent(recipient.toLowerCase(Locale.ROOT), key -> new ConcurrentLinkedQueue<>())
                .addAll(List.of(replies));
    }

    /** Every transaction so far, oldest first, accepted or not. */
    public List<SmtpTransaction> transactions() {
        return List.copyOf(transactions);
    }

    public List<SmtpTransaction> transactionsTo(String recipient) {
        return transactions.stream().filter(transaction -> transaction.isTo(recipient)).toList();
    }

    /** The messages accepted for {@code recipient}, oldest first. */
    public List<ReceivedMail> acceptedFor(String recipient) {
        return transactionsTo(recipient).stream().filter(SmtpTransaction::accepted)
                .map(SmtpTransaction::message).toList();
    }

    /** Waits until {@code count} transactions to {@code recipient} have ended, however they ended. */
    public List<SmtpTransaction> awaitTransactionsTo(String recipient, int count, Duration timeout) {
        Awaitility.await(count + " SMTP transactions to " + recipient).atMost(timeout).pollInterval(POLL)
                .until(() -> transactionsTo(recipient).size() >= count);
        return transactionsTo(recipient);
    }

    /** Waits until {@code count} messages to {@code recipient} were accepted. */
    public List<ReceivedMail> awaitAcceptedFor(String recipient, int count, Duration timeout) {
        Awaitility.await(count + " accepted messages to " + recipient).atMost(timeout).pollInterval(POLL)
                .until(() -> acceptedFor(recipient).size() >= count);
        return acceptedFor(recipient);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void acceptConnections() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Thread.ofVirtual().start(() -> converse(client));
            } catch (IOException e) {
                // Closed by close(); the loop ends.
            }
        }
    }

    private void converse(Socket client) {
        var session = new Conversation(client);
        try (client) {
            client.setSoTimeout((int) SOCKET_TIMEOUT.toMillis());
            session.run();
        } catch (IOException e) {
            // The client went away; whatever transaction was open ends with it.
        } finally {
            session.finish(null);
        }
    }

    /** One client connection: the SMTP state machine and the transaction it has open. */
    private final class Conversation {

        private Socket connection;
        private InputStream in;
        private OutputStream out;
        private boolean secure;
        private @Nullable String from;
        private final List<String> recipients = new ArrayList<>();
        private @Nullable SmtpReply reply;

        Conversation(Socket connection) {
            this.connection = connection;
        }

        void run() throws IOException {
            streams();
            say("220 " + NAME + " ESMTP scripted");
            for (String line = readLine(); line != null; line = readLine()) {
                String verb = (line.length() >= 4 ? line.substring(0, 4) : line).toUpperCase(Locale.ROOT);
                switch (verb) {
                    case "EHLO" -> ehlo();
                    case "HELO", "NOOP" -> say("250 " + NAME);
                    case "STAR" -> startTls();
                    case "MAIL" -> mail(line);
                    case "RCPT" -> {
                        if (!recipient(line)) {
                            return;
                        }
                    }
                    case "DATA" -> {
                        if (!data()) {
                            return;
                        }
                    }
                    case "RSET" -> {
                        finish(null);
                        say("250 2.0.0 OK");
                    }
                    case "QUIT" -> {
                        say("221 2.0.0 Bye");
                        return;
                    }
                    default -> say("502 5.5.2 Command not recognized");
                }
            }
        }

        private void ehlo() throws IOException {
            List<String> lines = new ArrayList<>(List.of(NAME, "8BITMIME", "SIZE 10485760"));
            if (tls != null && !secure) {
                lines.add("STARTTLS");
            }
            for (int i = 0; i < lines.size(); i++) {
                say("250" + (i == lines.size() - 1 ? " " : "-") + lines.get(i));
            }
        }

        private void startTls() throws IOException {
            if (tls == null || secure) {
                say("502 5.5.1 STARTTLS not offered");
                return;
            }
            say("220 2.0.0 Ready to start TLS");
            SSLSocket upgraded = (SSLSocket) tls.getSocketFactory().createSocket(connection,
                    connection.getInetAddress().getHostAddress(), connection.getPort(), true);
            upgraded.setUseClientMode(false);
            upgraded.startHandshake();
            connection = upgraded;
            secure = true;
            finish(null);
            streams();
        }

        private void mail(String line) throws IOException {
            if (tlsRequired && !secure) {
                say("530 5.7.0 Must issue a STARTTLS command first");
                return;
            }
            finish(null);
            from = address(line);
            say("250 2.1.0 OK");
        }

        /** False when the scripted reply closed the connection. */
        private boolean recipient(String line) throws IOException {
            if (from == null) {
                say("503 5.5.1 MAIL first");
                return true;
            }
            String address = address(line);
            recipients.add(address);
            if (reply == null) {
                Queue<SmtpReply> script = scripts.get(address.toLowerCase(Locale.ROOT));
                SmtpReply next = script == null ? null : script.poll();
                reply = next == null ? SmtpReply.accept() : next;
            }
            if (reply.step() != SmtpReply.Step.RCPT_TO) {
                say("250 2.1.5 OK");
                return true;
            }
            say(reply.line());
            return reply.code() != 421;
        }

        /** False when the connection ends here, by a scripted drop or 421. */
        private boolean data() throws IOException {
            if (reply == null || reply.step() == SmtpReply.Step.RCPT_TO) {
                say("554 5.5.1 No valid recipients");
                return true;
            }
            say("354 End data with <CR><LF>.<CR><LF>");
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            for (String line = readLine(); !".".equals(line); line = readLine()) {
                if (line == null) {
                    throw new IOException("connection closed inside DATA");
                }
                content.writeBytes((line.startsWith(".") ? line.substring(1) : line)
                        .getBytes(StandardCharsets.ISO_8859_1));
                content.writeBytes(new byte[] {'\r', '\n'});
            }
            ReceivedMail message = parse(content.toByteArray());
            SmtpReply answer = reply;
            switch (answer.step()) {
                case ACCEPT -> say("250 2.0.0 OK queued");
                case END_OF_DATA -> say(answer.line());
                case DROP_AFTER_DATA -> {
                    finish(message);
                    return false;
                }
                case RCPT_TO -> throw new IllegalStateException("unreachable: refused before DATA");
            }
            finish(message);
            return answer.step() != SmtpReply.Step.END_OF_DATA || answer.code() != 421;
        }

        /** Records the open transaction, if any, and starts afresh. */
        void finish(@Nullable ReceivedMail message) {
            if (from != null && !recipients.isEmpty()) {
                transactions.add(new SmtpTransaction(from, recipients,
                        reply == null ? SmtpReply.accept() : reply, secure, message));
            }
            from = null;
            recipients.clear();
            reply = null;
        }

        private void streams() throws IOException {
            in = new BufferedInputStream(connection.getInputStream());
            out = connection.getOutputStream();
        }

        private void say(String line) throws IOException {
            out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }

        private @Nullable String readLine() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    return null;
                }
                line.write(b);
            }
            String text = line.toString(StandardCharsets.ISO_8859_1);
            return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
        }

        private static String address(String line) {
            int open = line.indexOf('<');
            int close = line.indexOf('>', open + 1);
            return open >= 0 && close > open ? line.substring(open + 1, close)
                    : line.substring(line.indexOf(':') + 1).strip();
        }
    }

    private ReceivedMail parse(byte[] content) {
        try {
            return ReceivedMail.of(new MimeMessage(parsing, new ByteArrayInputStream(content)));
        } catch (MessagingException e) {
            throw new IllegalStateException("Unreadable message content", e);
        }
    }
}
