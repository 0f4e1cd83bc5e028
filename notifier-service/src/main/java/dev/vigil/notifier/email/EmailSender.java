package dev.vigil.notifier.email;

import dev.vigil.contracts.alert.Alert;
import dev.vigil.contracts.channel.Channel;
import dev.vigil.contracts.channel.ChannelKind;
import dev.vigil.contracts.channel.ChannelTarget;
import dev.vigil.notifier.NotifierProperties;
import dev.vigil.notifier.delivery.ChannelSender;
import dev.vigil.notifier.delivery.SendResult;
import dev.vigil.notifier.message.AlertWording;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Sends alert mail as multipart text and HTML over the configured SMTP server. */
@Component
class EmailSender implements ChannelSender {

    private static final Logger log = LoggerFactory.getLogger(EmailSender.class);

    private final JavaMailSender mail;
    private final MailTemplates templates;
    private final AlertWording wording;
    private final String from;
    private final Map<String, Counter> failures;

    EmailSender(JavaMailSender mail, MailTemplates templates, AlertWording wording,
            NotifierProperties properties, MeterRegistry meters) {
        this.mail = mail;
        // Registered up front, so a rule on the 5xx rate sees a zero rather than no series before the first failure.
        this.failures = Stream.of(SmtpFailures.SmtpFailure.REPLY_CLASSES).collect(Collectors.toMap(Function.identity(),
                reply -> Counter.builder("vigil.notifier.smtp.failures")
                        .description("Failed SMTP sends by reply class: 4xx and none (no reply) are retried, "
                                + "5xx fail at once")
                        .tag("reply", reply).register(meters)));
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
            return failed(alert, SmtpFailures.classify(e));
        }
    }

    private SendResult failed(Alert alert, SmtpFailures.SmtpFailure failure) {
        if (failure.result() instanceof SendResult.Delivered) {
            return failure.result();
        }
        failures.get(failure.replyClass()).increment();
        log.atWarn().addKeyValue("alertId", alert.id()).addKeyValue("replyCode", failure.replyCode())
                .addKeyValue("retried", failure.result() instanceof SendResult.Retryable)
                .addKeyValue("error", failure.error()).log("SMTP send failed");
        return failure.result();
    }
}
