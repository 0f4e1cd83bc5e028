package dev.vigil.contracts.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.contracts.Samples;
import dev.vigil.contracts.alert.AlertType;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChannelTest {

  @Test
  void emptyAlertTypeFilterAcceptsEveryType() {
    Channel channel = emailChannel(List.of());

    assertThat(AlertType.values()).allMatch(channel::accepts);
  }

  @Test
  void alertTypeFilterAcceptsOnlyTheListedTypes() {
    Channel channel = emailChannel(List.of(AlertType.FAILURE_STREAK));

    assertThat(channel.accepts(AlertType.FAILURE_STREAK)).isTrue();
    assertThat(channel.accepts(AlertType.SLA_BREACH)).isFalse();
  }

  @Test
  void webhookWithoutSigningSecretIsRejected() {
    assertThatThrownBy(() -> new ChannelTarget.Webhook("https://example.com/hook", WebhookPreset.GENERIC, List.of()))
        .hasMessage("'signingSecrets' must hold at least one secret");
  }

  @Test
  void webhookUrlMustBeHttp() {
    List<SigningSecret> secrets = List.of(new SigningSecret("c2VhbGVk", null));

    assertThatThrownBy(() -> new ChannelTarget.Webhook("ftp://example.com/hook", WebhookPreset.GENERIC, secrets))
        .hasMessage("'url' must be an absolute http or https URL, was 'ftp://example.com/hook'");
  }

  @Test
  void secretBeingRotatedOutIsActiveOnlyUntilItsEnd() {
    SigningSecret old = new SigningSecret("c2VhbGVk", Samples.NOW);

    assertThat(old.activeAt(Samples.NOW.minusSeconds(1))).isTrue();
    assertThat(old.activeAt(Samples.NOW)).isFalse();
  }

  private static Channel emailChannel(List<AlertType> alertTypes) {
    return new Channel(UUID.randomUUID(), Samples.TENANT, "mail", new ChannelTarget.Email("ops@example.com"),
        alertTypes, true, 0, Samples.NOW);
  }
}
