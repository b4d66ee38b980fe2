-- An evaluation cycle of one school and school year, opened by the publication of its plan.
create table cycle (
    id           uuid primary key,
    unit_code    text        not null,
    school_year  text        not null,
    plan_id      uuid        not null unique,
    plan_version integer     not null,
    status       text        not null check (status in ('OPEN', 'MIDTERM_REVIEW', 'CLOSED', 'WITHDRAWN')),
    opened_at    timestamptz not null default now(),
    revision     bigint      not null default 0
);

create index cycle_unit_year on cycle (unit_code, school_year);

-- Criteria staff are assessed on: the plan's numbered contents (source PLAN) beside standard ones.
create table cycle_criterion (
    cycle_id uuid    not null references cycle (id) on delete cascade,
    position integer not null,
    source   text    not null check (source in ('PLAN', 'STANDARD')),
    number   text    not null,
    text     text    not null,
    primary key (cycle_id, position)
);

-- The criteria a cycle had before each amendment of its plan: amendments change open cycles, the past stays.
create table cycle_criteria_history (
    cycle_id     uuid        not null references cycle (id) on delete cascade,
    plan_version integer     not null,
    criteria     jsonb       not null,
    replaced_at  timestamptz not null default now(),
    primary key (cycle_id, plan_version)
);
