-- One row per (alert, channel): the primary key is what makes a redelivered alert send at most once.
create table delivery (
    alert_id     uuid        not null,
    channel_id   uuid        not null,
    tenant       text        not null,
    monitor_id   uuid        not null,
    channel_kind text        not null,
    status       text        not null check (status in ('pending', 'sending', 'retrying', 'delivered', 'failed', 'disabled')),
    attempts     integer     not null default 0,
    last_error   text,
    not_before   timestamptz,
    claimed_at   timestamptz,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    primary key (alert_id, channel_id)
);

create index delivery_tenant_updated on delivery (tenant, updated_at);

-- Channels switched off after a 410 Gone, until the registry publishes a newer version of them.
create table disabled_channel (
    channel_id      uuid        primary key,
    channel_version bigint      not null,
    reason          text        not null,
    disabled_at     timestamptz not null
);
