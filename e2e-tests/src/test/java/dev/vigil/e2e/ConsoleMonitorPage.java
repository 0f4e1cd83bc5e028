package dev.vigil.e2e;

import dev.vigil.testkit.browser.ChromiumSession;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A monitor's page: its figures and its latency chart, read as a person reads them. */
final class ConsoleMonitorPage {

    private static final Pattern PLOTTED = Pattern.compile("Plotted (\\d+) points");

    private final ChromiumSession browser;

    private ConsoleMonitorPage(ChromiumSession browser) {
        this.browser = browser;
    }

    static ConsoleMonitorPage shown(ChromiumSession browser, String monitorName) {
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), monitorName));
        return new ConsoleMonitorPage(browser);
    }

    /**
     * Reloads the page until its chart caption says it plotted points, as a person would while the first windows
     * close, and returns how many.
     */
    int awaitPlottedPoints(Duration atMost) {
        new WebDriverWait(browser.driver(), atMost, Duration.ofSeconds(5)).until(driver -> {
            String caption = caption();
            if (PLOTTED.matcher(caption).find()) {
                return true;
            }
            if (!caption.startsWith("Loading")) {
                driver.navigate().refresh();
            }
            return false;
        });
        Matcher plotted = PLOTTED.matcher(caption());
        return plotted.find() ? Integer.parseInt(plotted.group(1)) : 0;
    }

    /** Presses Delete and confirms the browser's question; the console then shows the overview. */
    ConsoleOverview deleteConfirmed(java.net.URI console) {
        browser.driver().findElement(By.cssSelector("button.danger")).click();
        browser.waiting().until(ExpectedConditions.alertIsPresent()).accept();
        return ConsoleOverview.shown(browser, console);
    }

    /** Whether the chart was drawn: uPlot's canvas is on the page. */
    boolean chartDrawn() {
        return !browser.driver().findElements(By.cssSelector("#chart canvas")).isEmpty();
    }

    /** The figures' labels and values, e.g. "p95 (1m window)" and "412 ms". */
    List<String> figureLabels() {
        return browser.driver().findElements(By.cssSelector(".figure dt")).stream().map(WebElement::getText).toList();
    }

    String captionText() {
        return caption();
    }

    private String caption() {
        return browser.driver().findElement(By.id("chart-caption")).getText();
    }
}
