package dev.vigil.console.channel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.console.api.FieldProblem;
import dev.vigil.console.manage.FieldErrors;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChannelFormTest {

    @Test
    void anEmailChannelSendsItsAddressAndNotTheUrlField() {
        ChannelForm form = new ChannelForm("ops mail", "email", "ops@example.com", "https://left.over/", null);

        assertThat(form.toRequest()).containsExactlyInAnyOrderEntriesOf(
                Map.of("name", "ops mail", "kind", "email", "address", "ops@example.com"));
    }

    @Test
    void aSlackChannelIsAWebhookWithTheSlackPreset() {
        ChannelForm form = new ChannelForm("ops", "slack", "", "https://hooks.slack.com/services/T/B/x", null);

        assertThat(form.toRequest()).containsExactlyInAnyOrderEntriesOf(Map.of("name", "ops", "kind", "webhook",
                "preset", "slack", "url", "https://hooks.slack.com/services/T/B/x"));
    }

    @Test
    void aPlainWebhookUsesVigilsGenericBody() {
        ChannelForm form = new ChannelForm("hook", "webhook", null, "https://hooks.example/vigil", null);

        assertThat(form.toRequest()).containsEntry("kind", "webhook").containsEntry("preset", "generic");
    }

    @Test
    void theTickedAlertTypesAreSentAndNoneTickedLeavesThemOutMeaningAll() {
        ChannelForm some = new ChannelForm("ops", "email", "ops@example.com", null,
                List.of("failure_streak", "recovery"));
        ChannelForm none = new ChannelForm("ops", "email", "ops@example.com", null, null);

        assertThat(some.toRequest()).containsEntry("alertTypes", List.of("failure_streak", "recovery"));
        assertThat(none.toRequest()).doesNotContainKey("alertTypes");
    }

    @Test
    void anUnknownTypeIsSentAsTheKindForTheApiToName() {
        ChannelForm form = new ChannelForm("ops", "pager", null, null, null);

        assertThat(form.toRequest()).containsEntry("kind", "pager").doesNotContainKey("preset");
    }

    @Test
    void theAlertTypesOfferedLeaveOutTestAlerts() {
        assertThat(ChannelForm.ALERT_TYPES).contains("failure_streak", "tls_expiry").doesNotContain("test");
    }

    @Test
    void aRefusedUrlIsShownAtTheUrlInput() {
        FieldErrors errors = ChannelForm.errors(List.of(new FieldProblem("url", "must be an http(s) URL")));

        assertThat(errors.of("url")).isEqualTo("must be an http(s) URL");
    }

    @Test
    void theApisKindAndPresetAreShownAtTheTypeSelect() {
        FieldErrors errors = ChannelForm.errors(List.of(new FieldProblem("kind", "is required: email or webhook"),
                new FieldProblem("preset", "does not apply to email channels")));

        assertThat(errors.of("type")).isEqualTo("is required: email or webhook; does not apply to email channels");
    }

    @Test
    void aProblemWithOneAlertTypeIsShownAtTheAlertTypes() {
        FieldErrors errors = ChannelForm.errors(List.of(new FieldProblem("alertTypes[2]", "is not an alert type")));

        assertThat(errors.of("alertTypes")).isEqualTo("is not an alert type");
    }

    @Test
    void aFieldTheFormDoesNotHaveIsListedAboveIt() {
        FieldErrors errors = ChannelForm.errors(List.of(new FieldProblem("enabled", "unknown field")));

        assertThat(errors.byField()).isEmpty();
        assertThat(errors.unplaced()).containsExactly("enabled: unknown field");
    }
}
