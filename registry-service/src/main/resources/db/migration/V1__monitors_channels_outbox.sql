-- Monitors and channels keep their full contract snapshot as jsonb: it is what the outbox publishes, so reading it
-- back needs no mapping layer. The plain columns exist for tenant scoping, filtering and paging.
create table monitor (
    id         uuid primary key,
    tenant     varchar(255) not null,
    kind       varchar(16)  not null,
    enabled    boolean      not null,
    definition jsonb        not null,
    version    bigint       not null,
    created_at timestamptz  not null default now(),
    updated_at timestamptz  not null
);

create index monitor_tenant_created on monitor (tenant, created_at, id);

create table channel (
    id         uuid primary key,
    tenant     varchar(255) not null,
    definition jsonb        not null,
    version    bigint       not null,
    created_at timestamptz  not null default now(),
    updated_at timestamptz  not null
);

create index channel_tenant_created on channel (tenant, created_at, id);

-- One row per tenant that has ever written: the row lock on it serialises quota decisions, and it holds the
-- per-tenant quota override and the maintenance windows that apply to all of the tenant's monitors.
create table tenant_settings (
    tenant              varchar(255) primary key,
    max_active_monitors integer,
    maintenance_windows jsonb not null default '[]'::jsonb
);

-- debezium-examples outbox layout; the CDC engine publishes rows and deletes the processed ones.
create table outbox_event (
    id            uuid primary key,
    aggregatetype varchar(64) not null,
    aggregateid   varchar(64) not null,
    type          varchar(64) not null,
    payload       jsonb,
    created_at    timestamptz not null default now()
);
