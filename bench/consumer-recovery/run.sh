#!/usr/bin/env bash
# A Kafka consumer killed with -9 and restarted: time to consume again after it is ready, for three consumer
# group settings, and what each costs when a member dies for good. See bench/consumer-recovery/README.md.
# Usage (from anywhere): bench/consumer-recovery/run.sh [repetitions]
set -euo pipefail
cd "$(dirname "$0")/../.."
out=bench/consumer-recovery/target
mkdir -p "$out/classes"
./mvnw -B -q -o compile -pl testing
./mvnw -B -q -o dependency:build-classpath -pl testing -Dmdep.outputFile="$PWD/$out/classpath.txt"
cp="testing/target/classes:$(cat "$out/classpath.txt")"
javac -encoding UTF-8 -d "$out/classes" -cp "$cp" bench/consumer-recovery/src/ConsumerRecoveryBench.java
java -Xmx512m -cp "$out/classes:$cp" ConsumerRecoveryBench "$@" 2>"$out/stderr.log" | grep --line-buffered '\[bench\]' \
  | tee bench/consumer-recovery/last-run.txt
