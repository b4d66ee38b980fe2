#!/usr/bin/env bash
# Eligibility of ~5,000 staff (100 schools) in one run: award rules vs a plain SQL aggregation.
# Usage (from anywhere): bench/award-eligibility/run.sh [schools] [staffPerSchool] [runs]
# PostgreSQL as for the tests (THIDUA_PG_URL, PGHOST, 127.0.0.1:5432, else embedded); database thidua_award_bench.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=bench/award-eligibility/target
mkdir -p "$out/classes"
./mvnw -B -q compile -pl award-service
./mvnw -B -q dependency:build-classpath -pl award-service -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/$out/classpath.txt"
cp="award-service/target/classes:$(cat "$out/classpath.txt")"
javac -encoding UTF-8 -d "$out/classes" -cp "$cp" bench/award-eligibility/src/AwardEligibilityBench.java
java -Xmx512m -cp "$out/classes:$cp" AwardEligibilityBench "$@"
