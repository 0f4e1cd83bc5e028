package dev.vigil.notifier.email;

import dev.vigil.notifier.delivery.SendResult;
import jakarta.mail.MessagingException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.jspecify.annotations.Nullable;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;

/**
 * Sorts SMTP failures by the server's real reply code. Spring reports a rejected message as a
 * {@link MailSendException} without a cause, the reply sitting in its failed messages, so both are searched: a 5xx
 * is the server's final word (unknown mailbox, rejected message) and is not retried; a 4xx, a lost connection (no
 * reply at all) and everything else may pass, so they are retried.
 */
final class SmtpFailures {

    private static final int TRANSIENT_FROM = 400;
    private static final int PERMANENT_FROM = 500;

    private SmtpFailures() {
    }

    static SmtpFailure classify(MailException failure) {
        if (failure instanceof MailSendException send && send.getFailedMessages().isEmpty()
                && send.getCause() != null) {
            // Spring throws this only when closing the connection failed after every message was sent.
            return new SmtpFailure(0, describe(failure), new SendResult.Delivered());
        }
        int code = replyCode(failure);
        String error = describe(failure);
        SendResult result = code >= PERMANENT_FROM ? new SendResult.Permanent(error)
                : new SendResult.Retryable(error, null);
        return new SmtpFailure(code, error, result);
    }

    /** The first SMTP reply code in the failure or its failed messages; 0 when the server never answered. */
    private static int replyCode(MailException failure) {
        List<Throwable> roots = new ArrayList<>();
        if (failure instanceof MailSendException send) {
            roots.addAll(send.getFailedMessages().values());
        }
        roots.add(failure);
        for (Throwable root : roots) {
            for (Throwable cause = root; cause != null; cause = next(cause)) {
                int code = switch (cause) {
                    case SMTPSendFailedException sent -> sent.getReturnCode();
                    case SMTPAddressFailedException address -> address.getReturnCode();
                    case SMTPSenderFailedException sender -> sender.getReturnCode();
                    default -> 0;
                };
                if (code >= TRANSIENT_FROM) {
                    return code;
                }
            }
        }
        return 0;
    }

    /** Jakarta Mail chains with getNextException as well as getCause. */
    private static @Nullable Throwable next(Throwable cause) {
        if (cause instanceof MessagingException messaging && messaging.getNextException() != null
                && messaging.getNextException() != cause.getCause()) {
            return messaging.getNextException();
        }
        return cause.getCause();
    }

    private static String describe(MailException failure) {
        Throwable root = failure;
        if (failure instanceof MailSendException send && !send.getFailedMessages().isEmpty()) {
            root = send.getFailedMessages().values().iterator().next();
        }
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return "SMTP: " + (root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().strip());
    }

    /**
     * One classified failure: the reply code (0 when the server gave none), the error as the delivery log records
     * it, and what delivery does next.
     */
    record SmtpFailure(int replyCode, String error, SendResult result) {

        static final String[] REPLY_CLASSES = {"4xx", "5xx", "none"};

        /** The tag of the failure counter: 4xx, 5xx, or none for a connection that failed without a reply. */
        String replyClass() {
            if (replyCode >= PERMANENT_FROM) {
                return REPLY_CLASSES[1];
            }
            return replyCode >= TRANSIENT_FROM ? REPLY_CLASSES[0] : REPLY_CLASSES[2];
        }
    }
}
