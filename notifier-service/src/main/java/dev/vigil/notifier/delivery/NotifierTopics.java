package dev.vigil.notifier.delivery;

import dev.vigil.contracts.channel.ChannelKind;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The notifier's internal topics, which no other service reads and which therefore stay out of the contracts'
 * catalog: one task topic per channel kind (so a hung webhook never holds up mail), a retry topic per backoff step
 * and a dead-letter topic each. Keys are channel ids, so one channel's tasks are handled one at a time.
 */
public final class NotifierTopics {

    public static final String EMAIL_TASKS = "vigil.notifier.email-tasks.v1";
    public static final String WEBHOOK_TASKS = "vigil.notifier.webhook-tasks.v1";

    /** Spring Kafka appends {@code -<index>} to this for the n-th retry topic. */
    public static final String RETRY_SUFFIX = ".retry";
    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    /** Enough that a few slow channels do not share a partition with many others. */
    public static final int TASK_PARTITIONS = 12;

    private NotifierTopics() {
    }

    public static String tasks(ChannelKind kind) {
        return switch (kind) {
            case EMAIL -> EMAIL_TASKS;
            case WEBHOOK -> WEBHOOK_TASKS;
        };
    }

    public static String retry(String tasksTopic, int index) {
        return tasksTopic + RETRY_SUFFIX + "-" + index;
    }

    public static String deadLetter(String tasksTopic) {
        return tasksTopic + DEAD_LETTER_SUFFIX;
    }

    /** The task topic, its {@code retries} retry topics and its dead-letter topic. */
    public static List<String> chain(String tasksTopic, int retries) {
        return Stream.of(
                Stream.of(tasksTopic),
                IntStream.range(0, retries).mapToObj(index -> retry(tasksTopic, index)),
                Stream.of(deadLetter(tasksTopic))).flatMap(s -> s).toList();
    }

    /** How many attempts came before a record read from {@code topic}: 0 on the task topic, n+1 on retry topic n. */
    public static int stage(String topic) {
        int marker = topic.lastIndexOf(RETRY_SUFFIX + "-");
        return marker < 0 ? 0 : Integer.parseInt(topic.substring(marker + RETRY_SUFFIX.length() + 1)) + 1;
    }
}
