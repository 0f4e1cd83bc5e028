package dev.vigil.e2e;

import dev.vigil.testkit.browser.ChromiumSession;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The console's monitor form: fill fields by their labels, submit, read the message shown at a field. */
final class ConsoleMonitorForm {

    private final ChromiumSession browser;

    private ConsoleMonitorForm(ChromiumSession browser) {
        this.browser = browser;
    }

    static ConsoleMonitorForm shown(ChromiumSession browser) {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.edit")));
        return new ConsoleMonitorForm(browser);
    }

    ConsoleMonitorForm fill(String label, String value) {
        WebElement input = field(label);
        input.clear();
        input.sendKeys(value);
        return this;
    }

    /** Submits the form; the console answers with the form again (refused) or another page. */
    void submit() {
        WebElement button = browser.driver().findElement(By.cssSelector("form.edit button[type=submit]"));
        button.click();
        browser.waiting().until(ExpectedConditions.stalenessOf(button));
    }

    /** Submits a form the API should accept; fails with what the console showed if it refused it instead. */
    ConsoleOverview submitAccepted(java.net.URI console) {
        submit();
        List<WebElement> refused = browser.driver().findElements(By.cssSelector(".error-summary"));
        if (!refused.isEmpty()) {
            throw new AssertionError("The console refused the monitor: " + refused.getFirst().getText());
        }
        return ConsoleOverview.shown(browser, console);
    }

    /** The message a screen reader reads with the field: the element its aria-describedby names, if an error. */
    Optional<String> errorAt(String label) {
        String describedBy = field(label).getDomAttribute("aria-describedby");
        if (describedBy == null || !describedBy.endsWith("-error")) {
            return Optional.empty();
        }
        return Optional.of(browser.driver().findElement(By.id(describedBy)).getText());
    }

    /** The input a label names, found as a person (or a screen reader) finds it: by the label's text. */
    private WebElement field(String label) {
        WebElement labelElement = browser.driver().findElements(By.cssSelector("form.edit label")).stream()
                .filter(candidate -> candidate.getText().startsWith(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No field labelled " + label));
        return browser.driver().findElement(By.id(labelElement.getDomAttribute("for")));
    }
}
