-- Eligibility in batches (issue 15 item 1): evaluation events only mark their cycle stale
-- (pending_revision moves on); a worker recomputes a stale cycle once for everything that arrived,
-- and records the revision it covered. events_applied counts the evaluation events applied to the cycle,
-- computations the recomputations (fewer than events now).
alter table eligibility_cycle
    add column pending_revision  bigint  not null default 0,
    add column computed_revision bigint  not null default 0,
    add column events_applied    integer not null default 0;

-- Before batching each applied event was one computation.
update eligibility_cycle set events_applied = computations;

create index eligibility_cycle_stale on eligibility_cycle (cycle_id) where pending_revision > computed_revision;

-- A row is rewritten only when what it says changed: digest of its content (null: written before V17,
-- rewritten once), revision counts its rewrites, computed_at is when it last changed.
alter table staff_eligibility
    add column digest   text,
    add column revision integer not null default 1;

alter table collective_eligibility
    add column digest   text,
    add column revision integer not null default 1;
