#!/usr/bin/env bash
# Recovery of the running services (issue 15, item 4): during the office-scale year (./stack demo --scale office),
# each service in turn is killed with -9 and started again with ./stack restart; prints for each the time from the
# kill to ready and from ready to consuming again, then checks that nothing was lost and nothing applied twice.
# See bench/recovery/README.md.
#   bench/recovery/run.sh                          plan-service, evaluation-service, award-service, 45 s apart
#   bench/recovery/run.sh award-service            only that one
# Needs the stack up (./stack up). Environment: RECOVERY_GAP (seconds between kills, default 45), RECOVERY_SCHOOLS
# (schools of the office run, default 100).
set -euo pipefail
cd "$(dirname "$0")/../.."
out=bench/recovery/last-run.txt
demo_log=.stack/logs/recovery-demo.log
restart_log=.stack/logs/recovery-restart.log
services=("$@")
((${#services[@]})) || services=(plan-service evaluation-service award-service)
gap="${RECOVERY_GAP:-45}"
schools="${RECOVERY_SCHOOLS:-100}"
: >"$out"
say() { echo "[recovery] $(date -u +%H:%M:%S) $*" | tee -a "$out"; }
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

# The stack's PostgreSQL: the embedded one when ./stack runs it, else PGHOST/PGPORT (default 127.0.0.1:5432).
if [[ -f .stack/run/postgres.pid ]] && kill -0 "$(cat .stack/run/postgres.pid)" 2>/dev/null; then
  PGH=127.0.0.1; PGP="${THIDUA_EMBEDDED_PG_PORT:-5433}"
else
  PGH="${PGHOST:-127.0.0.1}"; PGP="${PGPORT:-5432}"
fi
# The SQL goes through stdin: the check below names 5,000 event ids, more than one argument may hold.
q() { PGPASSWORD="${PGPASSWORD:-}" psql -h "$PGH" -p "$PGP" -U "${PGUSER:-postgres}" -d "$1" -Atq -f - <<<"$2"; }
declare -A DB=([plan-service]=thidua_plan [evaluation-service]=thidua_evaluation [award-service]=thidua_award)
declare -A PORT=([plan-service]=8081 [evaluation-service]=8082 [award-service]=8083)
healthy() { curl -fsS -m 2 "http://127.0.0.1:${PORT[$1]}/q/health/ready" >/dev/null 2>&1; }

# When the service did its first work after time $2 (epoch s): an event applied by one of its consumers
# (processed_event, written in the consumer's transaction), or for plan-service, which consumes nothing, an outbox
# row sent by its relay.
first_work_after() {
  local s="$1" t="$2"
  if [[ "$s" == plan-service ]]; then
    q "${DB[$s]}" "select extract(epoch from min(sent_at)) from outbox_event where sent_at > to_timestamp($t)"
  else
    q "${DB[$s]}" "select extract(epoch from min(processed_at)) from processed_event where processed_at > to_timestamp($t)"
  fi
}

for s in plan-service evaluation-service award-service; do
  healthy "$s" || { echo "$s is not ready: ./stack up first" >&2; exit 1; }
done
say "load average $(cut -d' ' -f1-3 /proc/loadavg); services: ${services[*]}; ${gap}s apart; PostgreSQL $PGH:$PGP"

./stack demo --scale office --schools "$schools" --retry-down 900 >"$demo_log" 2>&1 &
demo=$!
trap 'kill "$demo" 2>/dev/null || true' EXIT
say "office-scale year started (demo pid $demo, log $demo_log)"
for ((i = 0; i < 1200; i++)); do
  grep -q "posted $((schools / 10)) of" "$demo_log" 2>/dev/null && break
  kill -0 "$demo" 2>/dev/null || { tail -n 20 "$demo_log" >&2; exit 1; }
  sleep 1
done
year="$(sed -n 's/.*school year \([0-9-]*\),.*/\1/p' "$demo_log" | head -1)"
say "school year $year; $(grep -o 'posted [0-9]* of [0-9]* schools' "$demo_log" | tail -1)"

declare -a lines
for s in "${services[@]}"; do
  pid="$(cat ".stack/run/$s.pid")"
  t_kill="$(now)"
  kill -9 "$pid"
  say "$s: kill -9 $pid"
  # ./stack restart returns once the health check answers ready (polled every 0.5 s); on a loaded machine it may
  # give up waiting (120 s) while the service still starts: then the health check is polled here.
  ./stack restart "$s" >>"$restart_log" 2>&1 || say "$s: ./stack restart gave up waiting ($(tail -n 1 "$restart_log"))"
  for ((i = 0; i < 1200; i++)); do healthy "$s" && break; sleep 0.5; done
  healthy "$s" || { tail -n 30 "$restart_log" >&2; exit 1; }
  t_ready="$(now)"
  say "$s: ready $(secs "$t_kill" "$t_ready") s after the kill; waiting for its first work after ready…"
  t_work=""
  for ((i = 0; i < 300; i++)); do
    t_work="$(first_work_after "$s" "$t_ready")"
    [[ -n "$t_work" ]] && break
    sleep 0.5
  done
  if [[ -z "$t_work" ]]; then
    line="$s: kill->ready $(secs "$t_kill" "$t_ready") s, nothing consumed within 300 polls of ready"
  else
    line="$s: kill->ready $(secs "$t_kill" "$t_ready") s, ready->consuming $(secs "$t_ready" "$t_work") s (target <= 10)"
  fi
  say "$line"
  lines+=("$line")
  sleep "$gap"
done

say "waiting for the office year to finish…"
wait "$demo" || { tail -n 20 "$demo_log" >&2; say "the demo failed: see $demo_log"; exit 1; }
trap - EXIT
grep -E "posted in|eligibility of all|throughput|latency|retried" "$demo_log" | sed 's/^/[recovery] demo: /' | tee -a "$out"

# Nothing lost, nothing applied twice: the finalized events evaluation-service wrote for the run's schools, against
# what award-service applied (each consumer records every applied event once) and holds.
units="unit_code like 'TH-P01-%'"
ids="$(q thidua_evaluation "select string_agg(event_id::text, ',') from outbox_event
  where event_type = 'vn.thidua.evaluation.finalized.v1' and payload::jsonb ->> 'schoolyear' = '$year'
  and payload::jsonb ->> 'unit' like 'TH-P01-%'")"
posted="$(q thidua_evaluation "select count(*) || ' events, ' || count(distinct payload::jsonb -> 'data' ->> 'evaluationId')
  || ' evaluations' from outbox_event where event_type = 'vn.thidua.evaluation.finalized.v1'
  and payload::jsonb ->> 'schoolyear' = '$year' and payload::jsonb ->> 'unit' like 'TH-P01-%'")"
unsent="$(q thidua_evaluation "select count(*) from outbox_event where sent_at is null and dropped_at is null")"
cycles="$(q thidua_evaluation "select count(*) from cycle where school_year = '$year' and $units")"
say "evaluation-service: $posted finalized (posted), $cycles cycles for $schools schools, $unsent outbox rows unsent"
say "award-service cycles: $(q thidua_award "select count(*) || ' cycles, events applied ' || coalesce(sum(events_applied), 0)
  || ', stale ' || count(*) filter (where pending_revision > computed_revision) from eligibility_cycle
  where school_year = '$year' and $units")"
say "award-service staff rows: $(q thidua_award "select count(*) || ' rows, ' || count(distinct s.key_staff) || ' people'
  from (select staff_id as key_staff from staff_eligibility e join eligibility_cycle c using (cycle_id)
  where c.school_year = '$year' and c.$units) s")"
# award-reporting (the reports' read model) may still be catching up when eligibility is complete: wait for it.
n_ids=$(tr ',' '\n' <<<"$ids" | grep -c .)
for ((i = 0; i < 600; i++)); do
  behind="$(q thidua_award "select count(*) from (select consumer from processed_event where event_id = any('{$ids}'::uuid[])
    group by consumer having count(*) < $n_ids) c")"
  full="$(q thidua_award "select count(distinct consumer) from processed_event where event_id = any('{$ids}'::uuid[])")"
  [[ "$behind" == 0 && "$full" -ge 2 ]] && break
  ((i % 20 == 0)) && say "a consumer is still applying the posted events ($behind behind); waiting…"
  sleep 1
done
q thidua_award "select consumer || ': ' || count(*) || ' of the posted events applied once each (primary key)'
  from processed_event where event_id = any('{$ids}'::uuid[]) group by consumer order by consumer" \
  | sed 's/^/[recovery] award-service /' | tee -a "$out"
say "---- summary"
for line in "${lines[@]}"; do say "$line"; done
