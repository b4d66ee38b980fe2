-- Hạn đăng ký thi đua (registration deadline) of a cycle, set by the principal; null: open until set.
-- The day itself is included, in the school's time zone.
alter table cycle add column registration_deadline date;

-- Đăng ký thi đua: what a staff member (INDIVIDUAL) or a professional group (COLLECTIVE) aims for in a cycle.
create table registration (
    id                 uuid primary key,
    cycle_id           uuid        not null references cycle (id),
    unit_code          text        not null,
    kind               text        not null check (kind in ('INDIVIDUAL', 'COLLECTIVE')),
    staff_id           uuid references staff (id),
    -- Tổ chuyên môn: the registering group of a collective registration (staff.group_code).
    group_code         text,
    state              text        not null check (state in ('DRAFT', 'SUBMITTED')),
    -- [{"kind":"TITLE","code":"LDTT","text":null},{"kind":"INITIATIVE","code":null,"text":"…"}]
    targets            jsonb       not null default '[]',
    submitted_at       timestamptz,
    submitted_by       text,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    revision           bigint      not null default 0,
    constraint registration_owner check (
        (kind = 'INDIVIDUAL' and staff_id is not null and group_code is null)
        or (kind = 'COLLECTIVE' and staff_id is null and group_code is not null)),
    constraint registration_submitted check (state <> 'SUBMITTED' or submitted_at is not null)
);

create unique index registration_cycle_staff on registration (cycle_id, staff_id) where kind = 'INDIVIDUAL';
create unique index registration_cycle_group on registration (cycle_id, group_code) where kind = 'COLLECTIVE';

-- Every change of a registration: who, when, what (before and after), and the reason of a change after the deadline.
create table registration_history (
    id              bigint generated always as identity primary key,
    registration_id uuid        not null references registration (id) on delete cascade,
    actor           text        not null,
    at              timestamptz not null default now(),
    action          text        not null,
    reason          text,
    before          jsonb,
    after           jsonb
);

create index registration_history_registration on registration_history (registration_id, id);
