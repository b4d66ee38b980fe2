#!/usr/bin/env bash
# Installs the OpenAPI linter @redocly/cli from the npm registry into a tools folder outside the work tree
# (THIDUA_TOOLS, default ~/.cache/thidua) and prints the path of its `redocly` command on stdout.
# Idempotent: does nothing when that version is already there. Needs node and npm (Debian: apt-get install npm).
set -euo pipefail

VERSION=2.77.0
TOOLS="${THIDUA_TOOLS:-$HOME/.cache/thidua}/redocly-$VERSION"
BIN="$TOOLS/node_modules/.bin/redocly"

if [ -x "$BIN" ]; then
  echo "install-redocly: @redocly/cli $VERSION already in $TOOLS" >&2
  echo "$BIN"
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "install-redocly: npm missing, apt-get install npm" >&2
    DEBIAN_FRONTEND=noninteractive apt-get update >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends npm >&2
  else
    echo "install-redocly: npm not found; install node and npm (Debian: apt-get install npm)" >&2
    exit 1
  fi
fi
mkdir -p "$TOOLS"
echo "install-redocly: npm install @redocly/cli@$VERSION into $TOOLS" >&2
npm install --prefix "$TOOLS" --no-audit --no-fund --loglevel=error "@redocly/cli@$VERSION" >&2
[ -x "$BIN" ] || { echo "install-redocly: $BIN missing after npm install" >&2; exit 1; }
echo "$BIN"
