#!/usr/bin/env bash
# Prints the planner's time from process start to ready (readiness probe UP), on a fresh data directory.
# Usage: bin/measure-startup.sh [port]   (build the jar first: ./mvnw -B -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/select-jdk.sh
port="${1:-18080}"
data="$(mktemp -d)"
start=$(date +%s%N)
PLANNER_DATA_DIR="$data" PLANNER_ADMIN_PASSWORD=measure-startup-password java -jar planner-ui/target/planner.jar \
  --server.port="$port" >"$data/planner.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
until curl -fs "http://localhost:$port/actuator/health/readiness" >/dev/null 2>&1; do
  kill -0 $pid 2>/dev/null || { echo "the planner exited; log:" >&2; cat "$data/planner.log" >&2; exit 1; }
  sleep 0.2
done
echo "ready after $(( ($(date +%s%N) - start) / 1000000 )) ms (first start: migrations, admin account, demo plan)"
grep -o 'Started PlannerApplication in [0-9.]* seconds' "$data/planner.log" || true
