package dev.vigil.probe;

import dev.vigil.testkit.actuator.ActuatorEndpointsContract;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProbeActuatorTest extends ActuatorEndpointsContract {
}
