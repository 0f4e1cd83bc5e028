package dev.vigil.notifier.webhook;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.notifier.Sealing;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookVerifierTest {

    private static final Instant NOW = Instant.parse("2026-11-21T20:00:00Z");
    private static final String ID = "5f0c6a8e-0000-4000-8000-000000000001";
    private static final byte[] BODY = "{\"specversion\":\"1.0\"}".getBytes(StandardCharsets.UTF_8);

    private final String secret = Sealing.newSecret();
    private final String timestamp = Long.toString(NOW.getEpochSecond());

    @Test
    void acceptsWhatTheSignerSigned() {
        String header = WebhookSigner.signatureHeader(List.of(key(secret)), ID, timestamp, BODY);

        assertThatCode(() -> verifier(secret).verify(ID, timestamp, header, BODY)).doesNotThrowAnyException();
    }

    @Test
    void rejectsATamperedBody() {
        String header = WebhookSigner.signatureHeader(List.of(key(secret)), ID, timestamp, BODY);
        byte[] tampered = "{\"specversion\":\"2.0\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> verifier(secret).verify(ID, timestamp, header, tampered))
                .isInstanceOf(WebhookVerificationException.class).hasMessageContaining("no signature matches");
    }

    @Test
    void acceptsEitherSecretDuringARotation() {
        String retiring = Sealing.newSecret();
        String header = WebhookSigner.signatureHeader(List.of(key(retiring), key(secret)), ID, timestamp, BODY);

        assertThatCode(() -> verifier(retiring).verify(ID, timestamp, header, BODY)).doesNotThrowAnyException();
        assertThatCode(() -> verifier(secret).verify(ID, timestamp, header, BODY)).doesNotThrowAnyException();
    }

    @Test
    void rejectsAReplayOutsideTheTolerance() {
        String old = Long.toString(NOW.minus(Duration.ofMinutes(6)).getEpochSecond());
        String header = WebhookSigner.signatureHeader(List.of(key(secret)), ID, old, BODY);

        assertThatThrownBy(() -> verifier(secret).verify(ID, old, header, BODY))
                .isInstanceOf(WebhookVerificationException.class).hasMessageContaining("tolerance");
    }

    private static WebhookVerifier verifier(String secret) {
        return new WebhookVerifier(WebhookVerifier.DEFAULT_TOLERANCE, Clock.fixed(NOW, ZoneOffset.UTC), List.of(secret));
    }

    private static byte[] key(String secret) {
        return Base64.getDecoder().decode(secret.substring("whsec_".length()));
    }
}
