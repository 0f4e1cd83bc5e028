package dev.vigil.e2e;

import dev.vigil.testkit.browser.ChromiumSession;
import dev.vigil.testkit.keycloak.DemoUser;
import java.net.URI;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Keycloak's login page, as the console sends a person there: type user name and password, press Sign In. */
final class ConsoleSignIn {

    private final ChromiumSession browser;
    private final URI console;

    private ConsoleSignIn(ChromiumSession browser, URI console) {
        this.browser = browser;
        this.console = console;
    }

    /** Opens the console's front page, which sends a signed-out person to Keycloak. */
    static ConsoleSignIn open(ChromiumSession browser, URI console) {
        browser.driver().get(console.resolve("/").toString());
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        return new ConsoleSignIn(browser, console);
    }

    ConsoleOverview signInAs(DemoUser user) {
        WebDriver driver = browser.driver();
        driver.findElement(By.id("username")).sendKeys(user.username());
        driver.findElement(By.id("password")).sendKeys(user.password());
        driver.findElement(By.id("kc-login")).click();
        return ConsoleOverview.shown(browser, console);
    }
}
