package dev.vigil.scheduler.feed;

import dev.vigil.scheduler.schedule.ScheduleChange;
import dev.vigil.scheduler.schedule.SchedulingLoop;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves monitors in and out of the schedule as the group assigns and revokes partitions: an assigned partition is
 * read from its beginning and scheduled once loaded, a revoked one is forgotten before the consumer lets it go, so
 * two instances never schedule the same monitor at once. Runs on the feed thread, inside {@code poll}.
 */
final class PartitionHandover implements ConsumerRebalanceListener {

    private static final Logger log = LoggerFactory.getLogger(PartitionHandover.class);
    private static final long NANOS_PER_MILLI = 1_000_000;

    private final Consumer<?, ?> consumer;
    private final PartitionLoads loads;
    private final SchedulingLoop loop;
    private final Duration handoverTimeout;

    PartitionHandover(Consumer<?, ?> consumer, PartitionLoads loads, SchedulingLoop loop, Duration handoverTimeout) {
        this.consumer = consumer;
        this.loads = loads;
        this.loop = loop;
        this.handoverTimeout = handoverTimeout;
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        if (partitions.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        ends.forEach((partition, end) -> loads.begin(partition.partition(), end, started));
        log.atInfo().addKeyValue("partitions", numbers(partitions)).log("monitor partitions assigned, loading");
        publishLoaded();
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        forget(partitions, "monitor partitions revoked");
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
        forget(partitions, "monitor partitions lost");
    }

    /** Hands every partition that has been read up to its end offset to the scheduling thread. */
    void publishLoaded() {
        for (PartitionLoads.Loaded loaded : loads.finished(p -> consumer.position(MonitorFeed.topicPartition(p)))) {
            loop.submit(new ScheduleChange.PartitionLoaded(loaded.partition(), loaded.monitors(), loaded.deleted()));
            log.atInfo()
                    .addKeyValue("partition", loaded.partition())
                    .addKeyValue("monitors", loaded.monitors().size())
                    .addKeyValue("durationMs", (System.nanoTime() - loaded.startedNanos()) / NANOS_PER_MILLI)
                    .log("monitor partition loaded");
        }
    }

    private void forget(Collection<TopicPartition> partitions, String message) {
        if (partitions.isEmpty()) {
            return;
        }
        Set<Integer> numbers = numbers(partitions);
        loads.abandon(numbers);
        var forgotten = new CompletableFuture<Void>();
        loop.submit(new ScheduleChange.PartitionsRevoked(numbers, forgotten));
        try {
            forgotten.get(handoverTimeout.toMillis(), TimeUnit.MILLISECONDS);
            log.atInfo().addKeyValue("partitions", numbers).log(message);
        } catch (TimeoutException e) {
            log.atWarn().addKeyValue("partitions", numbers).addKeyValue("timeoutMs", handoverTimeout.toMillis())
                    .log(message + "; the scheduler did not confirm in time, a probe may be doubled");
        } catch (ExecutionException e) {
            throw new IllegalStateException("forgetting revoked partitions failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Set<Integer> numbers(Collection<TopicPartition> partitions) {
        return partitions.stream().map(TopicPartition::partition).collect(Collectors.toCollection(TreeSet::new));
    }
}
