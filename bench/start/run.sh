#!/usr/bin/env bash
# Start time and RSS of each service alone against a minimal Quarkus REST app started the same way, on Java 17,
# Java 25 and Java 25 with the AOT cache; then the three together against one at a time. See bench/start/README.md.
# Usage (from anywhere): bench/start/run.sh [rounds]      (default 3; about 2 minutes a round on an idle machine)
# PostgreSQL as for the tests (THIDUA_PG_URL, PGHOST, 127.0.0.1:5432, else embedded); its own databases *_startbench.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=bench/start/target
mkdir -p "$out/classes"
# The services as ./stack builds them (only when a source is newer than a jar: a running stack keeps its jars),
# and the baseline app (not in the default reactor) with the same packaging.
for s in plan-service evaluation-service award-service; do
  jar="$s/target/quarkus-app/quarkus-run.jar"
  if [[ ! -f "$jar" || -n "$(find "$s/src" platform/src contracts/src testing/src pom.xml "$s/pom.xml" -newer "$jar" -type f -print -quit)" ]]; then
    ./mvnw -B -q -o -DskipTests package -pl contracts,testing,platform,plan-service,evaluation-service,award-service
    break
  fi
done
./mvnw -B -q -o -DskipTests package -f bench/start/minimal-app/pom.xml
./mvnw -B -q -o dependency:build-classpath -pl testing -Dmdep.outputFile="$PWD/$out/classpath.txt"
cp="testing/target/classes:$(cat "$out/classpath.txt")"
javac -encoding UTF-8 -d "$out/classes" -cp "$cp" bench/start/src/StartBench.java
# The JVM options are the stack's own (SERVICE_JVM_OPTS in ./stack), so the bench measures what ./stack runs.
opts="$(bash -c 'eval "$(grep "^SERVICE_JVM_OPTS=" stack)"; echo "${SERVICE_JVM_OPTS[*]}"')"
java25="$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -n 1 || true)"
java -Xmx512m -cp "$out/classes:$cp" StartBench "$PWD" "${1:-3}" "$opts" "$java25" 2>"$out/stderr.log" \
  | grep --line-buffered "\[bench\]" | tee "${START_OUT:-bench/start/last-run.txt}"
