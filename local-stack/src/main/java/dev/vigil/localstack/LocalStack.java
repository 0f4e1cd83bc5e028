package dev.vigil.localstack;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * The README's one command: the {@link VigilStack} on its fixed ports with seeded demo data, then a
 * wait until Ctrl-C, when the services stop first and every shutdown hook then stops its part.
 */
public final class LocalStack {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);
    private static final Duration SLOW_DELAY = Duration.ofMillis(1500);
    /** Four failing rounds at the demo's 5 s interval, then four good ones: every failing half is a failure streak. */
    private static final Duration FLAKY_PERIOD = Duration.ofSeconds(20);
    /** Inside the default 30-day warning, so the demo's tls monitor shows a certificate-expiry alert. */
    private static final Duration TLS_CERTIFICATE_VALIDITY = Duration.ofDays(10);
    /** The shell's convention: a process ended by signal n exits with 128 + n. */
    private static final int SIGNAL_EXIT_BASE = 128;

    private LocalStack() {
    }

    public static void main(String[] args) {
        try {
            run(Path.of("").toAbsolutePath());
        } catch (RuntimeException | Error e) {
            log.atError().setCause(e).log("the local stack could not start; stopping what did");
            // Non-daemon server threads would keep the JVM alive; exiting runs every shutdown hook.
            System.exit(1);
        }
    }

    private static void run(Path repository) {
        Instant started = Instant.now();
        VigilStack stack = VigilStack.start(repository,
                new VigilStack.StackSettings(StackPorts.DEFAULTS, SLOW_DELAY, FLAKY_PERIOD, TLS_CERTIFICATE_VALIDITY, Map.of()));
        stopServicesFirstOnSignal(stack);

        URI webhookReceiver = stack.webhookReceiverUri();
        SeededDemo seeded = new DemoSeed(stack.gatewayUri(), stack.keycloak())
                .seed(stack.demo().uri(), stack.tlsTarget().hostAndPort(), webhookReceiver);
        System.out.println(Banner.text(stack.ports(), stack.infrastructure(), webhookReceiver, seeded, stack.logs(),
                Duration.between(started, Instant.now())));
        awaitShutdown();
    }

    /**
     * Shutdown hooks all run at once, so on their own the broker and PostgreSQL would go down while the
     * services still use them: PostgreSQL then waits for the registry's replication connection and its
     * stop times out. On Ctrl-C or SIGTERM the services are therefore stopped first, and only then does
     * the JVM exit and its hooks stop the infrastructure.
     */
    private static void stopServicesFirstOnSignal(VigilStack stack) {
        for (String name : new String[] {"INT", "TERM"}) {
            Signal.handle(new Signal(name), signal -> {
                log.atInfo().addKeyValue("signal", signal.getName()).log("stopping the services, then the infrastructure");
                stack.close();
                System.exit(SIGNAL_EXIT_BASE + signal.getNumber());
            });
        }
    }

    private static void awaitShutdown() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
