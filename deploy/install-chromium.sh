#!/usr/bin/env bash
# Installs Debian's chromium for the dashboard's headless browser test (award-service
# DashboardTest). Idempotent: does nothing when /usr/bin/chromium is already there.
set -uo pipefail

CHROMIUM=/usr/bin/chromium
if [ -x "$CHROMIUM" ]; then
  echo "install-chromium: $CHROMIUM already installed ($("$CHROMIUM" --version 2>/dev/null || echo 'version unknown'))"
  exit 0
fi

manual() {
  echo "install-chromium: could not install chromium: $1" >&2
  echo "install-chromium: run as root:  apt-get update && apt-get install -y --no-install-recommends chromium" >&2
  exit 1
}

if [ "$(id -u)" -ne 0 ]; then
  manual "not running as root"
fi
command -v apt-get >/dev/null 2>&1 || manual "apt-get not found (not a Debian-like system)"

export DEBIAN_FRONTEND=noninteractive
echo "install-chromium: apt-get update"
apt-get update || manual "apt-get update failed"
echo "install-chromium: apt-get install -y --no-install-recommends chromium"
apt-get install -y --no-install-recommends chromium || manual "apt-get install failed"

[ -x "$CHROMIUM" ] || manual "$CHROMIUM still missing after apt-get install"
echo "install-chromium: installed $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
