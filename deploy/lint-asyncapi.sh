#!/usr/bin/env bash
# Validates contracts' AsyncAPI document with the official parser (npm @asyncapi/parser), payload schemas included,
# and fails on any error (deploy/lint-asyncapi.mjs says what else it checks). The parser is installed once into a
# tools folder outside the work tree (THIDUA_TOOLS, default ~/.cache/thidua). Needs node and npm.
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=3.6.6
TOOLS="${THIDUA_TOOLS:-$HOME/.cache/thidua}/asyncapi-parser-$VERSION"
DOCUMENT=contracts/src/main/resources/contracts/asyncapi.yaml

if [ ! -f "$TOOLS/node_modules/@asyncapi/parser/package.json" ]; then
  command -v npm >/dev/null 2>&1 || { echo "lint-asyncapi: npm not found; install node and npm (Debian: apt-get install npm)" >&2; exit 1; }
  mkdir -p "$TOOLS"
  echo "lint-asyncapi: npm install @asyncapi/parser@$VERSION into $TOOLS" >&2
  npm install --prefix "$TOOLS" --no-audit --no-fund --loglevel=error "@asyncapi/parser@$VERSION" >&2
fi
echo "lint-asyncapi: @asyncapi/parser $VERSION on $DOCUMENT"
node deploy/lint-asyncapi.mjs "$TOOLS" "$DOCUMENT"
