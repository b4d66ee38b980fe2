-- Partial payments of a recovery (issue 11, lawrules item 3): several payments until the prize money of a revoked
-- award is paid back; their sum never exceeds what is owed (checked under the nomination's row lock, and by the
-- nomination's recovered_within_due constraint on the total). The nomination keeps the summary: recovered_amount
-- the total paid so far, recovered_on / recovered_note / recovered_by / recovered_at those of the latest payment.
create table recovery_payment (
    id            uuid primary key,
    nomination_id uuid        not null references nomination (id),
    amount        bigint      not null check (amount > 0),
    paid_on       date        not null,
    note          text,
    recorded_by   text        not null,
    recorded_at   timestamptz not null
);
create index recovery_payment_nomination on recovery_payment (nomination_id, paid_on);

-- A recovery recorded before payments existed is its first payment. On a new database this runs before V21 (which
-- adds the recovery columns; Flyway runs out of order only on an existing one), and there is nothing to copy.
do $$
begin
    if exists (select 1 from information_schema.columns
               where table_name = 'nomination' and column_name = 'recovered_amount') then
        execute 'insert into recovery_payment (id, nomination_id, amount, paid_on, note, recorded_by, recorded_at)
                 select gen_random_uuid(), id, recovered_amount, recovered_on, recovered_note, recovered_by, recovered_at
                 from nomination where recovered_amount is not null';
    end if;
end $$;

-- How the due date was counted (holidays skipped, calendar gaps), shown beside it; null before this.
alter table nomination add column recovery_due_basis text;
