#!/usr/bin/env bash
# Bulk ingest benchmark of evaluation-service: the real POST /cycles/{id}/evaluations:bulk against a
# plain JDBC batch insert of the same rows, same PostgreSQL, same run. See bench/evaluation-bulk/README.md.
#   bench/run-bulk.sh                                    5 rounds of 5,000 records
#   bench/run-bulk.sh -Dbench.rounds=3 -Dbench.records=2000
set -euo pipefail
cd "$(dirname "$0")/.."
out=bench/evaluation-bulk/last-run.txt
log=evaluation-service/target/bench-bulk.log
mkdir -p evaluation-service/target
# Progress and figures are the [bench] lines; the whole Maven log is kept in $log.
# Through the reactor (-am), so the bench runs this tree's platform, never an older one installed in ~/.m2.
./mvnw -B test -pl evaluation-service -am -Pbench -Dtest=BulkIngestBench -Dsurefire.failIfNoSpecifiedTests=false "$@" 2>&1 \
  | tee "$log" | grep --line-buffered '\[bench\]' | tee "$out"
echo "figures written to $out (Maven log: $log)"
