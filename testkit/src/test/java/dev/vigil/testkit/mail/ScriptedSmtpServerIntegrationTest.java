package dev.vigil.testkit.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.testkit.tls.TestCertificates;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ScriptedSmtpServerIntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String TO = "ops@vigil.test";

    private static ScriptedSmtpServer plain;

    @BeforeAll
    static void startServer() {
        plain = ScriptedSmtpServer.start();
    }

    @AfterAll
    static void stopServer() {
        plain.close();
    }

    @Test
    void anUnscriptedMessageIsAcceptedAndReadable() throws Exception {
        String to = "unscripted@vigil.test";

        send(plain, to, "api is down", Map.of());

        assertThat(plain.awaitAcceptedFor(to, 1, TIMEOUT)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("api is down");
            assertThat(mail.text()).contains("body of api is down");
        });
    }

    @Test
    void aRecipientRefusedWith550FailsTheSendWithThatCodeAndIsRecordedAsRefused() {
        String to = "unknown@vigil.test";
        plain.script(to, SmtpReply.atRecipient(550));

        assertThatThrownBy(() -> send(plain, to, "refused", Map.of())).isInstanceOf(MessagingException.class)
                .satisfies(e -> assertThat(codeIn(e)).isEqualTo(550));

        assertThat(plain.awaitTransactionsTo(to, 1, TIMEOUT)).singleElement()
                .satisfies(transaction -> assertThat(transaction.accepted()).isFalse());
    }

    @Test
    void aScriptedReplyAnswersOneTransactionAndTheNextIsAccepted() throws Exception {
        String to = "busy@vigil.test";
        plain.script(to, SmtpReply.atEndOfData(451));

        assertThatThrownBy(() -> send(plain, to, "first", Map.of()))
                .satisfies(e -> assertThat(codeIn(e)).isEqualTo(451));
        send(plain, to, "second", Map.of());

        assertThat(plain.awaitTransactionsTo(to, 2, TIMEOUT)).extracting(SmtpTransaction::accepted)
                .containsExactly(false, true);
        assertThat(plain.acceptedFor(to)).extracting(ReceivedMail::subject).containsExactly("second");
    }

    @Test
    void a421ClosesTheConnection() {
        String to = "closing@vigil.test";
        plain.script(to, SmtpReply.atEndOfData(421));

        assertThatThrownBy(() -> send(plain, to, "closing", Map.of()))
                .satisfies(e -> assertThat(codeIn(e)).isEqualTo(421));

        assertThat(plain.awaitTransactionsTo(to, 1, TIMEOUT)).singleElement()
                .satisfies(transaction -> assertThat(transaction.accepted()).isFalse());
    }

    @Test
    void aConnectionDroppedAfterTheContentFailsTheSendWithoutAReplyCode() {
        String to = "dropped@vigil.test";
        plain.script(to, SmtpReply.dropAfterData());

        assertThatThrownBy(() -> send(plain, to, "dropped", Map.of())).isInstanceOf(MessagingException.class)
                .satisfies(e -> assertThat(codeIn(e)).isNotPositive());

        assertThat(plain.awaitTransactionsTo(to, 1, TIMEOUT)).singleElement().satisfies(transaction -> {
            assertThat(transaction.accepted()).isFalse();
            assertThat(transaction.message()).isNotNull();
        });
    }

    @Test
    void aServerRequiringStartTlsRefusesPlainMailAndAcceptsItAfterTheUpgrade() throws Exception {
        var certificates = new TestCertificates();
        var context = certificates.server("localhost", Instant.now().minusSeconds(60),
                Instant.now().plus(Duration.ofDays(1)));
        try (var server = ScriptedSmtpServer.startWithStartTls(context, true)) {
            assertThatThrownBy(() -> send(server, TO, "plain", Map.of()))
                    .satisfies(e -> assertThat(codeIn(e)).isEqualTo(530));

            send(server, TO, "upgraded", Map.of("mail.smtp.starttls.enable", "true",
                    "mail.smtp.starttls.required", "true", "mail.smtp.ssl.trust", "*"));

            assertThat(server.awaitAcceptedFor(TO, 1, TIMEOUT)).extracting(ReceivedMail::subject)
                    .containsExactly("upgraded");
            assertThat(server.transactionsTo(TO)).singleElement()
                    .satisfies(transaction -> assertThat(transaction.tls()).isTrue());
        }
    }

    /**
     * Sends as Spring's mail sender does: the failure of the message itself is thrown, not the failed QUIT after a
     * server closed the connection (which {@link Transport#send} would throw instead).
     */
    private static void send(ScriptedSmtpServer server, String to, String subject, Map<String, String> settings)
            throws MessagingException {
        var properties = new Properties();
        // By name, which the test certificate is issued for.
        properties.put("mail.smtp.host", "localhost");
        properties.put("mail.smtp.port", String.valueOf(server.port()));
        properties.put("mail.smtp.timeout", String.valueOf(TIMEOUT.toMillis()));
        properties.putAll(settings);
        Session session = Session.getInstance(properties);
        var message = new MimeMessage(session);
        message.setFrom(new InternetAddress("vigil@vigil.test"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject);
        message.setText("body of " + subject, "UTF-8");
        message.saveChanges();
        Transport transport = session.getTransport("smtp");
        transport.connect();
        try {
            transport.sendMessage(message, message.getAllRecipients());
        } finally {
            try {
                transport.close();
            } catch (MessagingException closing) {
                // The server may already have closed the connection; the send's own outcome is what counts.
            }
        }
    }

    /** The SMTP reply code a Jakarta Mail failure carries somewhere in its chain; not positive when none came. */
    private static int codeIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof SMTPAddressFailedException address) {
                return address.getReturnCode();
            }
            if (cause instanceof SMTPSendFailedException sent) {
                return sent.getReturnCode();
            }
        }
        return 0;
    }

    private static Throwable next(Throwable cause) {
        return cause instanceof MessagingException messaging && messaging.getNextException() != null
                ? messaging.getNextException() : cause.getCause();
    }
}
