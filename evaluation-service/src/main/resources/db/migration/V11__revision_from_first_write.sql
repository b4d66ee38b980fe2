-- Facts, registrations and an office's standard criteria exist only after their first write, and "0" is the
-- ETag of one that does not exist yet: their first write is revision 1, so a writer still holding "0" loses
-- to it (issue 16: the first write of facts kept "0" and a stale writer overwrote it).
update evaluation_facts set revision = revision + 1;
alter table evaluation_facts alter column revision set default 1;
update registration set revision = revision + 1;
alter table registration alter column revision set default 1;
update standard_criteria set revision = revision + 1;
alter table standard_criteria alter column revision set default 1;
