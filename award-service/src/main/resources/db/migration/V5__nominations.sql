-- Đề nghị khen thưởng, tờ trình và quyết định khen thưởng (nominations, submissions, decisions).

-- Tờ trình: a school's nominations above its authority, sent to the unit above it.
create table submission (
    id               uuid primary key,
    from_unit_code   text        not null,
    to_unit_code     text        not null,
    school_year      text        not null,
    document_number  text,
    signer           text,
    note             text,
    -- SUBMITTED while any item awaits the office; then DECIDED (some item decided) or REJECTED (all rejected).
    status           text        not null check (status in ('SUBMITTED', 'DECIDED', 'REJECTED')),
    submitted_by     text        not null,
    submitted_at     timestamptz not null,
    updated_at       timestamptz not null
);

create index submission_to on submission (to_unit_code, school_year, status);
create index submission_from on submission (from_unit_code, school_year);

-- Quyết định khen thưởng: number, date, signer; its items are the nominations pointing at it.
create table decision (
    id               uuid primary key,
    unit_code        text        not null,
    school_year      text        not null,
    decision_number  text        not null,
    decision_date    date        not null,
    signer           text        not null,
    decided_by       text        not null,
    decided_at       timestamptz not null,
    -- A unit never issues two decisions under one number.
    constraint decision_number_once unique (unit_code, decision_number)
);

create table nomination (
    id                  uuid primary key,
    unit_code           text        not null,
    school_year         text        not null,
    nominee_type        text        not null check (nominee_type in ('STAFF', 'COLLECTIVE')),
    nominee_id          text        not null,
    nominee_name        text        not null,
    -- STAFF:<staff id> or COLLECTIVE:<school>/<group or school code>: group codes repeat across schools.
    nominee_key         text        not null,
    recipient           text        not null check (recipient in ('INDIVIDUAL', 'GROUP', 'SCHOOL')),
    award_code          text        not null,
    award_kind          text        not null check (award_kind in ('TITLE', 'FORM')),
    achievement_ref     text        not null,
    -- nominee_key|school_year|folded achievement_ref: "one achievement" (NominationRules.achievementKey).
    achievement_key     text        not null,
    achievement_summary text        not null,
    evidence            jsonb       not null default '[]',
    -- Phiên họp hội đồng that voted it; stored as given (the council component checks it).
    council_session_id  uuid,
    rule_set_version    text        not null references rule_set (version),
    decider_level       text        not null,
    decider             text,
    -- The unit at decider_level above the school in the unit tree copy; null when none is known.
    decider_unit_code   text,
    status              text        not null
        check (status in ('NOMINATED', 'SUBMITTED', 'APPROVED', 'DECIDED', 'REJECTED', 'REVOKED')),
    submission_id       uuid references submission (id),
    decision_id         uuid references decision (id),
    reviewed_by         text,
    reviewed_at         timestamptz,
    rejected_reason     text,
    revoked_reason      text,
    revoked_by          text,
    revoked_at          timestamptz,
    nominated_by        text        not null,
    nominated_at        timestamptz not null,
    updated_at          timestamptz not null
);

create index nomination_unit on nomination (unit_code, school_year, status);
create index nomination_submission on nomination (submission_id);
create index nomination_decision on nomination (decision_id);
create index nomination_nominee on nomination (nominee_key, school_year);

-- One achievement is not rewarded twice (DESIGN.md, "Rules are data"): among live nominations
-- (neither rejected nor revoked) one form per achievement, and one of each title per nominee and year.
-- The service checks first to name the existing nomination; these indexes stop concurrent requests.
create unique index nomination_one_form_per_achievement on nomination (achievement_key)
    where award_kind = 'FORM' and status not in ('REJECTED', 'REVOKED');
create unique index nomination_one_title_per_year on nomination (nominee_key, school_year, award_code)
    where award_kind = 'TITLE' and status not in ('REJECTED', 'REVOKED');
