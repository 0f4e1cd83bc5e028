package dev.vigil.testkit.keycloak;

import java.util.Map;
import java.util.Set;

/**
 * The environment of every Keycloak child process: the running JDK, a modest heap, and none of the
 * developer's own {@code KC_*} variables, which Keycloak would read as its configuration.
 */
final class ChildEnvironment {

    // kc.sh reads these as well; a DEBUG=true left in a shell would, for one, open a debugger port.
    private static final Set<String> SCRIPT_VARIABLES = Set.of("JAVA", "JAVA_OPTS", "JAVA_OPTS_APPEND",
            "JAVA_OPTS_KC_HEAP", "JAVA_ADD_OPENS", "JAVA_LOCALE", "DEBUG", "DEBUG_PORT", "DEBUG_SUSPEND", "PRINT_ENV");

    private ChildEnvironment() {
    }

    static ProcessBuilder applyTo(ProcessBuilder builder) {
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name ->
                name.startsWith("KC_") || name.startsWith("KEYCLOAK_") || SCRIPT_VARIABLES.contains(name));
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        // C1 only: about a fifth faster to ready on two cores, and a test server never lives long
        // enough for C2's optimisations to pay back their compile time.
        environment.put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
        return builder;
    }
}
