package dev.vigil.console;

import dev.vigil.testkit.actuator.ActuatorEndpointsContract;
import dev.vigil.testkit.keycloak.WithKeycloak;
import org.springframework.boot.test.context.SpringBootTest;

/** Keycloak because the console reads its OIDC discovery document at startup. */
@WithKeycloak
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsoleActuatorTest extends ActuatorEndpointsContract {
}
