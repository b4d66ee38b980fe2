-- A bulk post's stored answer (replayed for the same Idempotency-Key) is ~550 KB for 5,000 records; pglz, the
-- default, took ~40 ms to compress it inside the post, lz4 ~20 ms for about the same size (psql, 8 inserts each,
-- bench/RESULTS.md "Bulk ingest", 2026-12-02). Answers stored from now on are lz4; older ones stay pglz and read as
-- before. A server built without lz4 keeps pglz (the same guard as award-service's V25).
do $$
begin
    alter table idempotency_key alter column response set compression lz4;
exception when feature_not_supported or invalid_parameter_value then
    raise notice 'lz4 is not available on this server: stored answers stay compressed with pglz (%)', sqlerrm;
end
$$;
