package dev.vigil.contracts.channel;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals and opens webhook signing secrets with the deployment key that only the registry and the notifier hold. The
 * sealed form is part of the channels topic contract, so both sides use this one implementation: {@code ciphertext} =
 * base64(12-byte random IV || AES-256-GCM ciphertext with its 128-bit tag), no associated data. Secrets themselves
 * follow Standard Webhooks: {@code whsec_} + base64 of 24 random bytes, the HMAC key being those bytes.
 */
public final class SecretSealer {

  public static final String SECRET_PREFIX = "whsec_";

  private static final String CIPHER = "AES/GCM/NoPadding";
  private static final int KEY_BYTES = 32;
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final int SECRET_BYTES = 24;

  private final SecretKeySpec key;
  private final SecureRandom random;

  public SecretSealer(byte[] key, SecureRandom random) {
    if (key.length != KEY_BYTES) {
      throw new IllegalArgumentException(
          "The channel secret key must be " + KEY_BYTES + " bytes (base64 of 32 random bytes), got " + key.length);
    }
    this.key = new SecretKeySpec(key.clone(), "AES");
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

  public String seal(String secret) {
    var iv = new byte[IV_BYTES];
    random.nextBytes(iv);
    byte[] sealed = crypt(Cipher.ENCRYPT_MODE, iv, secret.getBytes(StandardCharsets.UTF_8));
    return Base64.getEncoder()
        .encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
  }

  /** Opens a sealed secret; a wrong key or a tampered ciphertext fails rather than yielding garbage. */
  public String open(String ciphertext) {
    byte[] bytes = Base64.getDecoder().decode(ciphertext);
    if (bytes.length <= IV_BYTES) {
      throw new IllegalArgumentException("Sealed secret is too short to hold an IV and a tag");
    }
    var buffer = ByteBuffer.wrap(bytes);
    var iv = new byte[IV_BYTES];
    buffer.get(iv);
    var sealed = new byte[buffer.remaining()];
    buffer.get(sealed);
    return new String(crypt(Cipher.DECRYPT_MODE, iv, sealed), StandardCharsets.UTF_8);
  }

  private byte[] crypt(int mode, byte[] iv, byte[] input) {
    try {
      var cipher = Cipher.getInstance(CIPHER);
      cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
      return cipher.doFinal(input);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not " + (mode == Cipher.ENCRYPT_MODE ? "seal" : "open")
          + " a webhook signing secret (wrong channel secret key or tampered ciphertext)", e);
    }
  }
}
