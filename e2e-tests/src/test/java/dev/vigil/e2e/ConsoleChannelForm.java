package dev.vigil.e2e;

import dev.vigil.testkit.browser.ChromiumSession;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The console's new channel form: choose a type, fill fields by their labels, submit, read a field's message. */
final class ConsoleChannelForm {

    private final ChromiumSession browser;

    private ConsoleChannelForm(ChromiumSession browser) {
        this.browser = browser;
    }

    static ConsoleChannelForm shown(ChromiumSession browser) {
        browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "New channel"));
        return new ConsoleChannelForm(browser);
    }

    /** Picks the type by the text the select shows, e.g. "Slack". */
    ConsoleChannelForm type(String shown) {
        new Select(field("Type")).selectByVisibleText(shown);
        return this;
    }

    ConsoleChannelForm fill(String label, String value) {
        WebElement input = field(label);
        input.clear();
        input.sendKeys(value);
        return this;
    }

    /** Ticks an alert type by its label, e.g. "failure streak". */
    ConsoleChannelForm tick(String alertType) {
        browser.driver().findElements(By.cssSelector("#alertTypes label")).stream()
                .filter(label -> label.getText().strip().equals(alertType))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No alert type labelled " + alertType))
                .findElement(By.tagName("input")).click();
        return this;
    }

    /** Submits a channel the API should take; a webhook's answer is its secret, an email's the channels list. */
    ConsoleChannelSecret submitWebhook() {
        submit();
        List<WebElement> refused = browser.driver().findElements(By.cssSelector(".error-summary"));
        if (!refused.isEmpty()) {
            throw new AssertionError("The console refused the channel: " + refused.getFirst().getText());
        }
        return ConsoleChannelSecret.shown(browser);
    }

    /** Submits a channel the API should refuse; the console shows the form again. */
    ConsoleChannelForm submitRefused() {
        submit();
        return shown(browser);
    }

    /** The message a screen reader reads with the field: the element its aria-describedby names, if an error. */
    Optional<String> errorAt(String label) {
        String describedBy = field(label).getDomAttribute("aria-describedby");
        if (describedBy == null || !describedBy.endsWith("-error")) {
            return Optional.empty();
        }
        return Optional.of(browser.driver().findElement(By.id(describedBy)).getText());
    }

    String valueOf(String label) {
        return field(label).getDomProperty("value");
    }

    private void submit() {
        WebElement button = browser.driver().findElement(By.cssSelector("form.edit button[type=submit]"));
        button.click();
        browser.waiting().until(ExpectedConditions.stalenessOf(button));
    }

    /** The input a label names, found as a person (or a screen reader) finds it: by the label's text. */
    private WebElement field(String label) {
        WebElement labelElement = browser.driver().findElements(By.cssSelector("form.edit label[for]")).stream()
                .filter(candidate -> candidate.getText().startsWith(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No field labelled " + label));
        return browser.driver().findElement(By.id(labelElement.getDomAttribute("for")));
    }
}
