package dev.vigil.registry.cdc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlotNameTest {

    @Test
    void derivesALegalSlotNameFromTheDatabase() {
        assertThat(SlotName.forDatabase("Registry-Prod")).isEqualTo("vigil_registry_prod");
    }

    @Test
    void longDatabaseNamesStayWithinTheLimitAndDistinct() {
        String first = SlotName.forDatabase("t_dev_vigil_registry_cdc_a_very_long_integration_test_name_one");
        String second = SlotName.forDatabase("t_dev_vigil_registry_cdc_a_very_long_integration_test_name_two");

        assertThat(first).hasSizeLessThanOrEqualTo(63).matches("[a-z0-9_]+");
        assertThat(first).isNotEqualTo(second);
    }
}
