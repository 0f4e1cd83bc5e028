package dev.vigil.scheduler;

import dev.vigil.testkit.actuator.ActuatorEndpointsContract;
import dev.vigil.testkit.kafka.WithKafka;
import org.springframework.boot.test.context.SpringBootTest;

@WithKafka
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SchedulerActuatorTest extends ActuatorEndpointsContract {
}
