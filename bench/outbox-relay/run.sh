#!/usr/bin/env bash
# Outbox relay benchmark: the relay draining N events of ~750 B against Kafka's own producer performance
# tool (kafka-producer-perf-test) on the same in-process broker, same record size, acks=all, idempotent,
# same run. See bench/outbox-relay/README.md.
#   bench/outbox-relay/run.sh                               3 rounds of 5,000 events after 1 warm-up
#   bench/outbox-relay/run.sh -Dbench.rounds=5 -Dbench.events=20000
set -euo pipefail
cd "$(dirname "$0")/../.."
out=bench/outbox-relay/last-run.txt
log=plan-service/target/bench-outbox-relay.log
mkdir -p plan-service/target
# Through the reactor (-am): nothing is installed into ~/.m2. The upstream modules' tests are filtered out.
# Progress and figures are the [bench] lines; the whole Maven log is kept in $log.
./mvnw -B -o test -pl plan-service -am -Pbench -Dtest=OutboxRelayBench -Dsurefire.failIfNoSpecifiedTests=false "$@" 2>&1 \
  | tee "$log" | grep --line-buffered '\[bench\]' | tee "$out"
echo "figures written to $out (Maven log: $log)"
