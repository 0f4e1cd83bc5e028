package dev.vigil.notifier.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.notifier.delivery.SendResult;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ConnectException;
import java.net.SocketException;
import java.util.Map;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

/**
 * Each failure is built as Spring's JavaMailSenderImpl builds it: a rejected message has no cause and sits in the
 * failed messages, a connection failure has both, a failed close after a sent message has a cause and no failed
 * messages.
 */
class SmtpFailuresTest {

    private final MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));

    @Test
    void aMessageRejectedWith554AfterItsContentIsPermanent() {
        var rejected = new SMTPSendFailedException(".", 554, "554 5.7.1 message rejected", null, null, null, null);

        var failure = SmtpFailures.classify(new MailSendException(Map.of(message, rejected)));

        assertThat(failure.result()).isInstanceOf(SendResult.Permanent.class);
        assertThat(failure.replyClass()).isEqualTo("5xx");
    }

    @Test
    void aRecipientRejectedWith550IsPermanent() throws Exception {
        var unknown = new SMTPAddressFailedException(new InternetAddress("x@example.test"),
                "RCPT TO:<x@example.test>", 550, "550 5.1.1 no such user");
        var invalid = new SendFailedException("Invalid Addresses", unknown);

        var failure = SmtpFailures.classify(new MailSendException(Map.of(message, invalid)));

        assertThat(failure.result()).isInstanceOf(SendResult.Permanent.class);
        assertThat(failure.replyCode()).isEqualTo(550);
    }

    @Test
    void aTransientReplyIsRetried() {
        var busy = new SMTPSendFailedException(".", 451, "451 4.3.0 try again later", null, null, null, null);

        var failure = SmtpFailures.classify(new MailSendException(Map.of(message, busy)));

        assertThat(failure.result()).isInstanceOf(SendResult.Retryable.class);
        assertThat(failure.replyClass()).isEqualTo("4xx");
    }

    @Test
    void aRefusedConnectionIsRetried() {
        var refused = new MessagingException("Could not connect to SMTP host", new ConnectException("refused"));

        var failure = SmtpFailures.classify(
                new MailSendException("Mail server connection failed", refused, Map.of(message, refused)));

        assertThat(failure.result()).isInstanceOf(SendResult.Retryable.class);
        assertThat(failure.replyClass()).isEqualTo("none");
    }

    @Test
    void aFailedCloseAfterTheMessageWasSentCountsAsDelivered() {
        var quit = new MessagingException("Can't send command to SMTP host", new SocketException("reset"));

        var failure = SmtpFailures.classify(
                new MailSendException("Failed to close server connection after message sending", quit));

        assertThat(failure.result()).isInstanceOf(SendResult.Delivered.class);
    }
}
