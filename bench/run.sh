#!/usr/bin/env bash
# Runs one of Vigil's benchmarks, or all of them, on demand (never part of `verify`):
#   bench/run.sh accuracy|scheduler|scheduler-rebuild|probe|analytics|analytics-cost|alert|system|console|all [arguments of that benchmark]
# Set BENCH_SKIP_BUILD=1 to reuse the last build. Results are appended to bench/results/<UTC date>-<name>.json,
# charts written to docs/performance/. Figures are only comparable with the load average printed beside them.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
JAVA_HOME="$("$root/.ci/find-jdk25")"
export JAVA_HOME
java="$JAVA_HOME/bin/java"

if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  # The services' executable jars (run as child processes) and the bench classes with their classpath.
  ./mvnw -B -q -pl bench,registry-service,gateway,probe-service,notifier-service,console -am -DskipTests package
fi
classpath="$root/bench/target/classes:$(cat "$root/bench/target/runtime-classpath.txt")"

run_main() {
  local heap="$1" main="$2"
  shift 2
  echo "== $main $* (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
  "$java" "-Xms$heap" "-Xmx$heap" -XX:+UseG1GC -Djava.awt.headless=true \
    "-Dbench.root=$root" "-Dbench.results=$root/bench/results" "-Dbench.charts=$root/docs/performance" \
    "-Dlogback.configurationFile=$root/bench/target/classes/logback.xml" \
    -cp "$classpath" "$main" "$@"
}

accuracy() { run_main 1g dev.vigil.bench.accuracy.SketchAccuracyBenchmark; }

# The 1,000,000 figure is the goal's, so it runs several times (a fresh JVM each) and the median is reported.
scheduler() {
  run_main 4g dev.vigil.scheduler.schedule.SchedulerBenchmark 100000 "${BENCH_SCHEDULER_SECONDS:-60}"
  local run
  for (( run = 1; run <= ${BENCH_SCHEDULER_RUNS:-3}; run++ )); do
    run_main 4g dev.vigil.scheduler.schedule.SchedulerBenchmark 1000000 "${BENCH_SCHEDULER_SECONDS:-60}"
  done
}

# BENCH_SCHEDULER_JVM_OPTIONS (space-separated) are added to the scheduler-service's JVM, e.g. -XX:TieredStopAtLevel=1.
scheduler_rebuild() {
  if (( $# == 0 )); then set -- 100000 1000000; fi
  run_main 3g dev.vigil.bench.scheduler.SchedulerRebuildBenchmark "$@"
}

probe() {
  local missing=0
  command -v nginx >/dev/null || { echo "nginx is missing: sudo apt-get install -y nginx"; missing=1; }
  command -v prometheus-blackbox-exporter >/dev/null \
    || { echo "the Blackbox exporter is missing: sudo apt-get install -y prometheus-blackbox-exporter"; missing=1; }
  if (( missing )); then
    echo "skipping the probe comparison"
    return 0
  fi
  run_main 1g dev.vigil.bench.probe.ProbeComparisonBenchmark "$@"
}

analytics() { run_main 1g dev.vigil.bench.analytics.AnalyticsThroughputBenchmark "$@"; }

# In one JVM: the broker, Vigil's topology at steady state and the reference topology (issue 16).
analytics_cost() { run_main 4g dev.vigil.bench.analytics.AnalyticsCostBenchmark "$@"; }

# The tuned Prometheus + Alertmanager + Blackbox exporter stack runs beside Vigil when its Debian packages are there.
alert() {
  local binary
  for binary in prometheus prometheus-alertmanager prometheus-blackbox-exporter; do
    if ! command -v "$binary" >/dev/null; then
      echo "$binary is missing: sudo apt-get install -y prometheus prometheus-alertmanager prometheus-blackbox-exporter"
      echo "skipping the Prometheus comparison; running Vigil's side only"
      break
    fi
  done
  run_main 1g dev.vigil.bench.alert.AlertLatencyBenchmark "$@"
}

# The whole local stack; the broker, Keycloak's client and the monitor loader share this JVM.
# nginx serves the monitors' targets; without it the benchmark named is skipped (exit 0).
has_nginx() {
  command -v nginx >/dev/null && return 0
  echo "nginx is missing (the monitors' target): sudo apt-get install -y nginx"
  echo "skipping the $1 benchmark"
  return 1
}

system() {
  has_nginx whole-system || return 0
  run_main 2g dev.vigil.bench.system.WholeSystemBenchmark "$@"
}

# The console's overview with 1,000 monitors, in Chromium (.ci/chromium installs it and its driver).
console() {
  has_nginx console || return 0
  run_main 2g dev.vigil.bench.console.ConsoleOverviewBenchmark "$@"
}

name="${1:-}"
shift || true
case "$name" in
  accuracy) accuracy ;;
  scheduler) scheduler ;;
  scheduler-rebuild) scheduler_rebuild "$@" ;;
  probe) probe "$@" ;;
  analytics) analytics "$@" ;;
  analytics-cost) analytics_cost "$@" ;;
  alert) alert "$@" ;;
  system) system "$@" ;;
  console) console "$@" ;;
  all) accuracy; scheduler; scheduler_rebuild; probe; analytics; analytics_cost; alert; system; console ;;
  *) echo "usage: bench/run.sh accuracy|scheduler|scheduler-rebuild|probe|analytics|analytics-cost|alert|system|console|all [arguments]" >&2; exit 2 ;;
esac
