-- Cán bộ, giáo viên, nhân viên (staff) of a school: the people evaluated in its cycles.
create table staff (
    id          uuid primary key,
    unit_code   text        not null,
    -- The school's own staff code, unique within the school; imports upsert on it.
    code        text        not null,
    full_name   text        not null,
    gender      text        not null check (gender in ('MALE', 'FEMALE', 'OTHER')),
    birth_date  date,
    position    text        not null check (position in ('TEACHER', 'STAFF', 'PRINCIPAL', 'VICE_PRINCIPAL',
                                                         'PIONEER_LEADER', 'ACCOUNTANT', 'LIBRARIAN', 'OTHER')),
    -- Tổ chuyên môn (professional group), e.g. TO-1, TO-4-5, VAN-PHONG.
    group_code  text,
    group_name  text,
    employment  text        not null check (employment in ('CIVIL_SERVANT', 'CONTRACT')),
    -- Ngày vào ngành / tuyển dụng: counts for seniority, not for this school.
    hire_date   date,
    active_from date        not null,
    active_to   date,
    -- The JWT upn of this person, so that a staff or group-lead token finds its own record.
    user_name   text,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    revision    bigint      not null default 0,
    constraint staff_unit_code unique (unit_code, code),
    constraint staff_active_dates check (active_to is null or active_to >= active_from)
);

-- One account is one person in a school (the same person may hold records in two schools after a transfer).
create unique index staff_unit_user on staff (unit_code, user_name) where user_name is not null;
create index staff_unit_group on staff (unit_code, group_code);
