package dev.vigil.notifier.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.vigil.contracts.channel.Channel;
import dev.vigil.contracts.channel.ChannelTarget;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** How the view treats a channel record published again (an outbox event with an event id seen before), and waits. */
class ChannelDirectoryTest {

    private static final Instant UPDATED = Instant.parse("2026-03-14T09:00:00Z");

    private final ChannelDirectory directory = new ChannelDirectory();
    private final UUID id = UUID.randomUUID();

    @Test
    void copyOfTheCurrentVersionLeavesTheChannelAsItIs() {
        directory.apply(id, channel("ops@example.test", true, 2));

        directory.apply(id, channel("ops@example.test", true, 2));

        assertThat(directory.find(id)).contains(channel("ops@example.test", true, 2));
        assertThat(directory.size()).isEqualTo(1);
    }

    @Test
    void lateCopyOfAnOlderVersionDoesNotReplaceTheNewer() {
        directory.apply(id, channel("old@example.test", true, 1));
        directory.apply(id, channel("new@example.test", false, 2));

        directory.apply(id, channel("old@example.test", true, 1));

        assertThat(directory.find(id)).contains(channel("new@example.test", false, 2));
    }

    @Test
    void lateCopyOfAChangeAfterTheDeletionDoesNotBringTheChannelBack() {
        directory.apply(id, channel("ops@example.test", true, 1));
        directory.apply(id, null);

        directory.apply(id, channel("ops@example.test", true, 1));

        assertThat(directory.find(id)).isEmpty();
    }

    @Test
    void waitingForADeletedChannelEndsAtOnceInsteadOfAtItsBound() {
        directory.apply(id, channel("ops@example.test", true, 1));
        directory.apply(id, null);

        Optional<Channel> found = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> directory.awaitChannel(id, Duration.ofDays(1)));

        assertThat(found).isEmpty();
    }

    @Test
    void aWaitForAChannelEndsWhenItsDeletionArrives() throws Exception {
        var waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return directory.awaitChannel(id, Duration.ofDays(1));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        directory.apply(id, null);

        assertThat(waiting.get(30, TimeUnit.SECONDS)).isEmpty();
    }

    private Channel channel(String address, boolean enabled, long version) {
        return new Channel(id, "tenant-a", "ops mail", new ChannelTarget.Email(address), List.of(), enabled, version,
                UPDATED);
    }
}
