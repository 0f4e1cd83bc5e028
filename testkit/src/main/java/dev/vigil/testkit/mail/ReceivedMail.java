package dev.vigil.testkit.mail;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A received message reduced to what tests assert on: envelope, subject, the text and HTML bodies, and the id of the
 * alert it announces (header {@value #ALERT_ID_HEADER}), by which a test counts deliveries.
 */
public record ReceivedMail(String from, List<String> to, String subject, @Nullable String text, @Nullable String html,
        @Nullable String alertId) {

    public static final String ALERT_ID_HEADER = "X-Vigil-Alert-Id";

    static ReceivedMail of(MimeMessage message) {
        try {
            return new ReceivedMail(
                    addresses(message.getFrom()).stream().findFirst().orElse(""),
                    addresses(message.getRecipients(Message.RecipientType.TO)),
                    Optional.ofNullable(message.getSubject()).orElse(""),
                    firstPart(message, "text/plain"),
                    firstPart(message, "text/html"),
                    message.getHeader(ALERT_ID_HEADER, null));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Could not read received message", e);
        }
    }

    private static List<String> addresses(Address @Nullable [] addresses) {
        return addresses == null ? List.of() : Arrays.stream(addresses).map(Address::toString).toList();
    }

    private static @Nullable String firstPart(Part part, String mimeType) throws MessagingException, IOException {
        if (part.isMimeType(mimeType) && part.getContent() instanceof String content) {
            return content;
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = firstPart(child, mimeType);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
