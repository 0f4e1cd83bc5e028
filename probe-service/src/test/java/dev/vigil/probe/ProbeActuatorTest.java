package dev.vigil.probe;

import dev.vigil.testkit.actuator.ActuatorEndpointsContract;
import dev.vigil.testkit.kafka.WithKafka;
import org.springframework.boot.test.context.SpringBootTest;

@WithKafka
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProbeActuatorTest extends ActuatorEndpointsContract {
}
