package dev.vigil.notifier.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.contracts.alert.Alert;
import dev.vigil.contracts.alert.AlertDetails;
import dev.vigil.contracts.alert.AlertType;
import dev.vigil.contracts.alert.GroupedAlert;
import dev.vigil.contracts.channel.Channel;
import dev.vigil.notifier.Samples;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AlertRouterTest {

    private static final String TENANT = "alice";

    @Test
    void sendsToEveryEnabledChannelOfTheTenant() {
        Channel mail = Samples.email(TENANT, "a@example.test");
        Channel hook = Samples.webhook(TENANT, "https://hooks.example.test/a", "whsec_AAAA");

        assertThat(AlertRouter.targets(Samples.failureStreak(TENANT), List.of(mail, hook))).containsExactly(mail, hook);
    }

    @Test
    void neverUsesAChannelOfAnotherTenant() {
        Channel bobs = Samples.email("bob", "bob@example.test");

        assertThat(AlertRouter.targets(Samples.failureStreak(TENANT), List.of(bobs))).isEmpty();
    }

    @Test
    void skipsDisabledChannelsAndChannelsFilteringTheType() {
        Channel off = withTypes(Samples.email(TENANT, "a@example.test"), List.of(), false);
        Channel recoveriesOnly = withTypes(Samples.email(TENANT, "b@example.test"), List.of(AlertType.RECOVERY), true);

        assertThat(AlertRouter.targets(Samples.failureStreak(TENANT), List.of(off, recoveriesOnly))).isEmpty();
    }

    @Test
    void sendsATestAlertOnlyToTheChannelItNames() {
        Channel tried = withTypes(Samples.email(TENANT, "a@example.test"), List.of(AlertType.RECOVERY), true);
        Channel other = Samples.email(TENANT, "b@example.test");
        Alert test = new Alert(UUID.randomUUID(), AlertType.TEST, tried.id(), TENANT, "ops mail", null,
                new AlertDetails(null, null, null, null, null, null, null, null, null, null, null, List.of(), null,
                        null, "test notification"), Instant.now());

        assertThat(AlertRouter.targets(test, List.of(tried, other))).containsExactly(tried);
    }

    @Test
    void anAlertGroupedIntoALeadIsRoutedNowhereBecauseTheLeadCarriesIt() {
        Channel mail = Samples.email(TENANT, "a@example.test");
        Alert lead = Samples.failureStreak(TENANT);

        assertThat(AlertRouter.targets(Samples.slaBreachWith(lead).companionOf(lead.id()), List.of(mail))).isEmpty();
    }

    @Test
    void aLeadReachesAChannelThatAcceptsOnlyOneOfTheAlertsItCarries() {
        Channel slaOnly = withTypes(Samples.email(TENANT, "a@example.test"), List.of(AlertType.SLA_BREACH), true);
        Alert lead = Samples.failureStreak(TENANT);
        Alert grouped = lead.leading(List.of(GroupedAlert.of(Samples.slaBreachWith(lead))));

        assertThat(AlertRouter.targets(grouped, List.of(slaOnly))).containsExactly(slaOnly);
    }

    private static Channel withTypes(Channel channel, List<AlertType> types, boolean enabled) {
        return new Channel(channel.id(), channel.tenant(), channel.name(), channel.target(), types, enabled,
                channel.version(), channel.updatedAt());
    }
}
