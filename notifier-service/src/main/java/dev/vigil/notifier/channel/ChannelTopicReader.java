package dev.vigil.notifier.channel;

import dev.vigil.contracts.channel.Channel;
import dev.vigil.contracts.topic.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.UUIDDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Reads every partition of the compacted channels topic from the beginning on every instance, without a consumer
 * group, so each notifier knows all channels whichever alert partitions it owns; tombstones remove a channel.
 */
@Component
class ChannelTopicReader implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChannelTopicReader.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final ChannelDirectory directory;
    private final KafkaProperties kafka;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile KafkaConsumer<UUID, byte[]> consumer;
    private Thread thread;

    ChannelTopicReader(ChannelDirectory directory, KafkaProperties kafka) {
        this.directory = directory;
        this.kafka = kafka;
    }

    @Override
    public void start() {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumer = new KafkaConsumer<>(config, new UUIDDeserializer(), new ByteArrayDeserializer());
        running.set(true);
        thread = Thread.ofPlatform().name("channel-topic-reader").daemon().start(this::run);
    }

    private void run() {
        try {
            List<TopicPartition> partitions = awaitPartitions();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> loadedAt = consumer.endOffsets(partitions);
            while (running.get()) {
                consumer.poll(POLL).forEach(this::apply);
                if (loadedAt != null && caughtUp(partitions, loadedAt)) {
                    loadedAt = null;
                    directory.markLoaded();
                    log.atInfo().addKeyValue("channels", directory.size()).log("channel view loaded");
                }
            }
        } catch (WakeupException e) {
            if (running.get()) {
                throw e;
            }
        } finally {
            consumer.close();
        }
    }

    /** The registry creates the topic; until it exists there is nothing to read, so keep asking. */
    private List<TopicPartition> awaitPartitions() {
        List<TopicPartition> partitions = List.of();
        while (partitions.isEmpty() && running.get()) {
            partitions = consumer.partitionsFor(Topics.CHANNELS.name(), POLL.multipliedBy(25)).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        }
        return partitions;
    }

    private boolean caughtUp(List<TopicPartition> partitions, Map<TopicPartition, Long> loadedAt) {
        return partitions.stream().allMatch(partition -> consumer.position(partition) >= loadedAt.get(partition));
    }

    private void apply(ConsumerRecord<UUID, byte[]> record) {
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
        consumer.wakeup();
        try {
            thread.join(POLL.multipliedBy(10).toMillis());
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
