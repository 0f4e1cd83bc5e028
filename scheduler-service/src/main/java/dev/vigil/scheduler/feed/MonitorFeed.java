package dev.vigil.scheduler.feed;

import dev.vigil.contracts.topic.Topics;
import dev.vigil.scheduler.SchedulerProperties;
import dev.vigil.scheduler.schedule.MonitorPlans;
import dev.vigil.scheduler.schedule.ScheduleChange;
import dev.vigil.scheduler.schedule.SchedulingLoop;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Follows the compacted monitors topic in the scheduler's consumer group and tells the scheduling thread about the
 * monitors of the partitions this instance owns. The group only divides partitions: offsets are never committed,
 * because every assignment is rebuilt from the beginning of the topic.
 */
@Component
final class MonitorFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MonitorFeed.class);

    private final Map<String, Object> consumerProperties;
    private final SchedulingLoop loop;
    private final Duration pollTimeout;
    private final Duration handoverTimeout;
    private final int decodeThreads;
    private final MonitorPlans plans;
    private final Counter unreadable;
    private volatile boolean running;
    private volatile @Nullable Consumer<byte[], byte[]> consumer;
    private @Nullable Thread thread;

    MonitorFeed(KafkaProperties kafka, SchedulerProperties properties, SchedulingLoop loop, MeterRegistry registry) {
        this.consumerProperties = kafka.buildConsumerProperties();
        this.loop = loop;
        this.pollTimeout = properties.feed().pollTimeout();
        this.handoverTimeout = properties.feed().handoverTimeout();
        this.decodeThreads = properties.feed().decodeThreads();
        this.plans = new MonitorPlans(properties.regions());
        this.unreadable = Counter.builder("vigil.scheduler.monitors.unreadable")
                .description("Monitor records skipped because they could not be read")
                .register(registry);
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = Thread.ofPlatform().name("monitor-feed").start(this::run);
    }

    @Override
    public synchronized void stop() {
        running = false;
        Consumer<byte[], byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        Thread stopping = thread;
        if (stopping != null) {
            try {
                stopping.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return SchedulingLoop.PHASE + 1;
    }

    private void run() {
        try (var kafka = new KafkaConsumer<>(consumerProperties, new ByteArrayDeserializer(),
                new ByteArrayDeserializer()); var reader = new ParallelRecordReader(decodeThreads)) {
            consumer = kafka;
            var loads = new PartitionLoads();
            var handover = new PartitionHandover(kafka, loads, loop, handoverTimeout);
            kafka.subscribe(List.of(Topics.MONITORS.name()), handover);
            while (running) {
                List<ConsumerRecord<byte[], byte[]>> records = listOf(kafka.poll(pollTimeout));
                List<MonitorRecord> read = reader.readAll(records);
                for (int i = 0; i < records.size(); i++) {
                    handle(records.get(i), read.get(i), loads);
                }
                handover.publishLoaded();
            }
        } catch (WakeupException stopping) {
            log.atDebug().log("monitor feed woken up to stop");
        } catch (RuntimeException e) {
            log.atError().setCause(e).log("monitor feed stopped; no further monitor changes are applied");
        } finally {
            consumer = null;
        }
    }

    private void handle(ConsumerRecord<byte[], byte[]> record, MonitorRecord read, PartitionLoads loads) {
        int partition = record.partition();
        switch (read) {
            case MonitorRecord.Current current when loads.isLoading(partition) ->
                    loads.current(partition, current.snapshot().id(), plans.plan(current.snapshot()));
            case MonitorRecord.Current current ->
                    loop.submit(new ScheduleChange.MonitorChanged(partition, plans.plan(current.snapshot())));
            case MonitorRecord.Deleted deleted when loads.isLoading(partition) ->
                    loads.deleted(partition, deleted.monitorId());
            case MonitorRecord.Deleted deleted ->
                    loop.submit(new ScheduleChange.MonitorDeleted(partition, deleted.monitorId()));
            case MonitorRecord.Unreadable bad -> {
                unreadable.increment();
                log.atWarn()
                        .addKeyValue("partition", partition)
                        .addKeyValue("offset", record.offset())
                        .addKeyValue("reason", bad.reason())
                        .log("monitor record skipped");
            }
        }
    }

    private static List<ConsumerRecord<byte[], byte[]>> listOf(ConsumerRecords<byte[], byte[]> records) {
        List<ConsumerRecord<byte[], byte[]>> list = new ArrayList<>(records.count());
        records.forEach(list::add);
        return list;
    }

    static TopicPartition topicPartition(int partition) {
        return new TopicPartition(Topics.MONITORS.name(), partition);
    }
}
