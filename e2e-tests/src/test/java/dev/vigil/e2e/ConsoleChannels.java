package dev.vigil.e2e;

import dev.vigil.testkit.browser.ChromiumSession;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The console's channels page: the list, its notice, and each row's test, rotate and delete buttons. */
final class ConsoleChannels {

    private final ChromiumSession browser;

    private ConsoleChannels(ChromiumSession browser) {
        this.browser = browser;
    }

    /** Follows the header's Channels link, as a person would from any page. */
    static ConsoleChannels openFromNav(ChromiumSession browser) {
        browser.driver().findElement(By.cssSelector("nav[aria-label=Main]")).findElement(By.linkText("Channels"))
                .click();
        return shown(browser);
    }

    static ConsoleChannels shown(ChromiumSession browser) {
        browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Channels"));
        return new ConsoleChannels(browser);
    }

    List<String> names() {
        return browser.driver().findElements(By.cssSelector("tr.channel .channel-name")).stream()
                .map(WebElement::getText).toList();
    }

    /** What the row shows the channel sends to: the address or URL as the API gave it. */
    String targetOf(String name) {
        return row(name).findElement(By.cssSelector(".target-url")).getText();
    }

    /** The page's status message, e.g. "Test alert sent to ops." */
    String notice() {
        return browser.driver().findElement(By.cssSelector(".notice")).getText();
    }

    ConsoleChannelForm newChannel() {
        browser.driver().findElement(By.linkText("New channel")).click();
        return ConsoleChannelForm.shown(browser);
    }

    ConsoleChannels sendTest(String name) {
        press(row(name).findElement(By.xpath(".//button[normalize-space()='Send test']")), false);
        return shown(browser);
    }

    /** Presses Rotate secret and confirms; the console answers with the new secret. */
    ConsoleChannelSecret rotateSecretConfirmed(String name) {
        press(row(name).findElement(By.xpath(".//button[normalize-space()='Rotate secret']")), true);
        return ConsoleChannelSecret.shown(browser);
    }

    ConsoleChannels deleteConfirmed(String name) {
        press(row(name).findElement(By.cssSelector("button.danger")), true);
        return shown(browser);
    }

    private void press(WebElement button, boolean confirm) {
        button.click();
        if (confirm) {
            browser.waiting().until(ExpectedConditions.alertIsPresent()).accept();
        }
        browser.waiting().until(ExpectedConditions.stalenessOf(button));
    }

    private WebElement row(String name) {
        return browser.driver().findElements(By.cssSelector("tr.channel")).stream()
                .filter(row -> row.findElement(By.cssSelector(".channel-name")).getText().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No row for " + name + " among " + names()));
    }
}
