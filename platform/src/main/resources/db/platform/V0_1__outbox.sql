-- Transactional outbox (platform): events written with the state change, published by OutboxRelay.
create table outbox_event (
    id              bigserial primary key,
    event_id        uuid        not null unique,
    topic           text        not null,
    message_key     text        not null,
    event_type      text        not null,
    payload         text        not null, -- the envelope exactly as sent
    slot            integer     not null,
    created_at      timestamptz not null default now(),
    next_attempt_at timestamptz not null default now(),
    attempts        integer     not null default 0,
    last_error      text,
    sent_at         timestamptz
);

create index outbox_event_unsent on outbox_event (slot, id) where sent_at is null;
create index outbox_event_unsent_key on outbox_event (message_key) where sent_at is null;

-- One row per slot: a relay locks slots (FOR UPDATE SKIP LOCKED) so replicas share rows by key.
create table outbox_slot (
    slot integer primary key
);

insert into outbox_slot (slot) select generate_series(0, 15);

-- Idempotent consumer (platform): one row per applied event and consumer, written with the effect.
create table processed_event (
    consumer     text        not null,
    event_id     uuid        not null,
    event_type   text        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
