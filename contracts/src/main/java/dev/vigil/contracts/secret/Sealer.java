package dev.vigil.contracts.secret;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Seals and opens every secret field that travels on a Vigil topic (check header values, chat webhook URLs, webhook
 * signing secrets), so only the services holding the field's key can read it while the topics stay readable by
 * downstream teams. One implementation for all services, because the sealed form is part of the topic contract:
 * {@code vigil-sealed:v1:<key id>:<base64url(12-byte random IV || AES-256-GCM ciphertext with its 128-bit tag)>},
 * the associated data being the text before the last colon, so neither the version nor the key id can be swapped.
 * The key id (first 8 hex digits of the key's SHA-256) tells an operator which key sealed a value without showing it.
 */
public final class Sealer {

  public static final String PREFIX = "vigil-sealed:";
  public static final String VERSION = "v1";

  private static final String CIPHER = "AES/GCM/NoPadding";
  private static final int KEY_BYTES = 32;
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final int TAG_BYTES = TAG_BITS / Byte.SIZE;
  private static final int KEY_ID_BYTES = 4;
  private static final char SEPARATOR = ':';

  private final SecretKeySpec key;
  private final String keyId;
  private final String header;
  private final SecureRandom random;

  public Sealer(byte[] key, SecureRandom random) {
    if (key.length != KEY_BYTES) {
      throw new IllegalArgumentException(
          "A sealing key must be " + KEY_BYTES + " bytes (base64 of 32 random bytes), got " + key.length);
    }
    this.key = new SecretKeySpec(key.clone(), "AES");
    this.keyId = keyId(key);
    this.header = PREFIX + VERSION + SEPARATOR + keyId;
    this.random = random;
  }

  /** A sealer for a deployment key given as base64, the form it takes in configuration. */
  public static Sealer fromBase64Key(String base64Key) {
    return new Sealer(Base64.getDecoder().decode(base64Key.trim()), new SecureRandom());
  }

  /** A fresh random key in its configuration form, for stacks that generate their own (local, tests, benchmarks). */
  public static String newBase64Key() {
    var key = new byte[KEY_BYTES];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  /** Whether a value is in the sealed form (of any key), as opposed to a legacy plain value. */
  public static boolean isSealed(String value) {
    return value.startsWith(PREFIX);
  }

  /** Names the key without revealing it, for logs and error messages. */
  public String keyId() {
    return keyId;
  }

  public String seal(String plain) {
    var iv = new byte[IV_BYTES];
    random.nextBytes(iv);
    byte[] sealed = crypt(Cipher.ENCRYPT_MODE, iv, plain.getBytes(StandardCharsets.UTF_8), associatedData());
    byte[] body = ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
    return header + SEPARATOR + Base64.getUrlEncoder().withoutPadding().encodeToString(body);
  }

  /**
   * Opens a value this sealer's key sealed; a value of another key, version or a tampered one fails with the reason
   * rather than yielding garbage.
   */
  public String open(String sealed) {
    int last = sealed.lastIndexOf(SEPARATOR);
    if (!isSealed(sealed) || last < 0) {
      throw new IllegalArgumentException("Not a sealed value (it must start with " + PREFIX + ")");
    }
    String valueHeader = sealed.substring(0, last);
    if (!valueHeader.equals(header)) {
      throw new IllegalStateException("Sealed with " + valueHeader.substring(PREFIX.length())
          + " but this service holds key " + VERSION + SEPARATOR + keyId + " (wrong or rotated key)");
    }
    byte[] bytes = Base64.getUrlDecoder().decode(sealed.substring(last + 1));
    return new String(openRaw(bytes, associatedData()), StandardCharsets.UTF_8);
  }

  /** Opens the unversioned form webhook signing secrets had before: base64(IV || ciphertext), no associated data. */
  public String openLegacy(String base64) {
    return new String(openRaw(Base64.getDecoder().decode(base64), null), StandardCharsets.UTF_8);
  }

  private byte[] openRaw(byte[] bytes, byte @Nullable [] associatedData) {
    if (bytes.length < IV_BYTES + TAG_BYTES) {
      throw new IllegalArgumentException("Sealed value is too short to hold an IV and a tag");
    }
    var buffer = ByteBuffer.wrap(bytes);
    var iv = new byte[IV_BYTES];
    buffer.get(iv);
    var sealed = new byte[buffer.remaining()];
    buffer.get(sealed);
    return crypt(Cipher.DECRYPT_MODE, iv, sealed, associatedData);
  }

  private byte[] associatedData() {
    return header.getBytes(StandardCharsets.UTF_8);
  }

  private byte[] crypt(int mode, byte[] iv, byte[] input, byte @Nullable [] associatedData) {
    try {
      var cipher = Cipher.getInstance(CIPHER);
      cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
      if (associatedData != null) {
        cipher.updateAAD(associatedData);
      }
      return cipher.doFinal(input);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not " + (mode == Cipher.ENCRYPT_MODE ? "seal" : "open")
          + " a secret with key " + keyId + " (wrong key or tampered ciphertext)", e);
    }
  }

  private static String keyId(byte[] key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
      return HexFormat.of().formatHex(digest, 0, KEY_ID_BYTES);
    } catch (NoSuchAlgorithmException missing) {
      throw new IllegalStateException("Every Java platform has SHA-256", missing);
    }
  }
}
