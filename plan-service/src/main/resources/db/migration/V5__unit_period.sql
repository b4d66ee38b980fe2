-- Each unit's parent periods (issue 11), read by platform's DatedTree for access on a date: the unit history's
-- creations and moves, each period running from its effective date until the next one of the same unit begins.
-- A view, so the history stays the one record of the tree's past (the other services keep a table from the events).
create view unit_period as
select id as seq, code, parent_code, effective as valid_from,
       (lead(effective) over (partition by code order by effective, id)) - 1 as valid_to
from unit_history
where change in ('CREATED', 'MOVED');
