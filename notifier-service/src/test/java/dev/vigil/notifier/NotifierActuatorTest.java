package dev.vigil.notifier;

import static org.awaitility.Awaitility.await;

import dev.vigil.contracts.topic.Topics;
import dev.vigil.notifier.channel.ChannelDirectory;
import dev.vigil.testkit.actuator.ActuatorEndpointsContract;
import dev.vigil.testkit.kafka.KafkaBroker;
import dev.vigil.testkit.kafka.WithKafka;
import dev.vigil.testkit.mail.WithMail;
import dev.vigil.testkit.postgres.WithPostgres;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@WithKafka
@WithPostgres(freshDatabase = true)
@WithMail
@ActiveProfiles("test")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NotifierActuatorTest extends ActuatorEndpointsContract {

    @Autowired
    private ChannelDirectory directory;

    /** The registry creates the channels topic in a deployment; readiness waits for the view read from it. */
    @BeforeAll
    static void channelsTopicExists() {
        KafkaBroker.shared().createTopics(Topics.CHANNELS);
    }

    @BeforeEach
    void channelViewLoaded() {
        await("channel view loaded").atMost(Duration.ofSeconds(60)).until(directory::isLoaded);
    }
}
