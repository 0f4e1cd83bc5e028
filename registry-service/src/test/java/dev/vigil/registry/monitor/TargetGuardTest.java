package dev.vigil.registry.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.contracts.monitor.CheckKind;
import dev.vigil.registry.api.TestProperties;
import dev.vigil.registry.egress.PublicTargets;
import dev.vigil.registry.web.InvalidRequestException;
import org.junit.jupiter.api.Test;

/** Literal addresses need no DNS, so the private-target rule can be shown without network access. */
class TargetGuardTest {

    private final TargetGuard strict = new TargetGuard(new PublicTargets(TestProperties.defaults(false)));

    @Test
    void aLoopbackUrlIsRejectedNamingTheTarget() {
        assertThatThrownBy(() -> strict.requirePublic(CheckKind.HTTP, "http://127.0.0.1:8080/admin"))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.errors())
                                .singleElement().extracting("field").isEqualTo("target"));
    }

    @Test
    void privateAndLinkLocalHostPortsAreRejected() {
        assertThatThrownBy(() -> strict.requirePublic(CheckKind.TCP, "10.1.2.3:22"))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> strict.requirePublic(CheckKind.TLS, "169.254.169.254:443"))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> strict.requirePublic(CheckKind.HTTP, "http://[::1]/"))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void aPublicAddressIsAccepted() {
        assertThatCode(() -> strict.requirePublic(CheckKind.TCP, "1.1.1.1:53")).doesNotThrowAnyException();
    }

    @Test
    void aDeploymentMayAllowPrivateTargets() {
        TargetGuard lenient = new TargetGuard(new PublicTargets(TestProperties.defaults(true)));

        assertThatCode(() -> lenient.requirePublic(CheckKind.HTTP, "http://127.0.0.1/"))
                .doesNotThrowAnyException();
    }
}
