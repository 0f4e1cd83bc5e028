package dev.vigil.notifier;

import dev.vigil.testkit.actuator.ActuatorEndpointsContract;
import dev.vigil.testkit.kafka.WithKafka;
import dev.vigil.testkit.mail.WithMail;
import dev.vigil.testkit.postgres.WithPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@WithKafka
@WithPostgres(freshDatabase = true)
@WithMail
@ActiveProfiles("test")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NotifierActuatorTest extends ActuatorEndpointsContract {
}
