-- The copy of evaluation-service's staff records (issue 12), kept from thidua.staff.v1: names for minutes,
-- lists and reports, and the person behind each school's record (a person moved to another school has two
-- records with one person_id, so their file follows them).
create table staff_member (
    staff_id    uuid        primary key,
    person_id   uuid        not null,
    person_code text,
    code        text        not null,
    full_name   text        not null,
    unit_code   text        not null,
    group_code  text,
    active      boolean     not null,
    updated_at  timestamptz not null
);

create index staff_member_person on staff_member (person_id);
create index staff_member_unit_code on staff_member (unit_code, code);
create index staff_member_person_code on staff_member (person_code) where person_code is not null;
