-- A person across schools (issue 12): each school's staff record belongs to one person (person_id, assigned here,
-- kept when the person moves to another school) and may carry the person's national id number or civil-servant
-- personal code (person_code). The code is unique per person, yet shared by all records of that person: the
-- table person_code holds one row per (code, person), and the composite key below makes every record that
-- carries a code carry that code's person. Correcting a code (update person_code) reaches every record.
create table person_code (
    code      text primary key,
    person_id uuid not null unique,
    constraint person_code_pair unique (code, person_id)
);

alter table staff add column person_id uuid;
-- Existing records: one person each, with the record's id as the person's (nothing says two records are one person).
update staff set person_id = id;
alter table staff alter column person_id set not null;
alter table staff add column person_code text;
alter table staff add constraint staff_person_code foreign key (person_code, person_id)
    references person_code (code, person_id) on update cascade;
-- The record at the previous school when this one was made by a move (POST /staff/{id}/move).
alter table staff add column moved_from uuid references staff (id);

create index staff_person on staff (person_id);
