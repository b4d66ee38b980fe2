-- Unit tree (province → office or commune → school). The tree is data: reorganisations edit parent_code.
create table unit (
    code        text primary key,
    name        text        not null,
    level       text        not null check (level in ('PROVINCE', 'OFFICE', 'COMMUNE', 'SCHOOL')),
    parent_code text references unit (code),
    valid_from  date        not null default current_date,
    valid_to    date,
    revision    bigint      not null default 0,
    updated_at  timestamptz not null default now()
);

create index unit_parent on unit (parent_code);

-- Every change of a unit, so a school moved under another office keeps its history.
create table unit_history (
    id          bigserial primary key,
    code        text        not null references unit (code),
    change      text        not null check (change in ('CREATED', 'UPDATED', 'MOVED')),
    name        text        not null,
    parent_code text,
    valid_from  date,
    valid_to    date,
    effective   date        not null,
    changed_by  text        not null,
    changed_at  timestamptz not null default now()
);

create index unit_history_code on unit_history (code, id);

-- A plan (kế hoạch thi đua) of one unit: the current document (the draft, or the latest published
-- version) plus the metadata the system needs; published versions are kept in plan_version.
create table plan (
    id                   uuid primary key,
    unit_code            text        not null references unit (code),
    school_year          text        not null,
    year                 integer,
    title                text        not null,
    document_number      text,
    document_date        date,
    status               text        not null check (status in ('DRAFT', 'PUBLISHED', 'MIDTERM_REVIEW', 'CLOSED', 'WITHDRAWN')),
    version              integer     not null default 1,
    document             jsonb       not null,
    based_on_plan_id     uuid references plan (id),
    publication_deadline date,
    withdrawal_reason    text,
    import_warnings      jsonb,
    search_text          text        not null,
    created_by           text        not null,
    created_at           timestamptz not null default now(),
    published_at         timestamptz,
    updated_at           timestamptz not null default now(),
    revision             bigint      not null default 0
);

create index plan_unit_year on plan (unit_code, school_year);
create index plan_based_on on plan (based_on_plan_id);
create index plan_document_number on plan (document_number);

-- Each published version, immutable: amendments add a version, old ones stay readable and diffable.
create table plan_version (
    plan_id      uuid        not null references plan (id),
    version      integer     not null,
    document     jsonb       not null,
    note         text,
    published_by text        not null,
    published_at timestamptz not null,
    primary key (plan_id, version)
);
