package dev.vigil.contracts.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class SealerTest {

  /** Computed independently (Python cryptography's AESGCM), so the test pins the format, not this implementation. */
  private static final String GOLDEN =
      "vigil-sealed:v1:66687aad:AAECAwQFBgcICQoLyq5SIGWPr4rxGyCAiS6qYz8JxhUg0JXf57p2SzfE32KAhw4";

  private final Sealer sealer = new Sealer(new byte[32], new SecureRandom());

  @Test
  void theSealedFormIsVersionedAndNamesTheKeyAsTheContractSays() {
    var countingIv = new Sealer(new byte[32], new CountingRandom());

    assertThat(countingIv.seal("Bearer s3cret-token")).isEqualTo(GOLDEN);
  }

  @Test
  void aValueSealedInTheContractFormOpens() {
    assertThat(sealer.open(GOLDEN)).isEqualTo("Bearer s3cret-token");
  }

  @Test
  void sealingTheSameValueTwiceGivesDifferentCiphertexts() {
    assertThat(sealer.seal("x")).isNotEqualTo(sealer.seal("x"));
  }

  @Test
  void aValueSealedWithAnotherKeyIsRefusedNamingBothKeys() {
    var otherKey = new byte[32];
    otherKey[0] = 1;
    String sealedElsewhere = new Sealer(otherKey, new SecureRandom()).seal("x");

    assertThatThrownBy(() -> sealer.open(sealedElsewhere))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(sealer.keyId())
        .hasMessageContaining("wrong or rotated key");
  }

  @Test
  void aChangedVersionOrKeyIdCannotBeSwappedOntoAnotherCiphertext() {
    String forgedHeader = GOLDEN.replace("v1:66687aad", "v1:00000000");

    assertThatThrownBy(() -> sealer.open(forgedHeader)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aTamperedCiphertextIsRefused() {
    int inCiphertext = GOLDEN.length() - 10;
    char flipped = GOLDEN.charAt(inCiphertext) == 'A' ? 'B' : 'A';
    String tampered = GOLDEN.substring(0, inCiphertext) + flipped + GOLDEN.substring(inCiphertext + 1);

    assertThatThrownBy(() -> sealer.open(tampered))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("tampered");
  }

  @Test
  void aPlainValueIsNotMistakenForASealedOne() {
    assertThat(Sealer.isSealed("Bearer abc")).isFalse();
    assertThat(Sealer.isSealed(sealer.seal("Bearer abc"))).isTrue();
    assertThatThrownBy(() -> sealer.open("Bearer abc")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aKeyOfTheWrongLengthIsRejectedWithItsLength() {
    assertThatThrownBy(() -> new Sealer(new byte[16], new SecureRandom()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 16");
  }

  /** IV bytes 0, 1, 2, ... so the golden value can be recomputed by anyone. */
  private static final class CountingRandom extends SecureRandom {

    @Override
    public void nextBytes(byte[] bytes) {
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) i;
      }
    }
  }
}
