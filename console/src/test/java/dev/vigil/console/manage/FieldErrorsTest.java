package dev.vigil.console.manage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.console.api.FieldProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldErrorsTest {

    private static final List<String> FORM = List.of("name", "target", "intervalSeconds", "expectedStatus",
            "httpMethod", "keyword");

    @Test
    void aTopLevelFieldIsShownAtTheInputOfTheSameName() {
        FieldErrors errors = FieldErrors.of(List.of(new FieldProblem("target", "must be an absolute URL")), FORM);

        assertThat(errors.of("target")).isEqualTo("must be an absolute URL");
    }

    @Test
    void aNestedJsonPathIsShownAtTheInputThatHoldsIt() {
        FieldErrors errors = FieldErrors.of(
                List.of(new FieldProblem("http.expectedStatusCodes[1].from", "must be between 100 and 599")), FORM);

        assertThat(errors.of("expectedStatus")).isEqualTo("must be between 100 and 599");
    }

    @Test
    void aProblemWithOneHeaderIsShownAtTheHeadersInput() {
        FieldErrors errors = FieldErrors.of(List.of(new FieldProblem("http.headers.X-Api-Key",
                "the mask ******** keeps a stored value, and this monitor stores none here")), FORM);

        assertThat(errors.of("httpHeaders")).startsWith("the mask");
    }

    @Test
    void aFieldTheFormDoesNotShowIsListedAboveTheForm() {
        FieldErrors errors = FieldErrors.of(List.of(new FieldProblem("owner", "is not yours to set")), FORM);

        assertThat(errors.byField()).isEmpty();
        assertThat(errors.unplaced()).containsExactly("owner: is not yours to set");
    }
}
