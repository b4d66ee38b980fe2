-- A failed key is held back through its slot (the slot is a function of the key), which the
-- (slot, id) index of unsent rows already serves; the index on message_key cost every insert of
-- the outbox, thousands per bulk post, for a lookup that only runs after a failure.
drop index if exists outbox_event_unsent_key;
