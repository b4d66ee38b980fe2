-- A staff member's explanation is ~11 KB of JSON (every condition of every title, with its legal basis), so
-- a 5,000-staff cycle's first computation writes ~55 MB of it; compressing it with pglz (the default) took
-- about as long as parsing it into jsonb (bench/RESULTS.md, eligibility path 2026-12-02). lz4 compresses
-- several times faster for about the same size. Only values written from now on are lz4; older ones stay
-- pglz and read as before. A server built without lz4 keeps pglz.
do $$
begin
    alter table staff_eligibility alter column explanation set compression lz4;
    alter table collective_eligibility alter column explanation set compression lz4;
exception when feature_not_supported or invalid_parameter_value then
    raise notice 'lz4 is not available on this server: explanations stay compressed with pglz (%)', sqlerrm;
end
$$;
