package dev.vigil.notifier.channel;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Out of service until the channel view has loaded, in the readiness group: an instance that does not know the
 * channels yet cannot route or deliver, so it should take no traffic and the operator should see why.
 */
@Component("channelView")
class ChannelViewHealthIndicator implements HealthIndicator {

    private final ChannelDirectory directory;
    private final ChannelReaderStatus status;

    ChannelViewHealthIndicator(ChannelDirectory directory, ChannelReaderStatus status) {
        this.directory = directory;
        this.status = status;
    }

    @Override
    public Health health() {
        Health.Builder health = directory.isLoaded() ? Health.up() : Health.outOfService();
        health.withDetail("loaded", directory.isLoaded()).withDetail("channels", directory.size());
        status.failing().ifPresent(failure -> health.withDetail("readerError", failure.error())
                .withDetail("failingSince", failure.at().toString()));
        return health.build();
    }
}
