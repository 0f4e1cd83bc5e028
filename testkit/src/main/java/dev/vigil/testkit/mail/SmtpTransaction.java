package dev.vigil.testkit.mail;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One mail transaction a client began on {@link ScriptedSmtpServer} ({@code MAIL FROM} onwards), how the server
 * answered it, whether it ran inside STARTTLS, and the message when the content was received.
 */
public record SmtpTransaction(String from, List<String> recipients, SmtpReply reply, boolean tls,
        @Nullable ReceivedMail message) {

    public SmtpTransaction {
        recipients = List.copyOf(recipients);
    }

    public boolean accepted() {
        return reply.step() == SmtpReply.Step.ACCEPT && message != null;
    }

    public boolean isTo(String address) {
        return recipients.contains(address);
    }
}
