package dev.vigil.notifier;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/** The notifier's settings as application-test.yml has them, for tests without a Spring context. */
public final class TestProperties {

    private TestProperties() {
    }

    public static NotifierProperties of() {
        return new NotifierProperties(Sealing.TEST_KEY, URI.create("https://vigil.example.test"),
                new NotifierProperties.Kafka((short) 1, 2, Duration.ofSeconds(30),
                        new NotifierProperties.Backoff(Duration.ofSeconds(1), Duration.ofSeconds(5)),
                        Duration.ofMinutes(5)),
                new NotifierProperties.Retry(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)),
                        Duration.ofSeconds(30)),
                new NotifierProperties.Email("Vigil <vigil@localhost>"),
                new NotifierProperties.Webhook(Duration.ofSeconds(2), Duration.ofSeconds(5), "urn:vigil:notifier",
                        new NotifierProperties.Egress(true, List.of("127.0.0.1/32"))));
    }
}
