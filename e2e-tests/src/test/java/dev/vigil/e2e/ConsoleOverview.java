package dev.vigil.e2e;

import dev.vigil.testkit.browser.ChromiumSession;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The console's overview: the list of a person's monitors with their state, as they read it. */
final class ConsoleOverview {

    private static final Duration RELOAD_EVERY = Duration.ofSeconds(5);

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

    /** Whether the row marks the monitor as inside a maintenance window. */
    boolean inMaintenance(String monitorName) {
        return !row(monitorName).findElements(By.cssSelector(".maintenance")).isEmpty();
    }

    /** Types into the name filter and waits until the list shows only names containing it, without a reload. */
    void filterByName(String part) {
        WebElement input = browser.driver().findElement(By.name("name"));
        input.clear();
        input.sendKeys(part);
        browser.waiting().ignoring(StaleElementReferenceException.class).until(driver ->
                !monitorNames().isEmpty() && monitorNames().stream().allMatch(name -> name.contains(part)));
    }

    /** Picks a state in the state filter by its visible words and waits until the list has been swapped in. */
    void filterByState(String label) {
        WebElement table = browser.driver().findElement(By.id("monitors"));
        new Select(browser.driver().findElement(By.name("state"))).selectByVisibleText(label);
        browser.waiting().until(ExpectedConditions.stalenessOf(table));
    }

    /**
     * Reloads, as a person would, until the monitor's row draws its latency line, and answers the line's spoken
     * description.
     */
    String awaitLatencyLine(String monitorName, Duration atMost) {
        return new WebDriverWait(browser.driver(), atMost, RELOAD_EVERY)
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> {
                    List<WebElement> lines = row(monitorName).findElements(By.cssSelector("svg.sparkline"));
                    if (!lines.isEmpty()) {
                        return lines.getFirst().getAttribute("aria-label");
                    }
                    driver.navigate().refresh();
                    return null;
                });
    }

    /** Whether the page is no wider than the window, so nothing needs scrolling sideways. */
    boolean fitsTheWindowsWidth() {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth;"));
    }

    /** Whether the monitor's row is laid out as a card as wide as the list, as on a phone, rather than a table row. */
    boolean rowIsACard(String monitorName) {
        return row(monitorName).getCssValue("display").equals("block");
    }

    /**
     * Presses Tab from the top of the page until the focus is on the link with this text, and answers how many
     * presses that took; fails if the link is not among the first {@code atMost} focus stops.
     */
    int tabTo(String linkText, int atMost) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.activeElement.blur(); window.scrollTo(0, 0);");
        for (int presses = 1; presses <= atMost; presses++) {
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
            if (browser.driver().switchTo().activeElement().getText().equals(linkText)) {
                return presses;
            }
        }
        throw new AssertionError("\"" + linkText + "\" was not among the first " + atMost + " focus stops");
    }

    /** Presses Enter on the focused element, such as a link reached with Tab. */
    void pressEnter() {
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
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
