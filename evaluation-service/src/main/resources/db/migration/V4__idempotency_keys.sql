-- Idempotency-Key of bulk posts: the first answer per unit and key, replayed for the same request.
create table idempotency_key (
    unit_code    text        not null,
    key          text        not null,
    -- SHA-256 of the request (endpoint, cycle, mode, body): the same key with another request is a 409.
    request_hash text        not null,
    -- Filled in the same transaction as the claim, so other transactions never see it empty.
    status       integer,
    response     text,
    created_at   timestamptz not null default now(),
    primary key (unit_code, key)
);

create index idempotency_key_created on idempotency_key (created_at);
