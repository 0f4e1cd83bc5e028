#!/usr/bin/env bash
# Creates every topic of the contracts catalog (dev.vigil.contracts.topic.Topics) before the services start.
# Each service also declares the topics it owns, but analytics-streams reads vigil.monitors.v1 and
# vigil.probe-results.v1, owned by other services, and Kafka Streams stops when a source topic is missing.
# deploy-checks' ComposeFileTest keeps this list equal to the catalog.
set -euo pipefail

bootstrap="${KAFKA_BOOTSTRAP_SERVERS:-kafka:9092}"
replication="${TOPIC_REPLICATION_FACTOR:-1}"
day=86400000

create() {
  local name="$1" partitions="$2"
  shift 2
  local configs=()
  for config in "$@"; do configs+=(--config "$config"); done
  /opt/kafka/bin/kafka-topics.sh --bootstrap-server "$bootstrap" --create --if-not-exists \
    --topic "$name" --partitions "$partitions" --replication-factor "$replication" "${configs[@]}"
}

create vigil.monitors.v1 12 cleanup.policy=compact
create vigil.channels.v1 3 cleanup.policy=compact
create vigil.probe-requests.v1 12 cleanup.policy=delete retention.ms=3600000
create vigil.probe-results.v1 12 cleanup.policy=delete retention.ms=$((30 * day))
create vigil.service-stats.v1 12 cleanup.policy=delete retention.ms=$((30 * day))
create vigil.alerts.v1 12 cleanup.policy=delete retention.ms=$((30 * day))
create vigil.deliveries.v1 12 cleanup.policy=delete retention.ms=$((30 * day))
create vigil.monitor-status.v1 12 cleanup.policy=compact
