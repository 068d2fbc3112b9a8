#!/usr/bin/env bash
# 200 concurrent API clients mixing POST /api/recommendations and GET /api/shared/{token} against the packaged
# planner on a throwaway data directory (docs/deployment.md#load): prints p50/p95/p99, throughput and errors, then
# the server's CPU seconds per 1,000 requests, mixed and of each kind alone (a load-independent figure).
# Usage: benchmarks/load/api-load.sh [CLIENTS] [WARM_UP_S] [MEASURED_S]   (defaults 200, 20, 30)
# The client is one Java file (benchmarks/.../ApiLoad.java) run without a build; the planner is started as ./run.sh
# starts it (unpacked, AOT cache). How it authenticates: one admin API token (the `token` command) for every POST,
# as an automation account would; the shared link needs none.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bin/select-jdk.sh
source bin/fast-start.sh
# PLANNER_JAR=other.jar measures that jar instead (another build, to compare before and after back to back), started
# with plain `java -jar`; without it, the worktree's build, unpacked with its start-up cache as ./run.sh starts it.
if [ -n "${PLANNER_JAR:-}" ]; then
  jar="$(realpath "$PLANNER_JAR")"
  aot=()
else
  [ -f planner-ui/target/planner.jar ] || ./mvnw -B -q -pl planner-ui -am -DskipTests package
  unpack_planner
  train_server_cache
  jar="$fast_start_dir/planner.jar"
  aot=(); [ -f "$fast_start_dir/server.aot" ] && aot=(-XX:AOTCache="$fast_start_dir/server.aot")
fi
PORT=${LOAD_PORT:-18082}
DATA="$(mktemp -d /tmp/planner-load.XXXXXX)"
PLAN=seed-data/src/main/resources/org/hybridplanner/seed/examples/06-mixed-azure-aws-estate.json
export PLANNER_DATA_DIR="$DATA" PLANNER_ADMIN_PASSWORD=load-test-admin-password
TOKEN="$(java -jar "$jar" token --user admin 2>/dev/null)"
java "${aot[@]}" ${PLANNER_JAVA_OPTIONS:-} -jar "$jar" --server.port=$PORT \
  --server.address=127.0.0.1 >"$DATA/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$DATA"' EXIT
until curl -sf 127.0.0.1:$PORT/actuator/health/readiness >/dev/null; do
  kill -0 $SERVER 2>/dev/null || { tail -20 "$DATA/server.log" >&2; exit 1; }
  sleep 0.5
done
# LOAD_JFR=file.jfr records a Java Flight Recording (profile settings) of the server from readiness to its stop.
[ -n "${LOAD_JFR:-}" ] && jcmd $SERVER JFR.start settings=profile filename="$(realpath -m "$LOAD_JFR")" >/dev/null
PLAN_ID="$(curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' --data-binary @"$PLAN" \
  127.0.0.1:$PORT/api/plans | sed -E 's/.*"id":"?([^",]+)"?.*/\1/')"
LINK="$(curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d '{}' \
  127.0.0.1:$PORT/api/plans/"$PLAN_ID"/share-links | sed -E 's/.*"token":"([^"]+)".*/\1/')"
java benchmarks/src/main/java/org/hybridplanner/benchmarks/ApiLoad.java "http://127.0.0.1:$PORT" "$TOKEN" "$LINK" \
  "$PLAN" "${1:-200}" "${2:-20}" "${3:-30}" "$SERVER"
grep -E 'ERROR|Exception' "$DATA/server.log" | head -5 || true
