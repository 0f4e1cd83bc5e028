package dev.vigil.contracts.channel;

import dev.vigil.contracts.Require;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A webhook signing secret, sealed ({@link SecretSealer}) with a deployment key that only the registry and the notifier hold, so the secret
 * never travels or rests in clear; {@code ciphertext} is the base64 sealed form, and a secret being rotated out stays
 * valid until {@code validUntil} so receivers can switch over without dropping deliveries.
 */
public record SigningSecret(String ciphertext, @Nullable Instant validUntil) {

  public SigningSecret {
    Require.text(ciphertext, "ciphertext");
  }

  public boolean activeAt(Instant instant) {
    return validUntil == null || instant.isBefore(validUntil);
  }
}
