package dev.vigil.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.testkit.browser.ChromiumSession;
import dev.vigil.testkit.http.RecordingHttpServer;
import dev.vigil.testkit.keycloak.DemoUser;
import java.net.URI;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The console's Manage pages in a real Chromium against the whole running system, as alice: channels (create a
 * Slack and a webhook channel, test, rotate the secret, delete) and a monitor's maintenance windows. Everything made
 * here carries a unique "e2e console" name and is deleted afterwards, since other tests share alice's tenant.
 */
class ConsoleManageBrowserIntegrationTest {

    private static final String CHANNEL_PREFIX = "e2e console channel ";

    private static VigilSystem system;
    private static Path repository;
    /** Where the channels made here deliver: a receiver of this test's own, so no other test counts them. */
    private static RecordingHttpServer receiver;

    @BeforeAll
    static void start() {
        system = VigilSystem.shared();
        AliceMission.shared(system);
        repository = Path.of(System.getProperty("vigil.repository", "..")).toAbsolutePath().normalize();
        receiver = RecordingHttpServer.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    /** Deletes through the API whatever channel a failed test left behind. */
    @AfterEach
    void deleteLeftoverChannels() {
        String alice = system.tokens().of(DemoUser.ALICE);
        for (JsonNode channel : system.gateway().get(alice, "/api/v1/channels").json().valueStream().toList()) {
            if (channel.path("name").asString("").startsWith(CHANNEL_PREFIX)) {
                system.gateway().delete(alice, "/api/v1/channels/" + channel.path("id").asString());
            }
        }
    }

    @Test
    void aSlackChannelIsCreatedListedTestedAndDeletedAfterConfirming() {
        String name = unique("slack");
        String hookPath = "/services/T0E2E/B0E2E/" + UUID.randomUUID();
        try (var browser = ChromiumSession.start(repository)) {
            ConsoleChannels channels = ConsoleChannels.openFromNav(signedIn(browser));
            channels = channels.newChannel().type("Slack").fill("Name", name)
                    .fill("Webhook URL", receiver.uri().resolve(hookPath).toString()).tick("failure streak")
                    .submitWebhook().backToChannels();

            assertThat(channels.names()).contains(name);
            assertThat(channels.targetOf(name)).as("the Slack URL is a credential, shown masked")
                    .doesNotContain(hookPath);

            channels = channels.sendTest(name);
            assertThat(channels.notice()).isEqualTo("Test alert sent to " + name + ".");

            channels = channels.deleteConfirmed(name);
            assertThat(channels.names()).doesNotContain(name);
        }
    }

    @Test
    void aWebhooksSigningSecretIsShownOnceAtCreationAndOnceMoreWhenRotated() {
        String name = unique("webhook");
        try (var browser = ChromiumSession.start(repository)) {
            ConsoleChannelSecret created = ConsoleChannels.openFromNav(signedIn(browser)).newChannel().type(
                    "Webhook (Vigil's JSON, signed)").fill("Name", name)
                    .fill("Webhook URL", receiver.uri().resolve("/e2e-console-webhook").toString()).submitWebhook();
            String first = created.secret();
            ConsoleChannels channels = created.backToChannels();
            assertThat(browser.driver().getPageSource()).doesNotContain(first);

            ConsoleChannelSecret rotated = channels.rotateSecretConfirmed(name);
            String second = rotated.secret();
            assertThat(second).isNotBlank().isNotEqualTo(first);
            channels = rotated.backToChannels();
            assertThat(browser.driver().getPageSource()).doesNotContain(second);

            assertThat(channels.deleteConfirmed(name).names()).doesNotContain(name);
        }
    }

    @Test
    void aChannelWithABadUrlShowsTheApisMessageAtTheUrlField() {
        try (var browser = ChromiumSession.start(repository)) {
            ConsoleChannelForm refused = ConsoleChannels.openFromNav(signedIn(browser)).newChannel()
                    .type("Webhook (Vigil's JSON, signed)").fill("Name", unique("refused"))
                    .fill("Webhook URL", "not a url").submitRefused();

            assertThat(refused.errorAt("Webhook URL")).isPresent();
            assertThat(refused.errorAt("Name")).isEmpty();
            assertThat(refused.valueOf("Webhook URL")).isEqualTo("not a url");
        }
    }

    /** On a monitor of its own, so no window ever touches the monitors other tests watch. */
    @Test
    void aWeeklyWindowIsAddedToAMonitorListedAndRemovedAfterConfirming() {
        UUID monitor = AliceMission.monitor(system, "e2e console maintenance " + shortId(),
                receiver.uri().resolve("/e2e-console-maintenance"), "");
        String window = "Every Wednesday at 03:00 for 5 minutes (UTC)";
        try (var browser = ChromiumSession.start(repository)) {
            ConsoleMaintenance maintenance = ConsoleMaintenance.openFromMonitor(signedIn(browser), console(), monitor)
                    .addWeekly("wednesday", "03:00", 5, "UTC");

            assertThat(maintenance.notice()).isEqualTo("Maintenance window added.");
            assertThat(maintenance.windows()).containsExactly(window);

            maintenance = maintenance.removeConfirmed(window);
            assertThat(maintenance.windows()).isEmpty();
        } finally {
            system.gateway().delete(system.tokens().of(DemoUser.ALICE), "/api/v1/monitors/" + monitor);
        }
    }

    private static ChromiumSession signedIn(ChromiumSession browser) {
        ConsoleSignIn.open(browser, console()).signInAs(DemoUser.ALICE);
        return browser;
    }

    private static String unique(String what) {
        return CHANNEL_PREFIX + what + " " + shortId();
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static URI console() {
        return system.stack().gatewayUri();
    }
}
