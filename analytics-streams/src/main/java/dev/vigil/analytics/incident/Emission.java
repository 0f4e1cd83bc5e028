package dev.vigil.analytics.incident;

import dev.vigil.contracts.alert.Alert;
import dev.vigil.contracts.stats.ServiceStats;
import dev.vigil.contracts.status.MonitorStatus;
import org.apache.kafka.common.header.Headers;
import org.jspecify.annotations.Nullable;

/** What the health processor publishes; the topology routes each kind to its topic. */
public sealed interface Emission {

  record AlertRaised(Alert alert) implements Emission {
  }

  /** A new status, or a tombstone ({@code status} absent) once the monitor is deleted. */
  record StatusChanged(@Nullable MonitorStatus status) implements Emission {
  }

  record StatsClosed(ServiceStats stats) implements Emission {
  }

  /** An input the processor failed on, re-encoded, with the reason in headers. */
  record DeadLetter(byte[] value, Headers headers) implements Emission {
  }

  /** A health entry that could not be read or judged: its stored bytes, with the reason in headers. */
  record SetAside(byte[] value, Headers headers) implements Emission {
  }
}
