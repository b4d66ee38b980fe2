#!/usr/bin/env bash
# Latency from a finalisation to its eligibility at a sustained rate (issue 15, "What it must show"): schools
# prepared first, then each step posts year-end bulks of one school (50 evaluations) open-loop at R evaluations/s
# and reads per evaluation finalized_at (evaluation-service) against its eligibility's computed_at (award-service).
#   bench/sustained/run.sh                       steps 50, 100, 200, 500 evaluations/s, 20 s each
#   bench/sustained/run.sh 100,500 30            other steps and step length
# Needs the stack up (./stack up). Output kept in bench/sustained/last-run.txt. See bench/year/README.md (--rate).
set -euo pipefail
cd "$(dirname "$0")/../.."
rates="${1:-50,100,200,500}"
seconds="${2:-20}"
out=bench/sustained/last-run.txt
echo "[sustained] $(date -u '+%Y-%m-%d %H:%M:%S') UTC, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); ./stack demo --rate $rates --step-seconds $seconds" | tee "$out"
./stack demo --rate "$rates" --step-seconds "$seconds" 2>&1 | tee -a "$out"
echo "[sustained] done $(date -u '+%H:%M:%S') UTC, load average $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out"
