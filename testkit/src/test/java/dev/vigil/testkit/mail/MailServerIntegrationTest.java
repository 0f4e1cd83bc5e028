package dev.vigil.testkit.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

@WithMail
class MailServerIntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Test
    void aMailSentOverSmtpIsReceivedWithItsTextAndHtmlParts(MailServer mail) throws Exception {
        send(mail, "alice@vigil.local", "[Vigil] api is DOWN", "3 failures in a row", "<b>3 failures</b> in a row");

        var received = mail.awaitMessagesTo("alice@vigil.local", 1, TIMEOUT);

        assertThat(received).singleElement().satisfies(message -> {
            assertThat(message.subject()).isEqualTo("[Vigil] api is DOWN");
            assertThat(message.from()).isEqualTo("vigil@vigil.local");
            assertThat(message.text()).contains("3 failures in a row");
            assertThat(message.html()).contains("<b>3 failures</b>");
        });
    }

    @Test
    void awaitingMailThatNeverCameFailsNamingTheShortfall(MailServer mail) {
        assertThatThrownBy(
                        () -> mail.awaitMessagesTo("nobody@vigil.local", 1, Duration.ofMillis(300)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("found 0");
    }

    private static void send(MailServer mail, String to, String subject, String text, String html) throws Exception {
        var properties = new Properties();
        properties.put("mail.smtp.host", mail.smtpHost());
        properties.put("mail.smtp.port", String.valueOf(mail.smtpPort()));
        var message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("vigil@vigil.local"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject);
        var textPart = new MimeBodyPart();
        textPart.setText(text, "UTF-8");
        var htmlPart = new MimeBodyPart();
        htmlPart.setContent(html, "text/html; charset=UTF-8");
        message.setContent(new MimeMultipart("alternative", textPart, htmlPart));
        Transport.send(message);
    }
}
