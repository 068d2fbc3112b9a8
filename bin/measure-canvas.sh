#!/usr/bin/env bash
# Canvas figures on a 1,000-store plan (docs/planner-ui.md, "Measured figures"):
#   server time of a canvas edit (drop a store, connect two stores, move a zone): CanvasEditMeasurement, browserless,
#     100 edits of each, after 300 rounds of the three gestures mixed on another copy of the plan (a server in use,
#     not its first minute: the first edits of that warm-up print as CANVAS COLD), median and p95;
#   browser time from the gesture to the updated diagram painted, in headless Debian Chromium:
#     CanvasBrowserMeasurementIT, 30 of each after 5 warm-up (and 20 mixed rounds on another copy first), median and p95.
# Usage: bin/measure-canvas.sh [server|browser|both]   (default both); figures are the lines starting with CANVAS.
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/select-jdk.sh
WHAT="${1:-both}"
TESTS=(-Dtest=none -Dit.test=none)
case "$WHAT" in
  server) TESTS=(-Dtest=CanvasEditMeasurement -DskipITs) ;;
  browser) TESTS=(-Dtest=none -Dit.test=CanvasBrowserMeasurementIT) ;;
  both) TESTS=(-Dtest=CanvasEditMeasurement -Dit.test=CanvasBrowserMeasurementIT) ;;
  *) echo "usage: $0 [server|browser|both]" >&2; exit 2 ;;
esac
LOG="$(mktemp /tmp/measure-canvas.XXXXXX.log)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); log: $LOG"
./mvnw -B -pl planner-ui -am -Pmeasure -Dsurefire.failIfNoSpecifiedTests=false -Dit.failIfNoSpecifiedTests=false \
  "${TESTS[@]}" verify >"$LOG" 2>&1 \
  || { tail -40 "$LOG"; exit 1; }
grep -h '^CANVAS' "$LOG"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
