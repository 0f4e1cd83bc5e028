package dev.vigil.notifier.email;

import dev.vigil.notifier.delivery.SendResult;
import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.springframework.mail.MailException;

/**
 * Sorts SMTP failures: a 5xx reply is the server's final word (unknown mailbox, rejected message) and is not
 * retried; 4xx replies, lost connections and everything else may pass, so they are retried.
 */
final class SmtpFailures {

    private static final int PERMANENT_FROM = 500;

    private SmtpFailures() {
    }

    static SendResult classify(MailException failure) {
        String error = describe(failure);
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            int code = switch (cause) {
                case SMTPSendFailedException sent -> sent.getReturnCode();
                case SMTPAddressFailedException address -> address.getReturnCode();
                default -> 0;
            };
            if (code >= PERMANENT_FROM) {
                return new SendResult.Permanent(error);
            }
            if (code > 0) {
                return new SendResult.Retryable(error, null);
            }
        }
        return new SendResult.Retryable(error, null);
    }

    /** Jakarta Mail chains with getNextException as well as getCause. */
    private static Throwable next(Throwable cause) {
        if (cause instanceof MessagingException messaging && messaging.getNextException() != null
                && messaging.getNextException() != cause.getCause()) {
            return messaging.getNextException();
        }
        return cause.getCause();
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return "SMTP: " + (root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().strip());
    }
}
