package dev.vigil.testkit.spring;

import org.jspecify.annotations.Nullable;

/** Which shared servers a test context needs; its equality decides which contexts Spring may share. */
record RequestedInfrastructure(boolean kafka, @Nullable String database, boolean keycloak, boolean mail,
        boolean redis) {

    boolean isEmpty() {
        return !kafka && database == null && !keycloak && !mail && !redis;
    }
}
