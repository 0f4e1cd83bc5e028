package dev.vigil.contracts.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretSealerTest {

  private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

  private final SecretSealer sealer = SecretSealer.fromBase64Key(KEY);

  @Test
  void aSealedSecretOpensToTheSameSecret() {
    String secret = sealer.newWebhookSecret();

    assertThat(sealer.open(sealer.seal(secret))).isEqualTo(secret);
  }

  @Test
  void sealingTheSameSecretTwiceGivesDifferentCiphertexts() {
    assertThat(sealer.seal("whsec_abc")).isNotEqualTo(sealer.seal("whsec_abc"));
  }

  @Test
  void theCiphertextDoesNotContainTheSecret() {
    String secret = sealer.newWebhookSecret();

    assertThat(sealer.seal(secret)).startsWith("vigil-sealed:v1:").doesNotContain(secret);
  }

  @Test
  void aTamperedCiphertextIsRefused() {
    String sealed = sealer.seal("whsec_abc");
    int inCiphertext = sealed.length() - 10;
    char flipped = sealed.charAt(inCiphertext) == 'A' ? 'B' : 'A';
    String tampered = sealed.substring(0, inCiphertext) + flipped + sealed.substring(inCiphertext + 1);

    assertThatThrownBy(() -> sealer.open(tampered))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("tampered");
  }

  @Test
  void aSecretSealedInTheUnversionedFormOfEarlierReleasesStillOpens() {
    // base64(IV || AES-GCM ciphertext and tag) of "whsec_abc" under the all-zero key, as the registry sealed it before
    String legacy = "AAAAAAAAAAAAAAAAuc8zWC4/Cgxksyv3IeLdFxA6y/HOGAYRZw==";

    assertThat(sealer.open(legacy)).isEqualTo("whsec_abc");
  }

  @Test
  void anotherKeyCannotOpenIt() {
    var other = new byte[32];
    other[0] = 1;
    var otherSealer = new SecretSealer(other, new SecureRandom());

    assertThatThrownBy(() -> otherSealer.open(sealer.seal("whsec_abc"))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aKeyOfTheWrongLengthIsRejectedWithItsLength() {
    assertThatThrownBy(() -> new SecretSealer(new byte[16], new SecureRandom()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 16");
  }

  @Test
  void newSecretsFollowStandardWebhooksWith24KeyBytes() {
    String secret = sealer.newWebhookSecret();

    assertThat(secret).startsWith("whsec_");
    assertThat(SecretSealer.hmacKey(secret)).hasSize(24);
  }
}
