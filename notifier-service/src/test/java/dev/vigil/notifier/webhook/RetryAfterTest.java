package dev.vigil.notifier.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-11-21T20:00:00Z");

    @Test
    void readsDelaySeconds() {
        assertThat(RetryAfter.parse("120", NOW)).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void readsAnHttpDate() {
        assertThat(RetryAfter.parse("Sat, 21 Nov 2026 20:00:30 GMT", NOW)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void ignoresGarbage() {
        assertThat(RetryAfter.parse("soon", NOW)).isNull();
    }
}
