package dev.vigil.e2e;

import dev.vigil.testkit.browser.ChromiumSession;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A monitor's maintenance windows page: the windows in words, the weekly form, each window's Remove button. */
final class ConsoleMaintenance {

    private final ChromiumSession browser;

    private ConsoleMaintenance(ChromiumSession browser) {
        this.browser = browser;
    }

    /** Opens the monitor's page and follows its "Maintenance windows" link. */
    static ConsoleMaintenance openFromMonitor(ChromiumSession browser, java.net.URI console, java.util.UUID monitor) {
        browser.driver().get(console.resolve("/monitors/" + monitor).toString());
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.linkText("Maintenance windows"))).click();
        return shown(browser);
    }

    static ConsoleMaintenance shown(ChromiumSession browser) {
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"),
                "Maintenance windows"));
        return new ConsoleMaintenance(browser);
    }

    List<String> windows() {
        return browser.driver().findElements(By.cssSelector("tr.window .window-description")).stream()
                .map(WebElement::getText).toList();
    }

    String notice() {
        return browser.driver().findElement(By.cssSelector(".notice")).getText();
    }

    /**
     * Fills and submits the weekly form. The time is set as the input's value: what keystrokes a native time
     * widget takes depends on the browser's locale.
     */
    ConsoleMaintenance addWeekly(String day, String startTime, int minutes, String zone) {
        var driver = browser.driver();
        driver.findElement(By.cssSelector("input[name=weeklyDays][value=" + day + "]")).click();
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]",
                driver.findElement(By.id("weeklyStartTime")), startTime);
        replace(driver.findElement(By.id("weeklyDuration")), String.valueOf(minutes));
        replace(driver.findElement(By.id("weeklyZone")), zone);
        press(driver.findElement(By.xpath("//button[normalize-space()='Add weekly window']")), false);
        return shown(browser);
    }

    ConsoleMaintenance removeConfirmed(String description) {
        WebElement row = browser.driver().findElements(By.cssSelector("tr.window")).stream()
                .filter(candidate -> candidate.findElement(By.cssSelector(".window-description")).getText()
                        .equals(description))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No window " + description + " among " + windows()));
        press(row.findElement(By.cssSelector("button.danger")), true);
        return shown(browser);
    }

    private void press(WebElement button, boolean confirm) {
        button.click();
        if (confirm) {
            browser.waiting().until(ExpectedConditions.alertIsPresent()).accept();
        }
        browser.waiting().until(ExpectedConditions.stalenessOf(button));
    }

    private static void replace(WebElement input, String value) {
        input.clear();
        input.sendKeys(value);
    }
}
