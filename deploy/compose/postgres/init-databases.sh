#!/usr/bin/env bash
# Runs once, on an empty data directory: one database and one owner per service that keeps state.
# The registry's user may replicate, because its Debezium engine creates and reads a logical replication slot.
set -euo pipefail

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v registry_password="$REGISTRY_DB_PASSWORD" -v notifier_password="$NOTIFIER_DB_PASSWORD" <<'SQL'
CREATE ROLE vigil LOGIN REPLICATION PASSWORD :'registry_password';
CREATE DATABASE registry OWNER vigil;
CREATE ROLE notifier LOGIN PASSWORD :'notifier_password';
CREATE DATABASE notifier OWNER notifier;
SQL
