#!/usr/bin/env bash
# Where each service's start goes (bench/start/README.md, "Phases"): one migrating and one migrated start per app,
# millisecond log timestamps, Kafka client lines; the jars as run.sh builds them.
# Usage (from anywhere): bench/start/phases.sh [JAVA_HOME] [apps...]   (default: the java on PATH, all four apps)
# THIDUA_JVM_OPTS replaces the stack's options, as for ./stack ({app} in an option becomes the app's name).
set -euo pipefail
cd "$(dirname "$0")/../.."
out=bench/start/target
mkdir -p "$out/phases-classes"
[[ -f "$out/classpath.txt" ]] || ./mvnw -B -q -o dependency:build-classpath -pl testing -Dmdep.outputFile="$PWD/$out/classpath.txt"
cp="testing/target/classes:$(cat "$out/classpath.txt")"
javac -encoding UTF-8 -d "$out/phases-classes" -cp "$cp" bench/start/src/StartBench.java bench/start/src/Phases.java
opts="${THIDUA_JVM_OPTS:-$(bash -c 'eval "$(grep "^SERVICE_JVM_OPTS=" stack)"; echo "${SERVICE_JVM_OPTS[*]}"')}"
home="${1:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
shift || true
java -Xmx256m ${PHASES_LABELS:+-Dphases.labels=$PHASES_LABELS} -Dphases.aot=${PHASES_AOT:-false} -cp "$out/phases-classes:$cp" Phases "$PWD" "$opts" "$home" "$@" 2>"$out/phases-stderr.log" \
  | grep --line-buffered '\[bench\]' | tee -a bench/start/phases-last-run.txt
