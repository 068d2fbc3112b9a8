#!/usr/bin/env bash
# Heap per open editor session (docs/deployment.md#heap-per-editor-session): starts the packaged planner on a
# throwaway data directory, stores the demo plan, opens SESSIONS editor sessions (each signed in on its own, each
# editor in its own context of one headless Chromium, all left open) and prints the live heap (class histogram)
# before and after, then the heap the plan itself takes (PlanHeap.java) and the difference, the figure of issue 14's
# target, with the load average at the start and end. Usage:
# benchmarks/load/editor-heap.sh [SESSIONS]   (default 100); EDITOR_HEAP_HISTOGRAMS=DIR also writes the server's
# class histograms before and after to DIR (what the sessions added, class by class); EDITOR_HEAP_JAR=JAR measures
# that build's planner.jar instead of planner-ui/target/planner.jar (a saved "before" jar, for a comparison).
set -euo pipefail
cd "$(dirname "$0")/../.."
source bin/select-jdk.sh
source bin/fast-start.sh
PORT=18083
DATA="$(mktemp -d /tmp/planner-heap.XXXXXX)"
JARS="$(mktemp -d /tmp/planner-heap-jar.XXXXXX)"
if [ -n "${EDITOR_HEAP_JAR:-}" ]; then
  # Another build's jar, for a before-and-after comparison run back to back: unpacked beside (the extracted jar
  # keeps the name of the one it comes from).
  fast_start_dir="$JARS/planner"
  java -Djarmode=tools -jar "$EDITOR_HEAP_JAR" extract --destination "$fast_start_dir" >/dev/null
  mv "$fast_start_dir/$(basename "$EDITOR_HEAP_JAR")" "$fast_start_dir/planner.jar"
else
  [ -f planner-ui/target/planner.jar ] || ./mvnw -B -q -pl planner-ui -am -DskipTests package
  unpack_planner
fi
PLAN=seed-data/src/main/resources/org/hybridplanner/seed/examples/06-mixed-azure-aws-estate.json
export PLANNER_DATA_DIR="$DATA" PLANNER_ADMIN_PASSWORD=heap-test-admin-password
TOKEN="$(java -jar "$fast_start_dir/planner.jar" token --user admin 2>"$DATA/token.log")" \
  || { echo "no API token for the plan upload: $(tail -3 "$DATA/token.log")" >&2; exit 1; }
java ${PLANNER_JAVA_OPTIONS:-} -jar "$fast_start_dir/planner.jar" --server.port=$PORT --server.address=127.0.0.1 \
  >"$DATA/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$DATA" "$JARS"' EXIT
until curl -sf 127.0.0.1:$PORT/actuator/health/readiness >/dev/null; do
  kill -0 $SERVER 2>/dev/null || { tail -20 "$DATA/server.log" >&2; exit 1; }
  sleep 0.5
done
PLAN_ID="$(curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' --data-binary @"$PLAN" \
  127.0.0.1:$PORT/api/plans | sed -E 's/.*"id":"?([^",]+)"?.*/\1/')"
echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
SESSIONS_OUT="$(java benchmarks/src/main/java/org/hybridplanner/benchmarks/EditorHeap.java "http://127.0.0.1:$PORT" \
  "$PLANNER_ADMIN_PASSWORD" "$PLAN_ID" "${1:-100}" "$SERVER")"
echo "$SESSIONS_OUT"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
# The plan's own share of that (docs/deployment.md#heap-per-editor-session: the target is "beyond the plan itself").
PLAN_OUT="$(java -cp "$fast_start_dir/lib/*" benchmarks/load/PlanHeap.java "$PLAN" 200)"
echo "$PLAN_OUT"
PER_SESSION="$(sed -nE 's/.*: ([0-9,]+) KB per editor session.*/\1/p' <<<"$SESSIONS_OUT" | tr -d ,)"
PLAN_BYTES="$(sed -nE 's/.*: ([0-9,]+) bytes per copy.*/\1/p' <<<"$PLAN_OUT" | tr -d ,)"
printf 'heap per editor session beyond the plan: %d KB (%d KB per session, %d KB of it the plan; target <= %s)\n' \
  $((PER_SESSION - PLAN_BYTES / 1024)) "$PER_SESSION" $((PLAN_BYTES / 1024)) "1,024 KB"
grep -E 'ERROR|Exception' "$DATA/server.log" | head -5 || true
