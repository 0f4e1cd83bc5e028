package dev.vigil.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.testkit.browser.ChromiumSession;
import dev.vigil.testkit.http.RecordingHttpServer;
import dev.vigil.testkit.keycloak.DemoUser;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web console in a real Chromium against the whole running system, entered through the gateway like a person
 * would: Keycloak's login page, the overview, live state, a monitor's chart. Screenshots for the README are saved
 * under {@code e2e-tests/target/screenshots}.
 */
class ConsoleBrowserIntegrationTest {

    private static final List<String> ALICES_MONITORS = List.of("e2e healthy", "e2e slow", "e2e flaky", "e2e down",
            "e2e tls");
    /** The first 1m window must close (plus grace and the status refresh) before the chart has a point. */
    private static final Duration FIRST_WINDOWS = Duration.ofMinutes(4);
    /** A latency line needs two closed 1m windows. */
    private static final Duration TWO_WINDOWS = Duration.ofMinutes(5);
    private static final String FLIP = "e2e browser flip";
    /** The header, the filters and five rows hold fewer focus stops than this. */
    private static final int KEYBOARD_STOPS = 40;
    /** A common phone's CSS viewport. */
    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;
    private static final String MAINTAINED = "e2e browser maintained";
    private static final String MADE_IN_CONSOLE = "e2e made in the console";
    /** From creation through the outbox, the scheduler, the first probes and the status refresh. */
    private static final Duration NEW_MONITOR_UP = Duration.ofMinutes(2);
    private static final Duration RELOAD_EVERY = Duration.ofSeconds(3);

    private static VigilSystem system;
    private static AliceMission alice;
    private static Path repository;
    private static Path screenshots;
    private static RecordingHttpServer flipTarget;

    @BeforeAll
    static void start() {
        system = VigilSystem.shared();
        alice = AliceMission.shared(system);
        repository = Path.of(System.getProperty("vigil.repository", "..")).toAbsolutePath().normalize();
        screenshots = repository.resolve("e2e-tests").resolve("target").resolve("screenshots");
        flipTarget = RecordingHttpServer.start();
    }

    @AfterAll
    static void stopFlipTarget() {
        flipTarget.close();
    }

    @Test
    void aliceSignsInThroughKeycloakAndSeesHerMonitors() {
        try (var browser = ChromiumSession.start(repository)) {
            ConsoleOverview overview = ConsoleSignIn.open(browser, console()).signInAs(DemoUser.ALICE);

            assertThat(overview.monitorNames()).containsAll(ALICES_MONITORS);
        }
    }

    @Test
    void bobSeesNoneOfAlicesMonitors() {
        try (var browser = ChromiumSession.start(repository)) {
            ConsoleOverview overview = ConsoleSignIn.open(browser, console()).signInAs(DemoUser.BOB);

            assertThat(overview.monitorNames()).doesNotContainAnyElementsOf(ALICES_MONITORS);
        }
    }

    @Test
    void aDirectLinkToAlicesMonitorAnswersBobNotFound() {
        try (var browser = ChromiumSession.start(repository)) {
            ConsoleOverview overview = ConsoleSignIn.open(browser, console()).signInAs(DemoUser.BOB);

            overview.openLinkTo(alice.slow());

            assertThat(overview.heading()).isEqualTo("Not found");
            assertThat(browser.driver().getPageSource()).doesNotContain("e2e slow");
        }
    }

    @Test
    void theFirstKeyboardStopIsTheSkipLinkAndAMonitorOpensFromTheKeyboardAlone() {
        try (var browser = ChromiumSession.start(repository)) {
            ConsoleOverview overview = ConsoleSignIn.open(browser, console()).signInAs(DemoUser.ALICE);

            assertThat(overview.tabTo("Skip to content", 1)).isEqualTo(1);
            overview.tabTo("e2e slow", KEYBOARD_STOPS);
            overview.pressEnter();

            assertThat(ConsoleMonitorPage.shown(browser, "e2e slow")).isNotNull();
        }
    }

    @Test
    void onAPhoneTheOverviewIsAColumnOfCardsThatNeedsNoSidewaysScrolling() {
        try (var browser = ChromiumSession.start(repository)) {
            browser.resize(PHONE_WIDTH, PHONE_HEIGHT);
            ConsoleOverview overview = ConsoleSignIn.open(browser, console()).signInAs(DemoUser.ALICE);

            assertThat(overview.rowIsACard("e2e slow")).isTrue();
            assertThat(overview.fitsTheWindowsWidth()).isTrue();
            browser.screenshot(screenshots.resolve("console-overview-phone.png"));
        }
    }

    @Test
    void theNameFilterNarrowsTheListWithoutAReload() {
        try (var browser = ChromiumSession.start(repository)) {
            ConsoleOverview overview = ConsoleSignIn.open(browser, console()).signInAs(DemoUser.ALICE);
            overview.markPage();

            overview.filterByName("e2e slow");

            assertThat(overview.monitorNames()).contains("e2e slow").doesNotContain("e2e healthy", "e2e down");
            assertThat(overview.stillTheSamePage()).as("the page was not reloaded").isTrue();
        }
    }

    @Test
    void aMonitorInsideAMaintenanceWindowIsMarkedAndFoundByTheMaintenanceFilter() {
        Instant now = Instant.now();
        UUID maintained = AliceMission.monitor(system, MAINTAINED, flipTarget.uri().resolve("/maintained"),
                ", \"maintenanceWindows\": [{\"type\": \"one_off\", \"start\": \"%s\", \"end\": \"%s\"}]"
                        .formatted(now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(1))));
        try (var browser = ChromiumSession.start(repository)) {
            ConsoleOverview overview = ConsoleSignIn.open(browser, console()).signInAs(DemoUser.ALICE);
            assertThat(overview.inMaintenance(MAINTAINED)).isTrue();
            assertThat(overview.inMaintenance("e2e slow")).isFalse();

            overview.filterByState("in maintenance");

            assertThat(overview.monitorNames()).containsExactly(MAINTAINED);
        } finally {
            system.gateway().delete(system.tokens().of(DemoUser.ALICE), "/api/v1/monitors/" + maintained);
        }
    }

    @Test
    void eachRowDrawsItsMonitorsRecentLatencyLine() {
        try (var browser = ChromiumSession.start(repository)) {
            ConsoleOverview overview = ConsoleSignIn.open(browser, console()).signInAs(DemoUser.ALICE);

            String line = overview.awaitLatencyLine("e2e slow", TWO_WINDOWS);

            assertThat(line).startsWith("p95 over the last hour").contains("latest");
            browser.screenshot(screenshots.resolve("console-overview.png"));
        }
    }

    @Test
    void aMonitorThatGoesDownTurnsDownOnTheOverviewWithoutAReload() {
        UUID flip = AliceMission.monitor(system, FLIP, flipTarget.uri().resolve("/health"), "");
        try (var browser = ChromiumSession.start(repository)) {
            ConsoleOverview overview = ConsoleSignIn.open(browser, console()).signInAs(DemoUser.ALICE);
            overview = reloadUntilUp(browser, overview);
            overview.markPage();

            flipTarget.respond("/health", 503, "text/plain", "down for the test");

            overview.awaitState(FLIP, "Down");
            assertThat(overview.stillTheSamePage()).as("the page was not reloaded").isTrue();
        } finally {
            system.gateway().delete(system.tokens().of(DemoUser.ALICE), "/api/v1/monitors/" + flip);
        }
    }

    @Test
    void theSlowMonitorsPageChartsItsLatencyAndShowsItsP95() {
        try (var browser = ChromiumSession.start(repository)) {
            ConsoleOverview overview = ConsoleSignIn.open(browser, console()).signInAs(DemoUser.ALICE);
            ConsoleMonitorPage page = overview.openMonitor("e2e slow");

            int points = page.awaitPlottedPoints(FIRST_WINDOWS);

            assertThat(points).isPositive();
            assertThat(page.chartDrawn()).isTrue();
            assertThat(page.captionText()).contains("latest p95");
            assertThat(page.figureLabels()).anySatisfy(label -> assertThat(label).startsWith("p95"));
            browser.screenshot(screenshots.resolve("console-monitor.png"));
        }
    }

    @Test
    void aMonitorTheApiRefusesShowsTheApisMessageAtTheFieldAtFault() {
        try (var browser = ChromiumSession.start(repository)) {
            ConsoleMonitorForm form = ConsoleSignIn.open(browser, console()).signInAs(DemoUser.ALICE).newMonitor();

            form.fill("Name", "e2e refused").fill("Target", "not a url").submit();

            ConsoleMonitorForm refused = ConsoleMonitorForm.shown(browser);
            assertThat(refused.errorAt("Target")).isPresent();
            assertThat(refused.errorAt("Name")).isEmpty();
        }
    }

    @Test
    void aValidMonitorAppearsOnTheOverviewAndCanBeDeletedAfterConfirming() {
        try (var browser = ChromiumSession.start(repository)) {
            ConsoleMonitorForm form = ConsoleSignIn.open(browser, console()).signInAs(DemoUser.ALICE).newMonitor();

            form.fill("Name", MADE_IN_CONSOLE).fill("Target", flipTarget.uri().resolve("/made").toString())
                    .fill("Interval", "2").fill("Timeout", "1500").submitAccepted(console());
            ConsoleOverview overview = ConsoleOverview.shown(browser, console());
            assertThat(overview.monitorNames()).contains(MADE_IN_CONSOLE);

            ConsoleOverview afterDelete = overview.openMonitor(MADE_IN_CONSOLE).deleteConfirmed(console());
            assertThat(afterDelete.monitorNames()).doesNotContain(MADE_IN_CONSOLE);
        }
    }

    /** The new monitor is unknown until its first result; a person would reload until it shows up. */
    private static ConsoleOverview reloadUntilUp(ChromiumSession browser, ConsoleOverview overview) {
        new WebDriverWait(browser.driver(), NEW_MONITOR_UP, RELOAD_EVERY)
                .ignoring(StaleElementReferenceException.class).until(driver -> {
            if (overview.monitorNames().contains(FLIP) && overview.stateOf(FLIP).equals("Up")) {
                return true;
            }
            driver.navigate().refresh();
            return false;
        });
        return ConsoleOverview.shown(browser, console());
    }

    private static URI console() {
        return system.stack().gatewayUri();
    }
}
