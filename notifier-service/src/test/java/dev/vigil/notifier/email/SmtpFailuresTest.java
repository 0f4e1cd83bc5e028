package dev.vigil.notifier.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.notifier.delivery.SendResult;
import jakarta.mail.MessagingException;
import java.net.ConnectException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

class SmtpFailuresTest {

    @Test
    void aPermanentSmtpReplyIsNotRetried() {
        var rejected = new SMTPSendFailedException("DATA", 554, "554 5.7.1 message rejected", null, null, null, null);

        assertThat(SmtpFailures.classify(new MailSendException("failed", rejected)))
                .isInstanceOf(SendResult.Permanent.class);
    }

    @Test
    void aTransientSmtpReplyIsRetried() {
        var busy = new SMTPSendFailedException("DATA", 451, "451 4.3.0 try again later", null, null, null, null);

        assertThat(SmtpFailures.classify(new MailSendException("failed", busy)))
                .isInstanceOf(SendResult.Retryable.class);
    }

    @Test
    void aLostConnectionIsRetried() {
        var refused = new MessagingException("Could not connect to SMTP host", new ConnectException("refused"));

        assertThat(SmtpFailures.classify(new MailSendException("failed", refused)))
                .isInstanceOf(SendResult.Retryable.class);
    }
}
