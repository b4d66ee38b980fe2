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
if [ ! -f "$HOME/.m2/repository/vn/thidua/platform/0.1.0-SNAPSHOT/platform-0.1.0-SNAPSHOT.jar" ]; then
  ./mvnw -B -q install -DskipTests -pl contracts,testing,platform
fi
# Progress and figures are the [bench] lines; the whole Maven log is kept in $log.
./mvnw -B test -pl evaluation-service -Pbench -Dtest=BulkIngestBench -Dsurefire.failIfNoSpecifiedTests=false "$@" 2>&1 \
  | tee "$log" | grep --line-buffered '\[bench\]' | tee "$out"
echo "figures written to $out (Maven log: $log)"
