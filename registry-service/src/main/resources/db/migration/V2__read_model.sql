-- The dashboard's read model, filled from analytics' and the notifier's topics. Every table is keyed by what its
-- records are about, so replaying a topic upserts the same rows again instead of adding new ones.

-- The latest status record per monitor (a compacted topic: the newest wins, a tombstone deletes).
create table monitor_status (
    monitor_id uuid primary key,
    tenant     varchar(255) not null,
    state      varchar(16)  not null,
    status     jsonb        not null,
    updated_at timestamptz  not null
);

-- One row per monitor, region ('' for all regions together), window size and window start.
create table stats_window (
    monitor_id             uuid             not null,
    region                 varchar(64)      not null,
    window_seconds         integer          not null,
    window_start           timestamptz      not null,
    window_end             timestamptz      not null,
    tenant                 varchar(255)     not null,
    probes                 bigint           not null,
    failures               bigint           not null,
    availability           double precision not null,
    error_budget_remaining double precision not null,
    stats                  jsonb            not null,
    primary key (monitor_id, region, window_seconds, window_start)
);

create index stats_window_end on stats_window (window_end);

-- Alerts by their deterministic id: a replayed alert is the same row.
create table alert_history (
    id          uuid primary key,
    monitor_id  uuid         not null,
    tenant      varchar(255) not null,
    type        varchar(32)  not null,
    incident_id uuid,
    occurred_at timestamptz  not null,
    alert       jsonb        not null
);

create index alert_history_monitor on alert_history (monitor_id, occurred_at desc);
create index alert_history_occurred on alert_history (occurred_at);

-- Incidents, opened by a failure_streak alert (or seen open in a status record) and closed by recovery.
create table incident (
    id          uuid primary key,
    monitor_id  uuid         not null,
    tenant      varchar(255) not null,
    opened_at   timestamptz  not null,
    closed_at   timestamptz
);

create index incident_monitor on incident (monitor_id, opened_at desc);

-- The latest outcome of delivering one alert to one channel.
create table delivery_outcome (
    alert_id        uuid         not null,
    channel_id      uuid         not null,
    monitor_id      uuid         not null,
    tenant          varchar(255) not null,
    channel_kind    varchar(16)  not null,
    outcome         varchar(16)  not null,
    attempts        integer      not null,
    last_error      text,
    next_attempt_at timestamptz,
    occurred_at     timestamptz  not null,
    primary key (alert_id, channel_id)
);

create index delivery_outcome_occurred on delivery_outcome (occurred_at);
