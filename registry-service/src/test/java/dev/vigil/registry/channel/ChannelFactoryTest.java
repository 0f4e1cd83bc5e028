package dev.vigil.registry.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.contracts.channel.ChannelKind;
import dev.vigil.contracts.channel.ChannelTarget;
import dev.vigil.contracts.channel.WebhookPreset;
import dev.vigil.registry.api.TestProperties;
import dev.vigil.registry.egress.PublicTargets;
import dev.vigil.registry.web.FieldError;
import dev.vigil.registry.web.InvalidRequestException;
import org.junit.jupiter.api.Test;

class ChannelFactoryTest {

    private final ChannelFactory strict = new ChannelFactory(TestProperties.defaults(false),
            new PublicTargets(TestProperties.defaults(false)));

    @Test
    void aWebhookToALoopbackAddressIsRejectedNamingTheUrl() {
        ChannelRequest request = new ChannelRequest("hook", ChannelKind.WEBHOOK, null, "http://127.0.0.1:9000/hook",
                null, null);

        assertThatThrownBy(() -> strict.target(request, "c2VhbGVk"))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("url"));
    }

    @Test
    void aWebhookToAPublicAddressGetsTheGenericPresetAndItsFirstSecret() {
        ChannelRequest request = new ChannelRequest("hook", ChannelKind.WEBHOOK, null, "https://1.1.1.1/hook",
                null, null);

        ChannelTarget.Webhook webhook = (ChannelTarget.Webhook) strict.target(request, "c2VhbGVk");

        assertThat(webhook.preset()).isEqualTo(WebhookPreset.GENERIC);
        assertThat(webhook.signingSecrets()).singleElement()
                .satisfies(secret -> assertThat(secret.ciphertext()).isEqualTo("c2VhbGVk"));
    }
}
