package dev.vigil.notifier.channel;

import dev.vigil.contracts.channel.Channel;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The current channels, as the compacted channels topic last said; filled by {@link ChannelTopicReader} and read by
 * routing and delivery, so no alert needs a call to the registry.
 */
@Component
public class ChannelDirectory {

    private final Map<UUID, Channel> channels = new ConcurrentHashMap<>();
    /** Channel ids are never reused, so a record after the tombstone is a late copy and must not revive it. */
    private final Set<UUID> deleted = ConcurrentHashMap.newKeySet();
    private final CountDownLatch loaded = new CountDownLatch(1);

    public Optional<Channel> find(UUID channelId) {
        return Optional.ofNullable(channels.get(channelId));
    }

    public List<Channel> ofTenant(String tenant) {
        return channels.values().stream().filter(channel -> channel.tenant().equals(tenant)).toList();
    }

    /** True once every record that existed at start has been read; false if that did not happen in time. */
    public boolean awaitLoaded(Duration timeout) throws InterruptedException {
        return loaded.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether every record that existed when the reader first reached Kafka has been read. */
    public boolean isLoaded() {
        return loaded.getCount() == 0;
    }

    /**
     * The channel, waiting up to {@code timeout} for the view to read it: for a channel the registry has just
     * published, whose record the view's own consumer may not have reached yet. A deletion ends the wait at once,
     * since no later record brings a deleted channel back.
     */
    public synchronized Optional<Channel> awaitChannel(UUID channelId, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (long left = timeout.toNanos();
                !channels.containsKey(channelId) && !deleted.contains(channelId) && left > 0;
                left = deadline - System.nanoTime()) {
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return find(channelId);
    }

    public int size() {
        return channels.size();
    }

    synchronized void apply(UUID channelId, @Nullable Channel channel) {
        if (channel == null) {
            deleted.add(channelId);
            channels.remove(channelId);
            notifyAll();
        } else if (!deleted.contains(channelId)) {
            channels.merge(channelId, channel,
                    (known, incoming) -> incoming.version() >= known.version() ? incoming : known);
            notifyAll();
        }
    }

    void markLoaded() {
        loaded.countDown();
    }
}
