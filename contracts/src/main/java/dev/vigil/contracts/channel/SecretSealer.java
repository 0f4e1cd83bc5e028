package dev.vigil.contracts.channel;

import dev.vigil.contracts.secret.Sealer;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Creates webhook signing secrets and seals them with the channel key that only the registry and the notifier hold,
 * through the contracts' one {@link Sealer}. Secrets follow Standard Webhooks: {@code whsec_} + base64 of 24 random
 * bytes, the HMAC key being those bytes. Secrets sealed before the versioned form (bare base64 of IV and ciphertext)
 * still open, so channels stored or published by an older registry keep working.
 */
public final class SecretSealer {

  public static final String SECRET_PREFIX = "whsec_";

  private static final int SECRET_BYTES = 24;

  private final Sealer sealer;
  private final SecureRandom random;

  public SecretSealer(byte[] key, SecureRandom random) {
    this.sealer = new Sealer(key, random);
    this.random = random;
  }

  /** A sealer for a deployment key given as base64, the form it takes in configuration. */
  public static SecretSealer fromBase64Key(String base64Key) {
    return new SecretSealer(Base64.getDecoder().decode(base64Key.trim()), new SecureRandom());
  }

  /** A fresh webhook signing secret, to be shown once to its owner and then only kept sealed. */
  public String newWebhookSecret() {
    var bytes = new byte[SECRET_BYTES];
    random.nextBytes(bytes);
    return SECRET_PREFIX + Base64.getEncoder().encodeToString(bytes);
  }

  /** The HMAC key of a Standard Webhooks secret: the bytes behind its prefix. */
  public static byte[] hmacKey(String secret) {
    if (!secret.startsWith(SECRET_PREFIX)) {
      throw new IllegalArgumentException("A webhook secret starts with " + SECRET_PREFIX);
    }
    return Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
  }

  /** Seals any channel secret: a signing secret, or a chat webhook URL. */
  public String seal(String secret) {
    return sealer.seal(secret);
  }

  /** Opens a sealed secret; a wrong key or a tampered ciphertext fails rather than yielding garbage. */
  public String open(String ciphertext) {
    return Sealer.isSealed(ciphertext) ? sealer.open(ciphertext) : sealer.openLegacy(ciphertext);
  }
}
