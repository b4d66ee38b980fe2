-- Earlier decisions of collectives (issue 12 item 4): an imported record is of a person or of a collective (the
-- unit, or one of its professional groups), never both; idempotent on the collective, award, year and number.
alter table achievement_record alter column person_id drop not null;
alter table achievement_record add column collective_unit text;
alter table achievement_record add column collective_group text;
alter table achievement_record add constraint achievement_record_one_holder
    check ((person_id is null) <> (collective_unit is null));
create unique index achievement_record_collective_once on achievement_record
    (collective_unit, coalesce(collective_group, ''), award_code, school_year, decision_number)
    where collective_unit is not null;
