#!/usr/bin/env bash
# Lints the three services' OpenAPI documents with @redocly/cli (recommended rules, redocly.yaml) and fails on
# any error. The documents are those the build stores in <service>/target/openapi/openapi.json
# (quarkus.smallrye-openapi.store-schema-directory), so run after `./mvnw -B verify` (or package).
set -euo pipefail
cd "$(dirname "$0")/.."

REDOCLY="$(deploy/install-redocly.sh)"
documents=()
for service in plan-service evaluation-service award-service; do
  document="$service/target/openapi/openapi.json"
  [ -f "$document" ] || { echo "lint-openapi: $document missing: build the services first" >&2; exit 1; }
  documents+=("$document")
done
echo "lint-openapi: redocly lint ${documents[*]}"
"$REDOCLY" lint --config redocly.yaml --format=summary "${documents[@]}"
