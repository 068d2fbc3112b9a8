#!/usr/bin/env bash
# Two builds of the JMH benchmark (docs/benchmarks.md), interleaved: for each plan size, one short JMH run of each
# jar in turn, so that a machine shared with other builds slows both alike; then each jar's summary (engine over
# parse, growth per tenfold plan). Usage: benchmarks/compare.sh BEFORE.jar AFTER.jar [JMH options]
set -euo pipefail
source "$(dirname "$0")/../bin/select-jdk.sh" >/dev/null
BEFORE="$1"; AFTER="$2"; shift 2
OPTIONS=("$@")
[ ${#OPTIONS[@]} -gt 0 ] || OPTIONS=(-f 1 -wi 6 -w 1s -i 6 -r 1s)
WORK="$(mktemp -d /tmp/planner-jmh-compare.XXXXXX)"
echo "results in $WORK; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for stores in 100 1000 10000; do
  for which in before after; do
    jar=$BEFORE; [ "$which" = after ] && jar=$AFTER
    java -jar "$jar" "${OPTIONS[@]}" -p stores="$stores" -rf json -rff "$WORK/$which-$stores.json" \
      >"$WORK/$which-$stores.log" 2>&1
    echo "$which $stores done; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  done
done
for which in before after; do
  echo "== $which"
  java -cp "$AFTER" org.hybridplanner.benchmarks.SummaryOfResults "$WORK"/$which-*.json
done
