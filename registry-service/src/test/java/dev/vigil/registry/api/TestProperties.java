package dev.vigil.registry.api;

import dev.vigil.registry.RegistryProperties;
import java.time.Duration;
import org.springframework.util.unit.DataSize;

/** The documented defaults as a properties record, for tests that build components without Spring. */
public final class TestProperties {

    /** The test deployment key, also in src/test/resources/config/application.yml. */
    public static final String SEALING_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    /** The test key that seals check header values, also in src/test/resources/config/application.yml. */
    public static final String CHECK_KEY = "EBESExQVFhcYGRobHB0eHyAhIiMkJSYnKCkqKywtLi8=";

    private TestProperties() {
    }

    public static RegistryProperties defaults(boolean allowPrivateTargets) {
        return new RegistryProperties(
                new RegistryProperties.Api(DataSize.ofMegabytes(1), 20, 100),
                new RegistryProperties.Monitors(Duration.ofSeconds(10), Duration.ofHours(24), Duration.ofSeconds(60),
                        65_536, 32, 8192, 200, allowPrivateTargets),
                new RegistryProperties.Quota(3),
                new RegistryProperties.Channels(SEALING_KEY, Duration.ofHours(24)),
                new RegistryProperties.Security("vigil-api", "admin"),
                new RegistryProperties.Checks(CHECK_KEY));
    }
}
