-- Kết quả đánh giá đã chốt (finalized ratings and facts) as received from thidua.evaluation.v1.
create table evaluation_result (
    evaluation_id    uuid primary key,
    cycle_id         uuid        not null,
    staff_id         uuid        not null,
    unit_code        text        not null,
    school_year      text        not null,
    group_code       text,
    rating           text        not null check (rating in ('HTXS', 'HTT', 'HT', 'KHT', 'NOT_RATED')),
    -- {"monthsWorked":12,"discipline":[…],"leave":[…],"initiatives":[…]} as in the event
    facts            jsonb       not null,
    hire_date        date,
    finalized_by     text        not null,
    finalized_at     timestamptz not null,
    -- WITHDRAWN: reopened for correction; not counted until finalized again.
    status           text        not null check (status in ('FINALIZED', 'WITHDRAWN')),
    withdrawn_reason text,
    withdrawn_by     text,
    withdrawn_at     timestamptz,
    received_at      timestamptz not null
);

create index evaluation_result_cycle on evaluation_result (cycle_id, status);

-- One computation state per evaluation cycle, pinned to the rule set in force on its first finalization.
create table eligibility_cycle (
    cycle_id         uuid primary key,
    unit_code        text        not null,
    school_year      text        not null,
    rule_set_version text        not null references rule_set (version),
    -- Why that version: the date it was chosen for, and a note when no set was in force that day.
    pinned_on        date        not null,
    rule_set_note    text,
    -- Unit-level checks (CSTĐCS and HTXS shares) of the latest computation.
    unit_checks      jsonb       not null default '[]',
    computed_at      timestamptz not null,
    computations     integer     not null default 0
);

create index eligibility_cycle_unit on eligibility_cycle (unit_code, school_year);

-- Eligibility of one staff member in one cycle, with the explanation (every condition checked).
create table staff_eligibility (
    cycle_id         uuid        not null references eligibility_cycle (cycle_id),
    staff_id         uuid        not null,
    evaluation_id    uuid        not null,
    unit_code        text        not null,
    school_year      text        not null,
    group_code       text,
    rule_set_version text        not null,
    rating           text        not null,
    effective_rating text        not null,
    eligible         jsonb       not null,
    explanation      jsonb       not null,
    computed_at      timestamptz not null,
    primary key (cycle_id, staff_id)
);

-- History across years (CSTĐCS running) is read by staff id.
create index staff_eligibility_staff on staff_eligibility (staff_id, school_year);

-- Eligibility of a collective: a professional group (groupCode of the events) or the school.
create table collective_eligibility (
    cycle_id         uuid        not null references eligibility_cycle (cycle_id),
    code             text        not null,
    kind             text        not null check (kind in ('GROUP', 'SCHOOL')),
    unit_code        text        not null,
    school_year      text        not null,
    members          integer     not null,
    rule_set_version text        not null,
    eligible         jsonb       not null,
    explanation      jsonb       not null,
    computed_at      timestamptz not null,
    primary key (cycle_id, code, kind)
);
