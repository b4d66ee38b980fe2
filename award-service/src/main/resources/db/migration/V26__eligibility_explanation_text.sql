-- Explanations are read back whole and never queried inside, so they are stored as JSON text instead of jsonb:
-- PostgreSQL parsed ~11 KB of jsonb per staff member, ~0.5 s of its CPU for a 5,000-staff school's rows
-- (psql, 5,000 real explanations: jsonb 467-594 ms, json 243 ms, text 38-100 ms; bench/RESULTS.md, 2026-12-02).
-- The stored text is jsonb's own rendering of the same JSON; the service writes and reads it with Jackson
-- (eligibility.ExplanationText).
alter table staff_eligibility alter column explanation type text using explanation::text;
alter table collective_eligibility alter column explanation type text using explanation::text;
-- The type change drops the column's compression setting (checked on PostgreSQL 15), so V25's lz4 is set again.
do $$
begin
    alter table staff_eligibility alter column explanation set compression lz4;
    alter table collective_eligibility alter column explanation set compression lz4;
exception when feature_not_supported or invalid_parameter_value then
    raise notice 'lz4 is not available on this server: explanations stay compressed with pglz (%)', sqlerrm;
end
$$;
