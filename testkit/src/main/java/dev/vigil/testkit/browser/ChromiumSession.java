package dev.vigil.testkit.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium with a fresh profile (so no cookie or session leaks between users), driven through
 * chromedriver. The paths come from {@code .ci/chromium}, never from Selenium Manager, which would download a
 * browser of its own.
 */
public final class ChromiumSession implements AutoCloseable {

    /** Generous: the browser shares a two-core machine with the whole stack and other builds. */
    public static final Duration WAIT = Duration.ofSeconds(60);
    private static final Dimension DESKTOP = new Dimension(1280, 900);

    private final ChromeDriver driver;

    private ChromiumSession(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Starts a browser; the repository is where {@code .ci/chromium} is. */
    public static ChromiumSession start(Path repository) {
        ChromiumInstallation chromium = ChromiumInstallation.find(repository);
        var options = new ChromeOptions();
        options.setBinary(chromium.browser().toFile());
        // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--no-first-run", "--disable-extensions", "--window-size=" + DESKTOP.width + "," + DESKTOP.height);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(chromium.driver().toFile())
                .usingAnyFreePort().build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT);
        return new ChromiumSession(driver);
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT);
    }

    /** Resizes the window, e.g. to a phone's width to check the small-screen layout. */
    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Saves what the browser shows now as a PNG, for the README. */
    public Path screenshot(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save a screenshot to " + file, e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
