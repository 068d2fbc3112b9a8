#!/usr/bin/env bash
# Loopback load on the shared-link API and the stateless recommendation API (docs/sharing-and-api.md).
# Needs the packaged jar (./mvnw -B package -DskipTests) and wrk. Uses a throwaway data directory and port 18080.
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=planner-ui/target/planner.jar
DATA="$(mktemp -d /tmp/planner-load.XXXXXX)"
PLAN=seed-data/src/main/resources/org/hybridplanner/seed/examples/06-mixed-azure-aws-estate.json
export PLANNER_DATA_DIR="$DATA" PLANNER_ADMIN_PASSWORD=load-test-admin-password
TOKEN="$(java -jar "$JAR" token --user admin 2>/dev/null)"
java -Xmx512m -jar "$JAR" --server.port=18080 >"$DATA/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -rf "$DATA"' EXIT
until curl -sf localhost:18080/actuator/health >/dev/null; do sleep 1; done
PLAN_ID="$(curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' --data-binary @"$PLAN" \
  localhost:18080/api/plans | sed -E 's/.*"id":"([^"]+)".*/\1/')"
LINK="$(curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d '{}' \
  localhost:18080/api/plans/"$PLAN_ID"/share-links | sed -E 's/.*"token":"([^"]+)".*/\1/')"
# Warm-up (long enough for the JIT to compile the hot paths: 5 s left the first figures at half speed), then the
# measured runs. The percentiles script prints one line of figures with p95, which wrk's --latency lacks.
wrk -t2 -c16 -d20s "http://localhost:18080/api/shared/$LINK" >/dev/null
wrk -t2 -c16 -d10s "http://localhost:18080/shared/$LINK" >/dev/null
P=benchmarks/load/percentiles.lua
echo "== GET /api/shared/{token}"; wrk -t2 -c16 -d15s --latency -s $P "http://localhost:18080/api/shared/$LINK"
echo "== GET /shared/{token} (HTML page)"; wrk -t2 -c16 -d15s --latency -s $P "http://localhost:18080/shared/$LINK"
TOKEN="$TOKEN" PLAN="$PLAN" wrk -t2 -c16 -d20s -s benchmarks/load/post-recommendation.lua \
  http://localhost:18080/api/recommendations >/dev/null
echo "== POST /api/recommendations"
TOKEN="$TOKEN" PLAN="$PLAN" wrk -t2 -c16 -d15s --latency -s benchmarks/load/post-recommendation.lua \
  http://localhost:18080/api/recommendations
echo "== heap after anonymous page views (full GC before each figure)"
jcmd $SERVER GC.run >/dev/null; sleep 1
before=$(jcmd $SERVER GC.heap_info | awk '/used/ {print $0; exit}')
for i in $(seq 1 2000); do curl -s -o /dev/null "http://localhost:18080/shared/$LINK"; done
jcmd $SERVER GC.run >/dev/null; sleep 1
after=$(jcmd $SERVER GC.heap_info | awk '/used/ {print $0; exit}')
echo "before: $before"; echo "after 2000 anonymous views: $after"
