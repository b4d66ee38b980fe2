-- Read copy of award-service's rule set versions, kept from thidua.rules.v1 (vn.thidua.rules.ruleset-published.v1).
-- award-service is the one source of every rule parameter; this service applies htxs.maxSharePercent from it.
create table rule_set_copy (
    version        text primary key,
    effective_from date        not null,
    effective_to   date,
    legal_basis    jsonb       not null,
    parameters     jsonb       not null,
    published_by   text        not null,
    published_at   timestamptz not null,
    received_at    timestamptz not null default now()
);

-- The version a cycle's ratings are checked under, pinned at its first finalisation: award-service pins the
-- cycle's eligibility to the version in force on the day of the first finalized evaluation it receives, the same day.
create table cycle_rule_set (
    cycle_id  uuid primary key,
    version   text        not null references rule_set_copy (version),
    pinned_at timestamptz not null
);
