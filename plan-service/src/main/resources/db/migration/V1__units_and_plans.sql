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

-- A plan (kế hoạch thi đua) of one unit for one school year; contents become evaluation criteria.
create table plan (
    id           uuid primary key,
    unit_code    text        not null references unit (code),
    school_year  text        not null,
    title        text        not null,
    status       text        not null check (status in ('DRAFT', 'PUBLISHED', 'MIDTERM_REVIEW', 'CLOSED', 'WITHDRAWN')),
    version      integer     not null default 1,
    created_by   text        not null,
    created_at   timestamptz not null default now(),
    published_at timestamptz,
    revision     bigint      not null default 0
);

create index plan_unit_year on plan (unit_code, school_year);

-- Numbered emulation contents (nội dung thi đua), numbers kept as written in the document.
create table plan_content (
    plan_id  uuid    not null references plan (id) on delete cascade,
    position integer not null,
    number   text    not null,
    text     text    not null,
    primary key (plan_id, position)
);
