package dev.vigil.localstack;

import java.util.Map;
import java.util.UUID;

/** What the seeding created, by name, so the banner can print ids the reader can paste. */
record SeededDemo(Map<String, UUID> aliceMonitors, UUID bobMonitor, String webhookSecret) {

    SeededDemo {
        aliceMonitors = Map.copyOf(aliceMonitors);
    }
}
