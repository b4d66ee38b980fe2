-- Outbox relay (platform OutboxRelay), applied in every service's database with the outbox table itself.
--
-- Wake-up on commit: every insert statement into the outbox (one COPY of a bulk post is one statement)
-- notifies channel thidua_outbox. PostgreSQL delivers the notification when the transaction commits, once
-- per transaction, to every replica's relay listening on it; the relay's slow poll stays as a safety net.
create function outbox_event_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('thidua_outbox', '');
    return null;
end
$$;

create trigger outbox_event_inserted after insert on outbox_event
    for each statement execute function outbox_event_notify();

-- Parking: a row still not sent after its retries is parked (parked_at) for an operator to release
-- (parked_at cleared, retried) or drop (dropped_at: never sent, kept as the record of the break in its
-- key's order). Until then the later rows of its key wait.
alter table outbox_event
    add column parked_at  timestamptz,
    add column dropped_at timestamptz;

-- The rows that can hold their key back: failed at least once, not sent, not dropped. Only failures enter
-- it (a new row has attempts = 0), so the insert path of bulk posts does not pay for it.
create index outbox_event_failed_key on outbox_event (message_key, id)
    where sent_at is null and dropped_at is null and attempts > 0;
