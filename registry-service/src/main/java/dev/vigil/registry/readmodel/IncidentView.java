package dev.vigil.registry.readmodel;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An incident of a monitor; open while {@code closedAt} is empty. */
record IncidentView(UUID id, Instant openedAt, @Nullable Instant closedAt) {
}
