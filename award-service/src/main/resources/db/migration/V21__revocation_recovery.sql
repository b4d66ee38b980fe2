-- Thu hồi (issue 11, item 7): the ground of the revocation as a code (Luật Thi đua, khen thưởng 2022, Điều 93
-- khoản 2 [secondary; cần đối chiếu]), the prize money to pay back with its due date (15 working days, NĐ 152/2025
-- Điều 56, 58 [text]), and whether and when it came back, recorded by whom. Null on awards revoked before this.
alter table nomination add column revoked_ground text
    check (revoked_ground in ('FALSE_DECLARATION', 'FORGED_DOCUMENTS', 'WRONGFUL_APPRAISAL', 'LATER_VIOLATION'));
alter table nomination add column recovery_amount bigint check (recovery_amount >= 0);
alter table nomination add column recovery_due_on date;
alter table nomination add column recovered_amount bigint check (recovered_amount > 0);
alter table nomination add column recovered_on date;
alter table nomination add column recovered_note text;
alter table nomination add column recovered_by text;
alter table nomination add column recovered_at timestamptz;
alter table nomination add constraint nomination_recovered_within_due
    check (recovered_amount is null or (recovery_amount is not null and recovered_amount <= recovery_amount));

-- The reports' read model sums the prize fund from the decided events (items[].prizeMoney.amount).
alter table report_award add column prize_amount bigint;
