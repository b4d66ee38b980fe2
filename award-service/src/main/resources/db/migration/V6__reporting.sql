-- Báo cáo (reporting read model), built from thidua.evaluation.v1 and thidua.award.v1 events alone by
-- the award-reporting consumer; POST /api/v1/reports/rebuild empties these tables and replays the
-- topics. Independent of every other table of this service.

-- The latest rating of each evaluation. A reopened evaluation stops counting until finalized again;
-- of two events the later by its own time (finalizedAt, reopenedAt) wins, so replay order is harmless.
create table report_rating (
    evaluation_id uuid primary key,
    cycle_id      uuid        not null,
    staff_id      uuid        not null,
    unit_code     text        not null,
    school_year   text,
    -- null only while a reopening has been seen before its finalization
    rating        text check (rating in ('HTXS', 'HTT', 'HT', 'KHT', 'NOT_RATED')),
    counted       boolean     not null,
    changed_at    timestamptz not null,
    reopen_reason text
);

create index report_rating_year_unit on report_rating (school_year, unit_code) where counted;

-- Quyết định khen thưởng as signed (the head of a decision's annex).
create table report_decision (
    decision_id     uuid primary key,
    unit_code       text        not null,
    school_year     text        not null,
    decision_number text        not null,
    decision_date   date        not null,
    signer          text        not null,
    decided_at      timestamptz not null
);

-- One row per nomination, merged from nominated, submitted, rejected, decided and revoked events in
-- whatever order they arrive. unit_code is the nominating unit (the nominee's school) when the
-- nominated event has been seen, else the deciding unit; revoked awards stay with their reason.
create table report_award (
    nomination_id   uuid primary key,
    unit_code       text,
    school_year     text,
    nominee_type    text check (nominee_type in ('STAFF', 'COLLECTIVE')),
    nominee_id      text,
    award_code      text,
    nominating_unit text,
    nominated_at    timestamptz,
    submitted_to    text,
    submitted_at    timestamptz,
    rejected_by     text,
    rejected_reason text,
    rejected_at     timestamptz,
    decision_id     uuid,
    deciding_unit   text,
    revoked_by      text,
    revoked_reason  text,
    revoked_at      timestamptz,
    status          text        not null check (status in ('NOMINATED', 'SUBMITTED', 'REJECTED', 'DECIDED', 'REVOKED'))
);

create index report_award_year_unit on report_award (school_year, unit_code);
create index report_award_decision on report_award (decision_id);
