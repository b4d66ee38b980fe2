-- Each unit's parent periods (issue 11, the 2025 reorganisation): who was above a school on a date, so an office
-- reaches the records of the years it governed the school and the commune that took the school over those from
-- the move on. Kept from the unit events (a move closes a period and opens the next); a period runs until the next
-- one of its unit begins, valid_to is that day before, for reading.
create table unit_period (
    seq         bigserial primary key,
    code        text not null,
    parent_code text,
    valid_from  date,
    valid_to    date
);

create index unit_period_code on unit_period (code);
create index unit_period_parent on unit_period (parent_code);

-- The copy so far knew only today's parent: one period each, from the unit's own start.
insert into unit_period (code, parent_code, valid_from)
select code, parent_code, valid_from from unit_copy order by code;
