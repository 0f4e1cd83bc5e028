package dev.vigil.analytics.topology;

import dev.vigil.analytics.AnalyticsMetrics;
import dev.vigil.analytics.incident.MonitorEvent;
import dev.vigil.contracts.monitor.MonitorSnapshot;
import dev.vigil.contracts.probe.ProbeResult;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.jspecify.annotations.Nullable;

/**
 * Lets through results of monitors the table knows and that are enabled; results of deleted, unknown or paused
 * monitors are counted and dropped, so nothing is computed or alerted for a monitor nobody owns any more.
 */
final class KnownMonitor<K> implements FixedKeyProcessor<K, KnownMonitor.Pair, MonitorEvent.ResultArrived> {

  record Pair(ProbeResult result, @Nullable MonitorSnapshot monitor) {
  }

  private final AnalyticsMetrics metrics;
  private FixedKeyProcessorContext<K, MonitorEvent.ResultArrived> context;

  KnownMonitor(AnalyticsMetrics metrics) {
    this.metrics = metrics;
  }

  static Pair pair(ProbeResult result, @Nullable MonitorSnapshot monitor) {
    return new Pair(result, monitor);
  }

  @Override
  public void init(FixedKeyProcessorContext<K, MonitorEvent.ResultArrived> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<K, Pair> record) {
    MonitorSnapshot monitor = record.value().monitor();
    if (monitor == null || !monitor.enabled()) {
      metrics.unknownMonitorResult();
      return;
    }
    context.forward(record.withValue(new MonitorEvent.ResultArrived(record.value().result(), monitor)));
  }
}
