#!/usr/bin/env bash
# RSS of each service after the office-scale year on the running stack, per variant of the services' JVM options,
# with the year's own throughput as the cost of each variant. See bench/memory/README.md.
# Usage (from anywhere): bench/memory/run.sh        MEMORY_VARIANTS="name=options;name=options" to pick the variants
# It owns the stack while it runs: ./stack up / demo / down, once or twice per variant. Not beside another stack.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT="$PWD"
OUT="${MEMORY_OUT:-bench/memory/last-run.txt}"
IDLE="${MEMORY_IDLE:-30}"
BULK="${MEMORY_BULK:-5000}"
AOT="${MEMORY_AOT:-trained}"
# The stack's own options (SERVICE_JVM_OPTS in ./stack), so the first variant is what ./stack up runs.
STACK_OPTS="$(bash -c 'eval "$(grep "^SERVICE_JVM_OPTS=" stack)"; echo "${SERVICE_JVM_OPTS[*]}"')"
C2_OPTS="${STACK_OPTS/ -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=48m/}"
SERIAL="-Xms64m -Xmx256m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:+UseSerialGC"
VARIANTS="${MEMORY_VARIANTS:-stack=$STACK_OPTS;serial=$SERIAL;serial-trim=$SERIAL -XX:TrimNativeHeapInterval=5000;\
stack-c2=${C2_OPTS};stack-coh=$STACK_OPTS -XX:+UseCompactObjectHeaders}"
SERVICES=(plan-service evaluation-service award-service)
JCMD=/usr/lib/jvm/temurin-25-jdk-amd64/bin/jcmd
[[ -x "$JCMD" ]] || JCMD=jcmd

: >"$OUT"
log() { printf '[memory] %s %s\n' "$(date -u +%H:%M:%S)" "$*" | tee -a "$OUT"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
pid_of() { cat ".stack/run/$1.pid"; }
# VmRSS (and its anonymous and file parts, the AOT cache being a mapped file) and VmHWM (the peak) in MB.
mem_of() {
  awk '/^(VmRSS|RssAnon|RssFile|VmHWM):/ {v[$1] = int($2 / 1024)}
       END {printf "%d (anon %d, file %d, peak %d)", v["VmRSS:"], v["RssAnon:"], v["RssFile:"], v["VmHWM:"]}' "/proc/$(pid_of "$1")/status"
}
rss_of() { awk '/^VmRSS:/ {print int($2 / 1024)}' "/proc/$(pid_of "$1")/status"; }
# One line per service, and the three VmRSS kept for the summary under the label given.
measure() {
  local label="$1" variant="$2" s line=""
  for s in "${SERVICES[@]}"; do
    log "  $label $s: RSS $(mem_of "$s") MB"
    line+="$(rss_of "$s" 2>/dev/null || echo gone) / "
  done
  SUMMARY["$variant $label"]="${line% / }"
}
# NMT's committed memory by category, when the variant runs with -XX:NativeMemoryTracking.
nmt() {
  local s
  [[ "$1" == *NativeMemoryTracking* ]] || return 0
  for s in "${SERVICES[@]}"; do
    log "  NMT $s: $("$JCMD" "$(pid_of "$s")" VM.native_memory summary scale=MB 2>/dev/null \
      | sed -nE 's/^(Total|-) *([A-Za-z ]+[a-z])? *\(reserved=[0-9]+MB, committed=([0-9]+)MB.*/\1\2 \3/p' \
      | sed 's/^- *//' | paste -sd, -)"
  done
}
oom() {
  local s found=""
  for s in "${SERVICES[@]}"; do
    grep -q OutOfMemoryError ".stack/logs/$s.log" 2>/dev/null && found+=" $s"
  done
  echo "${found:-none}"
}
# The stack's own way: a session trains the cache, the next ones start from it (MEMORY_AOT=trained), or not at all
# (off), or the training session itself is measured (training: fastest, but not what a second ./stack up runs).
up() {
  local opts="$1"
  if [[ "$AOT" == off ]]; then
    THIDUA_AOT=off THIDUA_JVM_OPTS="$opts" ./stack up >>.stack/logs/memory-stack.log 2>&1
    return
  fi
  THIDUA_JVM_OPTS="$opts" ./stack up >>.stack/logs/memory-stack.log 2>&1
  if [[ "$AOT" == trained ]] && grep -qs AOTCacheOutput .stack/run/*.aot; then
    log "  training run up (load $(load)); ./stack down writes the AOT caches…"
    ./stack down >>.stack/logs/memory-stack.log 2>&1
    THIDUA_JVM_OPTS="$opts" ./stack up >>.stack/logs/memory-stack.log 2>&1
  fi
}
# evaluation-service refuses bulks until award-service's rule set has reached it over Kafka (announced a few seconds
# after award-service starts): a fresh stack answers ready before that.
rules_arrived() {
  local i
  for ((i = 0; i < 180; i++)); do
    [[ "$(psql -h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}" -U "${PGUSER:-postgres}" -d thidua_evaluation -Atc \
      "select count(*) from rule_set_copy" 2>/dev/null)" =~ ^[1-9] ]] && return 0
    sleep 1
  done
  return 1
}
# ./stack demo, given up after MEMORY_DEMO_TIMEOUT seconds (the generator itself waits an hour for eligibility: a
# service thrashing in its garbage collector would hold the run that long).
demo() {
  local name="$1" file=".stack/logs/memory-demo-$1.log" pid i; shift
  ./stack demo "$@" >"$file" 2>&1 &
  pid=$!
  for ((i = 0; i < ${MEMORY_DEMO_TIMEOUT:-600}; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  if kill -0 "$pid" 2>/dev/null; then
    pkill -TERM -P "$pid" || true
    wait "$pid" || true
    log "  demo $* GAVE UP after ${MEMORY_DEMO_TIMEOUT:-600} s: $(grep -v '^\s*at ' "$file" | tail -n 2 | tr '\n' ' ')"
    return 2
  fi
  wait "$pid" || { log "  demo $* FAILED: $(grep -v '^\s*at ' "$file" | tail -n 3 | tr '\n' ' ')"; return 1; }
  # The year's own figures: the posting, the throughputs and their ratio, the latency.
  grep -E 'posted in|throughput:|latency bulk' "$file" | sed 's/^\[demo\] /  /' | while read -r l; do log "  $name: $l"; done
  THROUGHPUT["$name"]="$(sed -nE 's/.*bulk ingest ([0-9.]+) evaluations\/s.*eligibility ([0-9.]+) people\/s.*ratio eligibility \/ ingest ([0-9.]+).*/\1 \/ \2 \/ \3/p' "$file")"
}

declare -A SUMMARY THROUGHPUT BULKDONE
names=()
mkdir -p .stack/logs
log "variants: $VARIANTS"
log "AOT cache: $AOT; idle ${IDLE}s; bulk of $BULK after the year; $(nproc) cores; load $(load)"
./stack down >/dev/null 2>&1 || true
IFS=';' read -ra list <<<"$VARIANTS"
for entry in "${list[@]}"; do
  name="${entry%%=*}" opts="${entry#*=}"
  names+=("$name")
  log "=== $name: $opts (load $(load))"
  up "$opts" || { log "  ./stack up FAILED: $(tail -n 3 .stack/logs/memory-stack.log | tr '\n' ' ')"; ./stack down >/dev/null 2>&1 || true; continue; }
  log "  up, $(./stack status | grep -c ', AOT cache)' || true) of 3 on their AOT cache (load $(load))"
  measure ready "$name"
  rules_arrived || log "  no rule set in evaluation-service after 180 s: the demo will fail"
  if demo "$name" --scale office; then
    log "  office year done (load $(load))"
    measure year "$name"
    sleep "$IDLE"
    measure "idle${IDLE}s" "$name"
    nmt "$opts"
    if [[ "$BULK" != 0 ]]; then
      # Measured whether the bulk completes or not: a heap at its cap is what this step looks for.
      if MEMORY_DEMO_TIMEOUT="${MEMORY_BULK_TIMEOUT:-240}" demo "$name-bulk" --scale office --schools 1 --staff "$BULK"; then
        log "  bulk of $BULK done (load $(load))"
        BULKDONE["$name"]=yes
      else
        BULKDONE["$name"]=no
      fi
      measure bulk "$name"
    fi
  fi
  SUMMARY["$name oom"]="$(oom)"
  log "  OutOfMemoryError in the logs: ${SUMMARY["$name oom"]}"
  ./stack down >>.stack/logs/memory-stack.log 2>&1
done

log "=== summary: VmRSS MB plan / evaluation / award; office year ingest evaluations/s / eligibility people/s / ratio"
printf '%-18s | %-15s | %-15s | %-15s | %-15s | %-9s | %-22s | %s\n' variant ready "after year" "after ${IDLE}s" "after bulk" \
  "bulk done" "year: ingest/elig/ratio" OOM | tee -a "$OUT"
for name in "${names[@]}"; do
  printf '%-18s | %-15s | %-15s | %-15s | %-15s | %-9s | %-22s | %s\n' "$name" "${SUMMARY["$name ready"]:-}" \
    "${SUMMARY["$name year"]:-}" "${SUMMARY["$name idle${IDLE}s"]:-}" "${SUMMARY["$name bulk"]:-}" "${BULKDONE["$name"]:-}" \
    "${THROUGHPUT["$name"]:-}" "${SUMMARY["$name oom"]:-}" | tee -a "$OUT"
done
log "done (load $(load)); figures in $OUT"
