package dev.vigil.notifier.channel;

import dev.vigil.contracts.channel.Channel;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.notifier.NotifierProperties;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.UUIDDeserializer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Reads every partition of the compacted channels topic from the beginning on every instance, without a consumer
 * group, so each notifier knows all channels whichever alert partitions it owns; tombstones remove a channel. Any
 * failure (Kafka unreachable at start, a metadata timeout, an authorization failure) closes the consumer and opens
 * a new one after a backoff, resuming where reading stopped, for as long as the service runs.
 */
@Component
class ChannelTopicReader implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChannelTopicReader.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration METADATA_WAIT = Duration.ofSeconds(5);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

    private final ChannelDirectory directory;
    private final KafkaProperties kafka;
    private final NotifierProperties.Backoff backoff;
    private final ChannelReaderStatus status;
    private final AtomicBoolean running = new AtomicBoolean();
    private final CountDownLatch stopping = new CountDownLatch(1);
    /** Next offset to read per partition; touched by the reader thread only. */
    private final Map<TopicPartition, Long> next = new HashMap<>();
    private volatile @Nullable KafkaConsumer<UUID, byte[]> consumer;
    private @Nullable Thread thread;

    ChannelTopicReader(ChannelDirectory directory, KafkaProperties kafka, NotifierProperties properties,
            ChannelReaderStatus status) {
        this.directory = directory;
        this.kafka = kafka;
        this.backoff = properties.kafka().channelsReaderBackoff();
        this.status = status;
    }

    @Override
    public void start() {
        running.set(true);
        thread = Thread.ofPlatform().name("channel-topic-reader").daemon().start(this::run);
    }

    private void run() {
        int failures = 0;
        while (running.get()) {
            try {
                read();
            } catch (WakeupException e) {
                if (running.get()) {
                    failures = failed(failures, e);
                }
            } catch (RuntimeException e) {
                failures = failed(failures, e);
            }
        }
    }

    /** Counts and logs the failure, waits the backoff (cut short by stop), and returns the failure count. */
    private int failed(int failuresBefore, RuntimeException failure) {
        int failures = failuresBefore + 1;
        Duration wait = backoff.first().multipliedBy(1L << Math.min(failures - 1, 20));
        if (wait.compareTo(backoff.longest()) > 0) {
            wait = backoff.longest();
        }
        status.failed(failure);
        log.atWarn().addKeyValue("failures", failures).addKeyValue("retryInMs", wait.toMillis())
                .addKeyValue("viewLoaded", directory.isLoaded()).addKeyValue("error", failure.toString())
                .log("channel reader failed, will retry");
        try {
            stopping.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.set(false);
        }
        return failures;
    }

    /** One consumer's life: from where the last one stopped until stop or an error. */
    private void read() {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (var reading = new KafkaConsumer<>(config, new UUIDDeserializer(), new ByteArrayDeserializer())) {
            consumer = reading;
            if (!running.get()) {
                return;
            }
            List<TopicPartition> partitions = awaitPartitions(reading);
            reading.assign(partitions);
            for (TopicPartition partition : partitions) {
                Long offset = next.get(partition);
                if (offset == null) {
                    reading.seekToBeginning(List.of(partition));
                } else {
                    reading.seek(partition, offset);
                }
            }
            Map<TopicPartition, Long> loadedAt = directory.isLoaded() ? null : reading.endOffsets(partitions);
            boolean recovered = false;
            while (running.get()) {
                reading.poll(POLL).forEach(this::apply);
                if (!recovered) {
                    recovered = true;
                    status.reading();
                }
                if (loadedAt != null && caughtUp(reading, partitions, loadedAt)) {
                    loadedAt = null;
                    directory.markLoaded();
                    log.atInfo().addKeyValue("channels", directory.size()).log("channel view loaded");
                }
            }
        } finally {
            consumer = null;
        }
    }

    /** The registry creates the topic; until it exists there is nothing to read, so keep asking. */
    private List<TopicPartition> awaitPartitions(KafkaConsumer<UUID, byte[]> reading) {
        List<TopicPartition> partitions = List.of();
        while (partitions.isEmpty() && running.get()) {
            partitions = reading.partitionsFor(Topics.CHANNELS.name(), METADATA_WAIT).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        }
        return partitions;
    }

    private static boolean caughtUp(KafkaConsumer<UUID, byte[]> reading, List<TopicPartition> partitions,
            Map<TopicPartition, Long> loadedAt) {
        return partitions.stream().allMatch(partition -> reading.position(partition) >= loadedAt.get(partition));
    }

    private void apply(ConsumerRecord<UUID, byte[]> record) {
        next.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
        try {
            Channel channel = Topics.CHANNELS.valueSerde().deserializer().deserialize(record.topic(), record.value());
            directory.apply(record.key(), channel);
            log.atInfo().addKeyValue("channelId", record.key()).addKeyValue("removed", channel == null)
                    .log("channel view updated");
        } catch (SerializationException e) {
            log.atWarn().addKeyValue("channelId", record.key()).addKeyValue("offset", record.offset())
                    .setCause(e).log("unreadable channel record skipped");
        }
    }

    @Override
    public void stop() {
        running.set(false);
        stopping.countDown();
        KafkaConsumer<UUID, byte[]> reading = consumer;
        if (reading != null) {
            reading.wakeup();
        }
        try {
            if (thread != null) {
                thread.join(CLOSE_WAIT.toMillis() * 2);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running.get();
    }

    /** Before the listener containers, so routing finds the view filling. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }
}
