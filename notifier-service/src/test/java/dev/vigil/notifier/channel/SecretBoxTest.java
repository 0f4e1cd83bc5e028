package dev.vigil.notifier.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.contracts.channel.ChannelTarget;
import dev.vigil.contracts.channel.SigningSecret;
import dev.vigil.contracts.channel.WebhookPreset;
import dev.vigil.notifier.Sealing;
import dev.vigil.notifier.TestProperties;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

    private static final Instant NOW = Instant.parse("2026-11-21T20:00:00Z");

    private final SecretBox box = new SecretBox(TestProperties.of());

    @Test
    void opensASecretSealedInTheAgreedFormat() {
        String plain = Sealing.newSecret();
        var webhook = new ChannelTarget.Webhook("https://hooks.example.test/a", WebhookPreset.GENERIC,
                List.of(Sealing.sealed(plain, null)));

        assertThat(box.activeSigningKeys(webhook, NOW))
                .containsExactly(Base64.getDecoder().decode(plain.substring("whsec_".length())));
    }

    @Test
    void leavesOutASecretWhoseRotationEnded() {
        var webhook = new ChannelTarget.Webhook("https://hooks.example.test/a", WebhookPreset.GENERIC, List.of(
                Sealing.sealed(Sealing.newSecret(), NOW.minusSeconds(1)),
                Sealing.sealed(Sealing.newSecret(), null)));

        assertThat(box.activeSigningKeys(webhook, NOW)).hasSize(1);
    }

    @Test
    void refusesACiphertextThatWasTamperedWith() {
        var sealed = Sealing.sealed(Sealing.newSecret(), null);
        String ciphertext = sealed.ciphertext();
        int inCiphertext = ciphertext.length() - 10;
        char flipped = ciphertext.charAt(inCiphertext) == 'A' ? 'B' : 'A';
        String tampered = ciphertext.substring(0, inCiphertext) + flipped + ciphertext.substring(inCiphertext + 1);
        var webhook = new ChannelTarget.Webhook("https://hooks.example.test/a", WebhookPreset.GENERIC,
                List.of(new SigningSecret(tampered, null)));

        assertThatThrownBy(() -> box.activeSigningKeys(webhook, NOW)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("tampered");
    }
}
