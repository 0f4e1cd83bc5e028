package dev.vigil.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NotifierTopicsTest {

    @Test
    void namesTheRetryChainOfATaskTopic() {
        assertThat(NotifierTopics.chain(NotifierTopics.EMAIL_TASKS, 2)).containsExactly(
                "vigil.notifier.email-tasks.v1",
                "vigil.notifier.email-tasks.v1.retry-0",
                "vigil.notifier.email-tasks.v1.retry-1",
                "vigil.notifier.email-tasks.v1.dlt");
    }

    @Test
    void countsTheAttemptsBeforeARecordFromItsTopic() {
        assertThat(NotifierTopics.stage(NotifierTopics.WEBHOOK_TASKS)).isZero();
        assertThat(NotifierTopics.stage(NotifierTopics.retry(NotifierTopics.WEBHOOK_TASKS, 0))).isEqualTo(1);
        assertThat(NotifierTopics.stage(NotifierTopics.retry(NotifierTopics.WEBHOOK_TASKS, 4))).isEqualTo(5);
    }
}
