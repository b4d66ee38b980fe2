-- Webhook subscriptions of offices (platform webhook/). A service that delivers webhooks adds db/webhooks to
-- its Flyway locations.
create table webhook_subscription (
    id                   uuid        primary key,
    unit_code            text        not null, -- the office that owns it; only its units' events go out
    url                  text        not null,
    event_types          text[]      not null,
    -- Kept as given: the deliverer signs with it (Standard Webhooks, whsec_ + base64). Returned once, on create.
    secret               text        not null,
    enabled              boolean     not null default true,
    consecutive_failures integer     not null default 0,
    disabled_at          timestamptz,
    disabled_reason      text,
    created_by           text        not null,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now()
);

create index webhook_subscription_unit on webhook_subscription (unit_code);

-- One row per event and subscription, written when the consumer group reads the event, so a restart between
-- reading and sending loses nothing; the deliverer leases due rows (FOR UPDATE SKIP LOCKED) across replicas.
create table webhook_delivery (
    id              bigserial   primary key,
    subscription_id uuid        not null references webhook_subscription (id) on delete cascade,
    event_id        text        not null,
    event_type      text        not null,
    event_unit      text        not null,
    payload         text        not null, -- the CloudEvents JSON exactly as on the topic
    state           text        not null default 'PENDING' check (state in ('PENDING', 'DELIVERED')),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null default now(),
    created_at      timestamptz not null default now(),
    delivered_at    timestamptz,
    unique (subscription_id, event_id)
);

create index webhook_delivery_due on webhook_delivery (next_attempt_at, id) where state = 'PENDING';

-- Every attempt, as the office sees it in GET /subscriptions/{id}/deliveries.
create table webhook_attempt (
    id              bigserial   primary key,
    delivery_id     bigint      not null references webhook_delivery (id) on delete cascade,
    subscription_id uuid        not null references webhook_subscription (id) on delete cascade,
    attempt         integer     not null,
    attempted_at    timestamptz not null default now(),
    status_code     integer,
    error           text,
    duration_ms     integer     not null,
    succeeded       boolean     not null
);

create index webhook_attempt_subscription on webhook_attempt (subscription_id, id);
