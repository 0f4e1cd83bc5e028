package dev.vigil.registry.cdc;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * The default slot name, derived from the database: slots are named server-wide, so two registries (or two test
 * databases) on one server must not share one.
 */
final class SlotName {

    private static final int MAX_LENGTH = 63;
    private static final int HASH_LENGTH = 8;
    private static final String PREFIX = "vigil_";

    private SlotName() {
    }

    static String forDatabase(String database) {
        String name = PREFIX + database.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        String hash = UUID.nameUUIDFromBytes(database.getBytes(StandardCharsets.UTF_8)).toString()
                .substring(0, HASH_LENGTH);
        return name.substring(0, MAX_LENGTH - HASH_LENGTH - 1) + "_" + hash;
    }
}
