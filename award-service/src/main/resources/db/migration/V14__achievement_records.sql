-- Hồ sơ thi đua (issue 12, items 2-4): decisions taken before the system, imported from a school's or an office's
-- records. Decisions taken in the system are not copied here: the file reads them from decision and nomination.
create table achievement_record (
    id               uuid primary key,
    -- The person (evaluation-service's personId, stable across schools); the staff record it was matched through.
    person_id        uuid        not null,
    staff_id         uuid,
    -- The school the person belonged to when imported (scoping: who may read and revoke it).
    unit_code        text        not null,
    award_code       text        not null,
    award_kind       text        not null check (award_kind in ('TITLE', 'FORM')),
    school_year      text        not null check (school_year ~ '^[0-9]{4}-[0-9]{4}$'),
    decision_number  text        not null,
    decision_date    date        not null,
    -- Cơ quan, đơn vị ra quyết định as written in the file, and its level when the file or the unit tree says.
    issuer           text        not null,
    issuer_level     text,
    imported_by      text        not null,
    imported_at      timestamptz not null,
    import_unit_code text        not null,
    source_line      integer     not null,
    revoked          boolean     not null default false,
    revoked_reason   text,
    revoked_by       text,
    revoked_at       timestamptz
);

-- Importing the same decision twice changes nothing (idempotent on person, title, school year, decision number).
create unique index achievement_record_once on achievement_record (person_id, award_code, school_year, decision_number);
create index achievement_record_unit on achievement_record (unit_code, school_year);
