-- Debezium's JDBC offset store keeps the engine's stream position here (its own layout, created here so every
-- table of the registry comes from a migration).
create table cdc_offset (
    id                varchar(36) primary key,
    offset_key        varchar(1255),
    offset_val        varchar(1255),
    record_insert_ts  timestamp not null,
    record_insert_seq integer   not null
);

-- How far the registry has published through each slot: a slot that is gone, or claims to be past this point,
-- means changes were skipped, and the engine refuses to stream on.
create table cdc_slot (
    slot_name     varchar(63) primary key,
    published_lsn pg_lsn      not null,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now()
);
