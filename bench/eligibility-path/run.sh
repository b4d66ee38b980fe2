#!/usr/bin/env bash
# Eligibility path benchmark of award-service (issue 15 item 1): a school's bulk of finalized evaluations
# on the real broker until its eligibility is complete, against one direct computation of the same cycle
# in the same run. See bench/eligibility-path/README.md.
#   bench/eligibility-path/run.sh                                 3 rounds of N = 50, 100, 1000, 5000
#   bench/eligibility-path/run.sh -Dbench.rounds=1 -Dbench.sizes=100,1000
set -euo pipefail
cd "$(dirname "$0")/../.."
out=bench/eligibility-path/last-run.txt
log=award-service/target/bench-eligibility.log
mkdir -p award-service/target
# The sweep for stale cycles is slowed down so it never races the timed direct computation.
# Through the reactor (-am), so the bench runs this tree's platform, never an older one installed in ~/.m2.
./mvnw -B test -pl award-service -am -Pbench -Dtest=EligibilityPathBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dthidua.eligibility.sweep=1h -Dquarkus.log.category.\"vn.thidua.award.eligibility\".level=DEBUG "$@" 2>&1 \
  | tee "$log" | grep --line-buffered '\[bench\]' | tee "$out"
echo "figures written to $out (Maven log: $log)"
