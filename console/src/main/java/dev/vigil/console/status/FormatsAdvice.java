package dev.vigil.console.status;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's templates format figures through {@code ${fmt...}}. */
@ControllerAdvice
class FormatsAdvice {

    private final Formats formats;

    FormatsAdvice(Formats formats) {
        this.formats = formats;
    }

    @ModelAttribute("fmt")
    Formats fmt() {
        return formats;
    }
}
