package dev.vigil.testkit.mail;

/**
 * How {@link ScriptedSmtpServer} answers one mail transaction: accept it, reply {@code code} at one step of it
 * (a 421 also closes the connection, as RFC 5321 says), or read the whole message and drop the connection without
 * a reply, as a crashing relay does.
 */
public record SmtpReply(Step step, int code) {

    /** Where in the transaction the scripted answer is given. */
    public enum Step {
        /** Every step answered 250; the message is recorded as accepted. */
        ACCEPT,
        /** The reply to every {@code RCPT TO} of the transaction. */
        RCPT_TO,
        /** The reply after the message content ({@code .}), the server's final word on the message. */
        END_OF_DATA,
        /** The message content is read, then the connection is closed with no reply at all. */
        DROP_AFTER_DATA
    }

    public SmtpReply {
        boolean coded = step != Step.ACCEPT && step != Step.DROP_AFTER_DATA;
        if (coded && (code < 400 || code > 599)) {
            throw new IllegalArgumentException("A scripted failure needs a 4xx or 5xx code, not " + code);
        }
    }

    public static SmtpReply accept() {
        return new SmtpReply(Step.ACCEPT, 250);
    }

    public static SmtpReply atRecipient(int code) {
        return new SmtpReply(Step.RCPT_TO, code);
    }

    public static SmtpReply atEndOfData(int code) {
        return new SmtpReply(Step.END_OF_DATA, code);
    }

    public static SmtpReply dropAfterData() {
        return new SmtpReply(Step.DROP_AFTER_DATA, 0);
    }

    /** The reply line as a server would word it, with an enhanced status code. */
    String line() {
        String text = switch (code / 100) {
            case 4 -> code == 421 ? "4.3.2 Service shutting down, closing channel" : "4.3.0 Try again later";
            default -> step == Step.RCPT_TO ? "5.1.1 No such user here" : "5.7.1 Message rejected";
        };
        return code + " " + text;
    }
}
