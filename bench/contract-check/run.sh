#!/usr/bin/env bash
# The event contract check (contracts/ EventContracts.validate) timed alone: the services' check (ExactFormats,
# the tree the outbox writes) against the validator's stock formats and a parse of the text, in the same JVM.
# Usage (from anywhere): bench/contract-check/run.sh [validations per pass] [passes]
#   JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java bench/contract-check/run.sh   another JVM
#   JAVA_OPTS=-XX:TieredStopAtLevel=1 bench/contract-check/run.sh                 C1 only, as ./stack runs
set -euo pipefail
cd "$(dirname "$0")/../.."
out=bench/contract-check/target
mkdir -p "$out/classes"
echo "[bench] building contracts/ and its class path" >&2
./mvnw -B -q compile -pl contracts
./mvnw -B -q dependency:build-classpath -pl contracts -Dmdep.outputFile="$PWD/$out/classpath.txt"
cp="contracts/target/classes:$(cat "$out/classpath.txt")"
javac -encoding UTF-8 -d "$out/classes" -cp "$cp" bench/contract-check/src/ContractCheckBench.java
"${JAVA:-java}" ${JAVA_OPTS:-} -cp "$out/classes:$cp" ContractCheckBench "$@" 2>&1 | grep -v '^SLF4J' \
  | tee bench/contract-check/last-run.txt
