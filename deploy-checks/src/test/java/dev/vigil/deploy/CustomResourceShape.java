package dev.vigil.deploy;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The fields the Prometheus Operator and KEDA require of the custom resources the chart renders; fabric8 has no
 * typed model for them here, so these are checked by shape.
 */
final class CustomResourceShape {

  private CustomResourceShape() {
  }

  static void check(String what, String kind, JsonNode spec) {
    switch (kind) {
      case "ServiceMonitor" -> {
        require(what, spec.path("selector").isObject(), "spec.selector");
        require(what, nonEmptyArray(spec.path("endpoints")), "spec.endpoints");
        spec.path("endpoints").forEach(endpoint ->
            require(what, endpoint.path("port").isTextual(), "spec.endpoints[].port"));
      }
      case "PrometheusRule" -> {
        require(what, spec.path("groups").isArray(), "spec.groups");
        spec.path("groups").forEach(group -> {
          require(what, group.path("name").isTextual(), "spec.groups[].name");
          require(what, nonEmptyArray(group.path("rules")), "spec.groups[].rules");
          group.path("rules").forEach(rule -> {
            require(what, rule.path("expr").isTextual(), "spec.groups[].rules[].expr");
            require(what, rule.path("alert").isTextual() || rule.path("record").isTextual(),
                "spec.groups[].rules[].alert or .record");
          });
        });
      }
      case "ScaledObject" -> {
        require(what, spec.path("scaleTargetRef").path("name").isTextual(), "spec.scaleTargetRef.name");
        require(what, nonEmptyArray(spec.path("triggers")), "spec.triggers");
        spec.path("triggers").forEach(trigger -> {
          require(what, trigger.path("type").isTextual(), "spec.triggers[].type");
          require(what, trigger.path("metadata").isObject(), "spec.triggers[].metadata");
          trigger.path("metadata").properties().forEach(entry ->
              require(what, entry.getValue().isTextual(), "spec.triggers[].metadata." + entry.getKey() + " as text"));
        });
      }
      default -> throw new AssertionError("No shape known for " + what);
    }
  }

  private static boolean nonEmptyArray(JsonNode node) {
    return node.isArray() && !node.isEmpty();
  }

  private static void require(String what, boolean present, String field) {
    if (!present) {
      throw new AssertionError(what + " lacks " + field);
    }
  }
}
