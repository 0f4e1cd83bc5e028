package dev.vigil.e2e;

import dev.vigil.testkit.browser.ChromiumSession;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The console's overview: the list of a person's monitors with their state, as they read it. */
final class ConsoleOverview {

    private final ChromiumSession browser;
    private final URI console;

    private ConsoleOverview(ChromiumSession browser, URI console) {
        this.browser = browser;
        this.console = console;
    }

    static ConsoleOverview shown(ChromiumSession browser, URI console) {
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Monitors"));
        return new ConsoleOverview(browser, console);
    }

    List<String> monitorNames() {
        return browser.driver().findElements(By.cssSelector("tr.monitor th a")).stream().map(WebElement::getText)
                .toList();
    }

    /** The state as the row spells it (Up, Down, ...). */
    String stateOf(String monitorName) {
        return row(monitorName).findElement(By.cssSelector(".state")).getText();
    }

    /** Waits, without reloading, until the monitor's row says this state. */
    void awaitState(String monitorName, String state) {
        // A live update replaces the state element while it is read: read it again.
        browser.waiting().ignoring(StaleElementReferenceException.class)
                .until(driver -> stateOf(monitorName).equals(state));
    }

    /**
     * Leaves a mark in the page's JavaScript state; {@link #stillTheSamePage()} tells whether it survived, which it
     * would not through a reload.
     */
    void markPage() {
        ((JavascriptExecutor) browser.driver()).executeScript("window.vigilTestMark = true;");
    }

    boolean stillTheSamePage() {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript("return window.vigilTestMark === true;"));
    }

    ConsoleMonitorPage openMonitor(String monitorName) {
        row(monitorName).findElement(By.cssSelector("th a")).click();
        return ConsoleMonitorPage.shown(browser, monitorName);
    }

    ConsoleMonitorForm newMonitor() {
        browser.driver().findElement(By.linkText("New monitor")).click();
        return ConsoleMonitorForm.shown(browser);
    }

    /** Follows a link straight to a monitor's page, as a pasted URL would. */
    void openLinkTo(UUID monitor) {
        browser.driver().get(console.resolve("/monitors/" + monitor).toString());
    }

    String heading() {
        return browser.driver().findElement(By.tagName("h1")).getText();
    }

    private WebElement row(String monitorName) {
        return browser.driver().findElements(By.cssSelector("tr.monitor")).stream()
                .filter(row -> row.findElement(By.cssSelector("th a")).getText().equals(monitorName))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No row for " + monitorName + " among " + monitorNames()));
    }
}
