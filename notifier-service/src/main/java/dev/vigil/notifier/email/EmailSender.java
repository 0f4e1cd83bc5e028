package dev.vigil.notifier.email;

import dev.vigil.contracts.alert.Alert;
import dev.vigil.contracts.channel.Channel;
import dev.vigil.contracts.channel.ChannelKind;
import dev.vigil.contracts.channel.ChannelTarget;
import dev.vigil.notifier.NotifierProperties;
import dev.vigil.notifier.delivery.ChannelSender;
import dev.vigil.notifier.delivery.SendResult;
import dev.vigil.notifier.message.AlertWording;
import jakarta.mail.MessagingException;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Sends alert mail as multipart text and HTML over the configured SMTP server. */
@Component
class EmailSender implements ChannelSender {

    private final JavaMailSender mail;
    private final MailTemplates templates;
    private final AlertWording wording;
    private final String from;

    EmailSender(JavaMailSender mail, MailTemplates templates, AlertWording wording,
            NotifierProperties properties) {
        this.mail = mail;
        this.templates = templates;
        this.wording = wording;
        this.from = properties.email().from();
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.EMAIL;
    }

    @Override
    public SendResult send(Alert alert, Channel channel) {
        if (!(channel.target() instanceof ChannelTarget.Email email)) {
            return new SendResult.Permanent("not an email channel");
        }
        try {
            var message = mail.createMimeMessage();
            var helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(email.address());
            helper.setSubject(wording.subject(alert));
            helper.setText(templates.text(alert), templates.html(alert));
            message.setHeader("X-Vigil-Alert-Id", alert.id().toString());
            mail.send(message);
            return new SendResult.Delivered();
        } catch (MessagingException e) {
            return new SendResult.Permanent("message could not be built: " + e.getMessage());
        } catch (MailException e) {
            return SmtpFailures.classify(e);
        }
    }
}
