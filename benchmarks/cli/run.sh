#!/usr/bin/env bash
# The command line, whole process: `planner.jar recommend` against `planner.jar validate` on the same generated plan
# (docs/benchmarks.md). Usage: benchmarks/cli/run.sh [STORES] [RUNS] [JAR...]. Several jars (for example a build
# before and after a change) are run interleaved, each command once per round, so that a busy machine slows them
# alike; the medians and their ratio are printed per jar. Needs the benchmarks jar (-Pbenchmarks package).
set -euo pipefail
cd "$(dirname "$0")/../.."
source bin/select-jdk.sh >/dev/null
STORES="${1:-20000}"
RUNS="${2:-7}"
shift $(( $# < 2 ? $# : 2 ))
JARS=("$@")
[ ${#JARS[@]} -gt 0 ] || JARS=(planner-ui/target/planner.jar)
WORK="$(mktemp -d /tmp/planner-cli-bench.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
PLAN="$WORK/plan-$STORES.json"
java -cp benchmarks/target/benchmarks.jar org.hybridplanner.benchmarks.EstateFile "$STORES" "$PLAN"
echo "plan: $STORES stores, $(( $(stat -c %s "$PLAN") / 1024 )) KiB; $RUNS rounds; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
seconds() { # prints the wall time of one command, in seconds, and checks its exit code
  local start end
  start=$(date +%s%N)
  java -jar "$1" "$2" "$PLAN" >"$WORK/out" 2>"$WORK/err" || { echo "$1 $2 failed: $(head -3 "$WORK/err")" >&2; exit 1; }
  end=$(date +%s%N)
  awk -v ns=$(( end - start )) 'BEGIN { printf "%.3f\n", ns / 1e9 }'
}
for jar in "${JARS[@]}"; do seconds "$jar" validate >/dev/null; seconds "$jar" recommend >/dev/null; done # warm caches
for round in $(seq 1 "$RUNS"); do
  for i in "${!JARS[@]}"; do
    seconds "${JARS[$i]}" validate >>"$WORK/validate-$i"
    seconds "${JARS[$i]}" recommend >>"$WORK/recommend-$i"
  done
done
median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "| jar | validate (s, median) | recommend (s, median) | recommend / validate |"
echo "|---|---:|---:|---:|"
for i in "${!JARS[@]}"; do
  v=$(median "$WORK/validate-$i"); r=$(median "$WORK/recommend-$i")
  awk -v j="${JARS[$i]}" -v v="$v" -v r="$r" 'BEGIN { printf "| %s | %.2f | %.2f | %.2f |\n", j, v, r, r / v }'
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
