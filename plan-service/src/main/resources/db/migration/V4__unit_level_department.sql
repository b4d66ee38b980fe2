-- DEPARTMENT: the Sở GD&ĐT as a unit of its own, under the province; upper-secondary schools are under it, and
-- since 01/07/2025 (two-tier local government, district level abolished) primary and lower-secondary schools are
-- under their commune (issue 11).
alter table unit drop constraint unit_level_check;
alter table unit add constraint unit_level_check
    check (level in ('PROVINCE', 'DEPARTMENT', 'OFFICE', 'COMMUNE', 'SCHOOL'));
