package dev.vigil.registry.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.registry.web.InvalidRequestException;
import org.junit.jupiter.api.Test;

class WindowSizeTest {

    @Test
    void labelsNameTheDashboardsWindowSizes() {
        assertThat(WindowSize.parse("window", "1m").seconds()).isEqualTo(60);
        assertThat(WindowSize.parse("window", "5m").seconds()).isEqualTo(300);
        assertThat(WindowSize.parse("window", "1h").seconds()).isEqualTo(3600);
    }

    @Test
    void unknownLabelIsRejectedNamingTheFieldAndTheChoices() {
        assertThatThrownBy(() -> WindowSize.parse("window", "2m"))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(failure -> assertThat(((InvalidRequestException) failure).errors())
                        .singleElement()
                        .satisfies(error -> {
                            assertThat(error.field()).isEqualTo("window");
                            assertThat(error.message()).contains("1m, 5m, 1h");
                        }));
    }
}
