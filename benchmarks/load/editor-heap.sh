#!/usr/bin/env bash
# Heap per open editor session (docs/deployment.md#heap-per-editor-session): starts the packaged planner on a
# throwaway data directory, stores the demo plan, opens SESSIONS editor sessions (each signed in on its own, each
# editor in its own context of one headless Chromium, all left open) and prints the used heap after a full GC
# before and after, then the heap the plan itself takes (PlanHeap.java). Usage:
# benchmarks/load/editor-heap.sh [SESSIONS]   (default 100); EDITOR_HEAP_HISTOGRAMS=DIR also writes the server's
# class histograms before and after to DIR (what the sessions added, class by class).
set -euo pipefail
cd "$(dirname "$0")/../.."
source bin/select-jdk.sh
source bin/fast-start.sh
[ -f planner-ui/target/planner.jar ] || ./mvnw -B -q -pl planner-ui -am -DskipTests package
unpack_planner
PORT=18083
DATA="$(mktemp -d /tmp/planner-heap.XXXXXX)"
PLAN=seed-data/src/main/resources/org/hybridplanner/seed/examples/06-mixed-azure-aws-estate.json
export PLANNER_DATA_DIR="$DATA" PLANNER_ADMIN_PASSWORD=heap-test-admin-password
TOKEN="$(java -jar "$fast_start_dir/planner.jar" token --user admin 2>/dev/null)"
java ${PLANNER_JAVA_OPTIONS:-} -jar "$fast_start_dir/planner.jar" --server.port=$PORT --server.address=127.0.0.1 \
  >"$DATA/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$DATA"' EXIT
until curl -sf 127.0.0.1:$PORT/actuator/health/readiness >/dev/null; do
  kill -0 $SERVER 2>/dev/null || { tail -20 "$DATA/server.log" >&2; exit 1; }
  sleep 0.5
done
PLAN_ID="$(curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' --data-binary @"$PLAN" \
  127.0.0.1:$PORT/api/plans | sed -E 's/.*"id":"?([^",]+)"?.*/\1/')"
java benchmarks/src/main/java/org/hybridplanner/benchmarks/EditorHeap.java "http://127.0.0.1:$PORT" \
  "$PLANNER_ADMIN_PASSWORD" "$PLAN_ID" "${1:-100}" "$SERVER"
# The plan's own share of that (docs/deployment.md#heap-per-editor-session: the target is "beyond the plan itself").
java -cp "$fast_start_dir/lib/*" benchmarks/load/PlanHeap.java "$PLAN" 200
grep -E 'ERROR|Exception' "$DATA/server.log" | head -5 || true
