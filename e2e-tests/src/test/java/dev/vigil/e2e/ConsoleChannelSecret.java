package dev.vigil.e2e;

import dev.vigil.testkit.browser.ChromiumSession;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The page that shows a webhook channel's signing secret, once, after creating the channel or rotating it. */
final class ConsoleChannelSecret {

    private final ChromiumSession browser;

    private ConsoleChannelSecret(ChromiumSession browser) {
        this.browser = browser;
    }

    static ConsoleChannelSecret shown(ChromiumSession browser) {
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"),
                "Signing secret of"));
        return new ConsoleChannelSecret(browser);
    }

    String secret() {
        return browser.driver().findElement(By.id("signing-secret")).getDomProperty("value");
    }

    ConsoleChannels backToChannels() {
        browser.driver().findElement(By.linkText("Back to channels")).click();
        return ConsoleChannels.shown(browser);
    }
}
