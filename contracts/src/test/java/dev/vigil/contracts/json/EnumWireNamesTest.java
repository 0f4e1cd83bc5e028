package dev.vigil.contracts.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.contracts.ContractTypes;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EnumWireNamesTest {

  static Set<Class<? extends Enum<?>>> enums() {
    return ContractTypes.enums();
  }

  @ParameterizedTest
  @MethodSource("enums")
  void everyEnumValueIsWrittenAsItsLowercaseSnakeCaseName(Class<? extends Enum<?>> type) {
    Stream.of(type.getEnumConstants()).forEach(constant ->
        assertThat(ContractTypes.wireName(constant))
            .isEqualTo(constant.name().toLowerCase(Locale.ROOT))
            .matches("[a-z0-9]+(_[a-z0-9]+)*"));
  }

  @ParameterizedTest
  @MethodSource("enums")
  void everyEnumValueReadsBackFromItsWireName(Class<? extends Enum<?>> type) {
    Stream.of(type.getEnumConstants()).forEach(constant ->
        assertThat(ContractsJson.mapper().convertValue(ContractTypes.wireName(constant), type)).isEqualTo(constant));
  }
}
