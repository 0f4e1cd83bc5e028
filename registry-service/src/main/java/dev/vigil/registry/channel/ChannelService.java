package dev.vigil.registry.channel;

import dev.vigil.contracts.alert.Alert;
import dev.vigil.contracts.alert.AlertDetails;
import dev.vigil.contracts.alert.AlertId;
import dev.vigil.contracts.alert.AlertType;
import dev.vigil.contracts.channel.Channel;
import dev.vigil.contracts.channel.SecretSealer;
import dev.vigil.contracts.channel.ChannelTarget;
import dev.vigil.contracts.channel.SigningSecret;
import dev.vigil.registry.RegistryProperties;
import dev.vigil.registry.outbox.Aggregate;
import dev.vigil.registry.outbox.OutboxWriter;
import dev.vigil.registry.web.Problems;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** The channel use cases; each writes the channel and its outbox row in one transaction. */
@Service
class ChannelService {

    private static final Logger log = LoggerFactory.getLogger(ChannelService.class);

    private final ChannelRepository channels;
    private final ChannelFactory factory;
    private final SecretSealer sealer;
    private final OutboxWriter outbox;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Duration grace;

    ChannelService(ChannelRepository channels, ChannelFactory factory, SecretSealer sealer, OutboxWriter outbox,
            MeterRegistry meters, Clock clock, RegistryProperties properties) {
        this.channels = channels;
        this.factory = factory;
        this.sealer = sealer;
        this.outbox = outbox;
        this.meters = meters;
        this.clock = clock;
        this.grace = properties.channels().secretGracePeriod();
    }

    /** @return the channel, with its clear signing secret if it is a webhook */
    @Transactional
    ChannelView create(String tenant, ChannelRequest request) {
        factory.validate(request);
        String secret = newSecret();
        ChannelTarget target = ChatWebhookUrls.sealed(factory.target(request, sealer.seal(secret)), sealer);
        Channel channel = new Channel(UUID.randomUUID(), tenant, request.name(), target, request.alertTypes(), true,
                1, clock.instant());
        channels.insert(channel);
        changed(channel, "created");
        return ChannelView.of(channel, target instanceof ChannelTarget.Webhook ? secret : null);
    }

    @Transactional(readOnly = true)
    ChannelView get(String tenant, UUID id) {
        return ChannelView.of(channels.find(id, tenant).orElseThrow(() -> notFound(id)));
    }

    @Transactional(readOnly = true)
    List<ChannelView> list(String tenant) {
        return channels.all(tenant).stream().map(ChannelView::of).toList();
    }

    @Transactional
    void delete(String tenant, UUID id) {
        Channel channel = channels.lock(id, tenant).orElseThrow(() -> notFound(id));
        channels.delete(id, tenant);
        outbox.append(Aggregate.CHANNEL, id, "deleted", null);
        counted(channel, "deleted");
    }

    /** A new current secret; the previous ones stay valid for the grace period, expired ones are dropped. */
    @Transactional
    ChannelView rotate(String tenant, UUID id) {
        Channel channel = channels.lock(id, tenant).orElseThrow(() -> notFound(id));
        if (!(channel.target() instanceof ChannelTarget.Webhook webhook)) {
            throw Problems.conflict("not-a-webhook", "Not a webhook channel",
                    "only webhook channels have signing secrets to rotate");
        }
        Instant now = clock.instant();
        List<SigningSecret> secrets = new ArrayList<>();
        String secret = newSecret();
        secrets.add(new SigningSecret(sealer.seal(secret), null));
        webhook.signingSecrets().stream()
                .filter(old -> old.activeAt(now))
                .map(old -> old.validUntil() == null ? new SigningSecret(old.ciphertext(), now.plus(grace)) : old)
                .forEach(secrets::add);
        Channel rotated = new Channel(id, tenant, channel.name(),
                webhook.withSigningSecrets(secrets), channel.alertTypes(),
                channel.enabled(), channel.version() + 1, now);
        channels.update(rotated);
        changed(rotated, "rotated");
        return ChannelView.of(rotated, secret);
    }

    /**
     * Sends a test alert through the real pipeline. Alerts carry no channel field, so the channel's id stands in the
     * monitor id (and is the record key); the notifier delivers test alerts only to the channel of that id.
     */
    @Transactional
    void test(String tenant, UUID id) {
        Channel channel = channels.find(id, tenant).orElseThrow(() -> notFound(id));
        Instant now = clock.instant();
        AlertDetails details = new AlertDetails(null, null, null, null, null, null, null, null, null, null, null,
                List.of(), null, null, "Test alert for channel '%s' (%s)".formatted(channel.name(), id));
        Alert alert = new Alert(AlertId.of(id, AlertType.TEST, UUID.randomUUID().toString()), AlertType.TEST, id,
                tenant, channel.name(), null, details, now);
        outbox.append(Aggregate.ALERT, id, "test", alert);
        counted(channel, "test_alert");
    }

    private void changed(Channel channel, String type) {
        outbox.append(Aggregate.CHANNEL, channel.id(), type, channel);
        counted(channel, type);
    }

    private void counted(Channel channel, String type) {
        meters.counter("vigil.registry.channel.changes", "type", type).increment();
        log.atInfo()
                .addKeyValue("channelId", channel.id())
                .addKeyValue("tenant", channel.tenant())
                .addKeyValue("change", type)
                .log("channel changed");
    }

    private String newSecret() {
        return sealer.newWebhookSecret();
    }

    private static ResponseStatusException notFound(UUID id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no channel " + id);
    }
}
