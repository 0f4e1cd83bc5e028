package dev.vigil.scheduler.feed;

import dev.vigil.scheduler.schedule.SnapshotView;
import java.util.UUID;

/** One record of the monitors topic as the feed understands it. */
sealed interface MonitorRecord {

    record Current(SnapshotView snapshot) implements MonitorRecord {
    }

    record Deleted(UUID monitorId) implements MonitorRecord {
    }

    record Unreadable(String reason) implements MonitorRecord {
    }
}
