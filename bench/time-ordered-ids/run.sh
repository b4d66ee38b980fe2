#!/usr/bin/env bash
# What time-ordered (version 7) ids save PostgreSQL against random (version 4) ones on a lived-in evaluation
# database: one 5,000-record bulk post's evaluation, audit and outbox rows inserted right after a checkpoint
# (as a post finds the server every few minutes), WAL bytes and time per table, the two kinds of ids
# alternating, every insert rolled back. See bench/time-ordered-ids/README.md.
# Usage: bench/time-ordered-ids/run.sh [database] [rounds]
#   bench/time-ordered-ids/run.sh                                  the stack's thidua_evaluation, 6 rounds
#   bench/time-ordered-ids/run.sh thidua_evaluation_test_bulk 8    the bulk bench's database after its run
# Connection: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), as psql reads them.
set -euo pipefail
cd "$(dirname "$0")/../.."
db=${1:-thidua_evaluation}
rounds=${2:-6}
out=bench/time-ordered-ids/last-run.txt
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
command -v psql >/dev/null || { echo "[bench] psql not found: install the PostgreSQL client (apt-get install postgresql-client)" >&2; exit 1; }
q() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" "$@"; }
if ! counts=$(q -F ' ' -c "select (select count(distinct staff_id) from evaluation), (select count(*) from evaluation),
    (select count(*) from evaluation_audit), (select count(*) from outbox_event)" 2>/dev/null); then
  echo "[bench] cannot read the evaluation tables of database $db: run ./stack demo --scale office (or bench/run-bulk.sh) first, or name the database" >&2
  exit 1
fi
read -r staff evaluations audit outbox <<<"$counts"
if (( staff < 5000 || outbox < 5000 )); then
  echo "[bench] $db holds evaluations of $staff staff and $outbox outbox rows; 5,000 of each are needed: run ./stack demo --scale office first" >&2
  exit 1
fi
results=$(mktemp)
trap 'rm -f "$results"' EXIT

one_post() { # kind: random | v7
  local make="gen_random_uuid()"
  [[ $1 == v7 ]] && make="pg_temp.uuid_v7()"
  q <<SQL
-- RFC 9562 version 7, as platform's TimeOrderedIds makes it: a version 4 uuid with the Unix milliseconds over
-- its first 48 bits and the version nibble turned from 4 to 7 (bits 52 and 53 set).
create function pg_temp.uuid_v7() returns uuid language sql volatile as \$\$
  select encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) placing
    substring(int8send((extract(epoch from clock_timestamp()) * 1000)::bigint) from 3) from 1 for 6), 52, 1), 53, 1),
    'hex')::uuid \$\$;
-- The post's rows, ids made before the clock starts: 5,000 staff of the database, 5,000 of its real events.
create temp table post as
  with e as (select staff_id, unit_code, final_rating, row_number() over (order by staff_id) n
             from (select distinct on (staff_id) staff_id, unit_code, coalesce(final_rating, 'HTT') final_rating
                   from evaluation order by staff_id) d limit 5000),
       o as (select topic, message_key, event_type, payload, slot, row_number() over (order by id desc) n
             from (select * from outbox_event order by id desc limit 5000) x)
  select $make evaluation_id, $make event_id, e.staff_id, e.unit_code, e.final_rating,
         o.topic, o.message_key, o.event_type, o.payload, o.slot
  from e join o using (n);
select $make as cycle \gset
checkpoint;
begin;
insert into cycle (id, unit_code, school_year, plan_id, plan_version, status)
  values (:'cycle', 'BENCH-IDS', '2025-2026', gen_random_uuid(), 1, 'OPEN');
select pg_current_wal_insert_lsn() l0, clock_timestamp() t0 \gset
insert into evaluation (id, cycle_id, staff_id, unit_code, state, final_rating, finalized_by, finalized_at,
                        created_at, updated_at)
  select evaluation_id, :'cycle', staff_id, unit_code, 'FINALIZED', final_rating, 'bench', now(), now(), now() from post;
select pg_current_wal_insert_lsn() l1, clock_timestamp() t1 \gset
insert into evaluation_audit (evaluation_id, actor, at, action, before, after)
  select evaluation_id, 'bench', now(), 'BULK', null, jsonb_build_object('state', 'FINALIZED', 'finalRating', final_rating)
  from post;
select pg_current_wal_insert_lsn() l2, clock_timestamp() t2 \gset
insert into outbox_event (event_id, topic, message_key, event_type, payload, slot)
  select event_id, topic, message_key, event_type, payload, slot from post;
select pg_current_wal_insert_lsn() l3, clock_timestamp() t3 \gset
select concat_ws(' ', '$1',
  round(pg_wal_lsn_diff(:'l1', :'l0') / 1024), round(pg_wal_lsn_diff(:'l2', :'l1') / 1024),
  round(pg_wal_lsn_diff(:'l3', :'l2') / 1024),
  round(extract(epoch from :'t1'::timestamptz - :'t0'::timestamptz) * 1000),
  round(extract(epoch from :'t2'::timestamptz - :'t1'::timestamptz) * 1000),
  round(extract(epoch from :'t3'::timestamptz - :'t2'::timestamptz) * 1000));
rollback;
SQL
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
median_of() { awk -v k="$1" -v c="$2" '$1 == k { print $c }' "$results" | median; }  # kind, field
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0) ? a / b : 0 }'; }

{
  echo "[bench] $(date -u '+%Y-%m-%d %H:%M UTC') database $db: $evaluations evaluations, $audit audit rows," \
    "$outbox outbox rows; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "[bench] one post = 5,000 rows each into evaluation, evaluation_audit, outbox_event after a CHECKPOINT," \
    "in one transaction, rolled back; $rounds rounds, the two kinds of ids alternating"
  for ((round = 1; round <= rounds; round++)); do
    kinds="random v7"
    (( round % 2 == 0 )) && kinds="v7 random"
    for kind in $kinds; do
      line=$(one_post "$kind")
      echo "$line" >> "$results"
      read -r _ wal_e wal_a wal_o ms_e ms_a ms_o <<<"$line"
      printf '[bench] round %d %-6s: WAL evaluation %6s KB, audit %6s KB, outbox %6s KB | time %4s / %4s / %4s ms\n' \
        "$round" "$kind" "$wal_e" "$wal_a" "$wal_o" "$ms_e" "$ms_a" "$ms_o"
    done
  done
  for c in 2 3 4 5 6 7; do
    r[$c]=$(median_of random $c); v[$c]=$(median_of v7 $c)
  done
  wal_r=$(( ${r[2]%.*} + ${r[3]%.*} + ${r[4]%.*} )); wal_v=$(( ${v[2]%.*} + ${v[3]%.*} + ${v[4]%.*} ))
  ms_r=$(( ${r[5]%.*} + ${r[6]%.*} + ${r[7]%.*} )); ms_v=$(( ${v[5]%.*} + ${v[6]%.*} + ${v[7]%.*} ))
  echo "[bench] RESULT medians, v7 ÷ random: WAL evaluation $(ratio "${v[2]}" "${r[2]}") (${v[2]} / ${r[2]} KB)," \
    "audit $(ratio "${v[3]}" "${r[3]}") (${v[3]} / ${r[3]} KB), outbox $(ratio "${v[4]}" "${r[4]}") (${v[4]} / ${r[4]} KB);" \
    "all three $(ratio "$wal_v" "$wal_r") ($wal_v / $wal_r KB)"
  echo "[bench] RESULT medians, v7 ÷ random: time evaluation $(ratio "${v[5]}" "${r[5]}") (${v[5]} / ${r[5]} ms)," \
    "audit $(ratio "${v[6]}" "${r[6]}") (${v[6]} / ${r[6]} ms), outbox $(ratio "${v[7]}" "${r[7]}") (${v[7]} / ${r[7]} ms);" \
    "all three $(ratio "$ms_v" "$ms_r") ($ms_v / $ms_r ms)"
} | tee "$out"
