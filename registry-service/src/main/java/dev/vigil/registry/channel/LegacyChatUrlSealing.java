package dev.vigil.registry.channel;

import dev.vigil.contracts.channel.Channel;
import dev.vigil.contracts.channel.SecretSealer;
import dev.vigil.registry.outbox.Aggregate;
import dev.vigil.registry.outbox.OutboxWriter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals the Slack and Teams webhook URLs stored in clear by a registry from before sealing, at every start, and
 * publishes the next version of each such channel so the compacted channels topic drops the clear copy too.
 * Idempotent: a channel with a sealed URL is left as it is.
 */
@Component
class LegacyChatUrlSealing implements ApplicationRunner {

    static final String METRIC = "vigil.registry.secrets.resealed";

    private static final Logger log = LoggerFactory.getLogger(LegacyChatUrlSealing.class);

    private final ChannelRepository channels;
    private final SecretSealer sealer;
    private final OutboxWriter outbox;
    private final TransactionTemplate transactions;
    private final MeterRegistry meters;
    private final Clock clock;

    LegacyChatUrlSealing(ChannelRepository channels, SecretSealer sealer, OutboxWriter outbox,
            TransactionTemplate transactions, MeterRegistry meters, Clock clock) {
        this.channels = channels;
        this.sealer = sealer;
        this.outbox = outbox;
        this.transactions = transactions;
        this.meters = meters;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        sealAll();
    }

    /** @return how many channels had their URL in clear */
    int sealAll() {
        Integer sealed = transactions.execute(status -> {
            int count = 0;
            for (Channel stored : channels.lockAllChatWebhooks()) {
                if (!ChatWebhookUrls.holdsPlainUrl(stored)) {
                    continue;
                }
                Channel next = new Channel(stored.id(), stored.tenant(), stored.name(),
                        ChatWebhookUrls.sealed(stored.target(), sealer), stored.alertTypes(), stored.enabled(),
                        stored.version() + 1, clock.instant());
                channels.update(next);
                outbox.append(Aggregate.CHANNEL, next.id(), "updated", next);
                count++;
            }
            return count;
        });
        int count = sealed == null ? 0 : sealed;
        if (count > 0) {
            meters.counter(METRIC, "field", "chat_webhook_url").increment(count);
            log.atInfo().addKeyValue("channels", count).log("chat webhook URLs stored in clear were sealed");
        }
        return count;
    }
}
