package dev.vigil.analytics.incident;

import dev.vigil.contracts.alert.Alert;
import dev.vigil.contracts.alert.AlertType;
import dev.vigil.contracts.alert.GroupedAlert;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Alerts raised by one record are one incident seen from several rules (a streak, the SLA, the burn rate): the most
 * telling becomes the lead and carries the others, which name it, so channels get one notification while every alert
 * stays its own record on the alerts topic.
 */
final class AlertGroups {

  /** Which alert leads a group: what happened to the service before what it does to the SLA. */
  private static final List<AlertType> LEAD_ORDER = List.of(AlertType.FAILURE_STREAK, AlertType.RECOVERY,
      AlertType.STILL_DOWN, AlertType.PROBE_MISSING, AlertType.SLA_BREACH, AlertType.BUDGET_BURN,
      AlertType.LATENCY_BREACH, AlertType.SLA_RESTORED, AlertType.LATENCY_RESTORED, AlertType.TLS_EXPIRY,
      AlertType.TEST);

  private AlertGroups() {
  }

  /** The emissions with their alerts grouped, the lead first; a lone alert is left as it is. */
  static List<Emission> group(List<Emission> out) {
    List<Alert> alerts = out.stream().filter(Emission.AlertRaised.class::isInstance)
        .map(e -> ((Emission.AlertRaised) e).alert()).toList();
    if (alerts.size() < 2) {
      return out;
    }
    Alert lead = alerts.stream().min(Comparator.comparingInt(alert -> LEAD_ORDER.indexOf(alert.type()))).orElseThrow();
    List<Alert> companions = alerts.stream().filter(alert -> alert != lead).toList();
    List<Emission> grouped = new ArrayList<>(out.size());
    grouped.add(new Emission.AlertRaised(lead.leading(companions.stream().map(GroupedAlert::of).toList())));
    companions.forEach(companion -> grouped.add(new Emission.AlertRaised(companion.companionOf(lead.id()))));
    out.stream().filter(e -> !(e instanceof Emission.AlertRaised)).forEach(grouped::add);
    return grouped;
  }
}
