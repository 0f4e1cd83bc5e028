package dev.vigil.analytics;

import dev.vigil.contracts.topic.Topic;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.testkit.actuator.ActuatorEndpointsContract;
import dev.vigil.testkit.kafka.KafkaBroker;
import dev.vigil.testkit.kafka.WithKafka;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;

@WithKafka
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"vigil.analytics.state-dir=target/kafka-streams-actuator", "vigil.analytics.close-timeout=2s"})
class AnalyticsActuatorTest extends ActuatorEndpointsContract {

  /** The topics other services own must exist before the topology starts, as they do in a deployment. */
  @BeforeAll
  static void createInputTopics() {
    KafkaBroker.shared().createTopics(Stream.of(Topics.MONITORS, Topics.PROBE_RESULTS)
        .map(AnalyticsActuatorTest::newTopic).toList());
  }

  private static NewTopic newTopic(Topic<?, ?> topic) {
    return new NewTopic(topic.name(), topic.partitions(), (short) 1).configs(topic.configs());
  }
}
