package dev.vigil.analytics.topology;

import dev.vigil.analytics.incident.Emission;
import dev.vigil.contracts.topic.StateDeadLetters;
import dev.vigil.contracts.topic.Topics;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/** Where each kind of emission goes; dead letters keep their headers, which the sink writes with the record. */
final class Sinks {

  private Sinks() {
  }

  static void route(Map<String, KStream<UUID, Emission>> emissions) {
    emissions.get("emit-alert")
        .mapValues(e -> ((Emission.AlertRaised) e).alert(), Named.as("alert-value"))
        .to(Topics.ALERTS.name(), Produced.with(Topics.ALERTS.keySerde(), Topics.ALERTS.valueSerde())
            .withName("alerts-sink"));
    emissions.get("emit-status")
        .mapValues(e -> ((Emission.StatusChanged) e).status(), Named.as("status-value"))
        .to(Topics.MONITOR_STATUS.name(), Produced.with(Topics.MONITOR_STATUS.keySerde(),
            Topics.MONITOR_STATUS.valueSerde()).withName("monitor-status-sink"));
    emissions.get("emit-stats")
        .mapValues(e -> ((Emission.StatsClosed) e).stats(), Named.as("stats-value"))
        .to(Topics.SERVICE_STATS.name(), Produced.with(Topics.SERVICE_STATS.keySerde(),
            Topics.SERVICE_STATS.valueSerde()).withName("service-stats-sink"));
    emissions.get("emit-set-aside")
        .processValues(SetAsideValue::new, Named.as("set-aside-value"))
        .to(StateDeadLetters.MONITOR_HEALTH.name(), Produced.with(StateDeadLetters.MONITOR_HEALTH.keySerde(),
            StateDeadLetters.MONITOR_HEALTH.valueSerde()).withName("health-set-aside-sink"));
    emissions.get("emit-dead-letter")
        .processValues(DeadLetterValue::new, Named.as("dead-letter-value"))
        .to(Topics.PROBE_RESULTS.deadLetter().name(), Produced.with(Topics.PROBE_RESULTS.keySerde(),
            Serdes.ByteArray()).withName("processing-dead-letter-sink"));
  }
}
