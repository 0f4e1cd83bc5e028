package dev.vigil.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;

class StoredCodesTest {

  enum Colour { RED, GREEN, BLUE }

  @Test
  void aConstantIsStoredAsItsPositionInTheTableNotInTheEnum() {
    var codes = StoredCodes.of(Colour.class, Colour.BLUE, Colour.RED, Colour.GREEN);

    assertThat(codes.code(Colour.BLUE)).isEqualTo((byte) 0);
    assertThat(codes.code(Colour.GREEN)).isEqualTo((byte) 2);
  }

  @Test
  void aCodeReadsBackAsTheConstantAtThatPosition() {
    var codes = StoredCodes.of(Colour.class, Colour.BLUE, Colour.RED, Colour.GREEN);

    assertThat(codes.constant(1)).isEqualTo(Colour.RED);
  }

  @Test
  void aTableThatLeavesAConstantWithoutACodeIsRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> StoredCodes.of(Colour.class, Colour.RED, Colour.GREEN))
        .withMessageContaining("BLUE");
  }

  @Test
  void aTableThatListsAConstantTwiceIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> StoredCodes.of(Colour.class, Colour.RED, Colour.GREEN, Colour.BLUE, Colour.RED))
        .withMessageContaining("RED");
  }

  @Test
  void aCodeOutsideTheTableIsRejectedRatherThanReadAsSomeOtherConstant() {
    var codes = StoredCodes.of(Colour.class, Colour.RED, Colour.GREEN, Colour.BLUE);

    assertThatIllegalStateException().isThrownBy(() -> codes.constant(3)).withMessageContaining("Colour");
  }
}
