package dev.vigil.deploy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The chart rendered with the value sets the tests look at, each rendered once per test run. */
enum Renders {

  DEFAULTS(List.of(), List.of()),
  PRODUCTION(List.of("examples/production-values.yaml"), List.of()),
  /** Everything optional switched on: bundled dev dependencies, KEDA, monitoring objects, ingress. */
  EVERYTHING(List.of(), List.of("devDependencies.enabled=true", "probe.keda.enabled=true",
      "metrics.serviceMonitor.enabled=true", "metrics.prometheusRule.enabled=true",
      "metrics.dashboards.enabled=true", "gateway.ingress.enabled=true"));

  static final String RELEASE = "vigil";

  private static final Map<Renders, Manifests> RENDERED = new ConcurrentHashMap<>();

  private final List<String> valuesFiles;
  private final List<String> sets;

  Renders(List<String> valuesFiles, List<String> sets) {
    this.valuesFiles = valuesFiles;
    this.sets = sets;
  }

  Manifests manifests() {
    return RENDERED.computeIfAbsent(this, render -> Manifests.load(yaml()));
  }

  String yaml() {
    return Helm.template(RELEASE, valuesFiles, sets);
  }

  List<String> valuesFiles() {
    return valuesFiles;
  }

  /** A probe-only release for one region, as an operator adds per extra probing region. */
  static Manifests probeRegion(String release, String region) {
    return Manifests.load(Helm.template(release, List.of(), List.of("region=" + region, "gateway.enabled=false",
        "registry.enabled=false", "scheduler.enabled=false", "analytics.enabled=false", "notifier.enabled=false",
        "console.enabled=false",
        "probe.keda.enabled=true")));
  }
}
