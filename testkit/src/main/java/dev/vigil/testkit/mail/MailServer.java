package dev.vigil.testkit.mail;

import com.icegreen.greenmail.store.FolderException;
import dev.vigil.testkit.ServerPorts;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A real SMTP server (GreenMail) inside the test JVM, started once and shared; it accepts mail
 * for any address without authentication, as a catcher should.
 */
public final class MailServer {

    private static final String LOOPBACK = "127.0.0.1";

    private final GreenMail greenMail;

    private MailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /** The JVM's server, started by the first caller. */
    public static MailServer shared() {
        return Holder.INSTANCE;
    }

    public String smtpHost() {
        return LOOPBACK;
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    public Map<String, String> springProperties() {
        return Map.of(
                "spring.mail.host", smtpHost(),
                "spring.mail.port", String.valueOf(smtpPort()));
    }

    /** Every message received so far, oldest first. */
    public List<ReceivedMail> received() {
        return Arrays.stream(greenMail.getReceivedMessages()).map(ReceivedMail::of).toList();
    }

    /** Waits until at least {@code count} messages match, and returns those; fails with what did arrive. */
    public List<ReceivedMail> awaitMessages(Predicate<ReceivedMail> matching, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ReceivedMail> found = List.of();
        while (System.nanoTime() < deadline) {
            found = received().stream().filter(matching).toList();
            if (found.size() >= count) {
                return found;
            }
            greenMail.waitForIncomingEmail(Math.max(1, Duration.ofNanos(deadline - System.nanoTime()).toMillis()),
                    greenMail.getReceivedMessages().length + 1);
        }
        throw new AssertionError("Expected %d matching messages within %s, found %d among %s"
                .formatted(count, timeout, found.size(), received()));
    }

    public List<ReceivedMail> awaitMessagesTo(String address, int count, Duration timeout) {
        return awaitMessages(mail -> mail.to().contains(address), count, timeout);
    }

    /** Forgets every received message, for tests that count from zero. */
    public void purge() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException("Could not purge GreenMail mailboxes", e);
        }
    }

    private static final class Holder {
        private static final MailServer INSTANCE = start();

        private static MailServer start() {
            var setup = new ServerSetup(ServerPorts.configured("smtp"), LOOPBACK, ServerSetup.PROTOCOL_SMTP);
            var greenMail = new GreenMail(ServerPorts.isFixed("smtp") ? setup : setup.dynamicPort());
            greenMail.start();
            Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(greenMail::stop));
            return new MailServer(greenMail);
        }
    }
}
