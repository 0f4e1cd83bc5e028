package dev.vigil.registry;

import dev.vigil.testkit.actuator.ActuatorEndpointsContract;
import dev.vigil.testkit.kafka.WithKafka;
import dev.vigil.testkit.postgres.WithPostgres;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithKafka
@WithPostgres(freshDatabase = true)
class RegistryActuatorTest extends ActuatorEndpointsContract {
}
