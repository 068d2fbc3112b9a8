#!/usr/bin/env bash
# The command line, whole process (JVM start to exit), on the demo plan and on a Data Factory export of 40 linked
# services and 80 Copy activities: medians of RUNS interleaved rounds for each way of starting it, so that a busy
# machine slows them alike (docs/deployment.md#command-line). Usage: bin/measure-cli.sh [RUNS]   (default 7)
#   jar        java -jar planner-ui/target/planner.jar ...             (the jar as built)
#   unpacked   java -jar planner-ui/target/planner/planner.jar ...     (the jar unpacked, bin/fast-start.sh)
#   aot-cache  java -XX:AOTCache=.../cli.aot -jar .../planner.jar ...  (unpacked + the AOT cache: what ./run.sh does)
# Builds what is missing: the jar, the unpacked jar and its cache, and the factory zip (bin/measure-import.sh's).
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/select-jdk.sh
source bin/fast-start.sh
RUNS="${1:-7}"
[ -f planner-ui/target/planner.jar ] || ./mvnw -B -q -pl planner-ui -am -DskipTests package
unpack_planner
train_cli_cache
if [ ! -f planner-ui/target/adf-40-80.zip ]; then # written by the in-planner import measurement, once
  ./mvnw -B -q -pl planner-ui -am -Pmeasure -Dsurefire.failIfNoSpecifiedTests=false \
    -Dtest=FactoryImportMeasurement test >/dev/null 2>&1
fi
DEMO=seed-data/src/main/resources/org/hybridplanner/seed/examples/06-mixed-azure-aws-estate.json
ZIP=planner-ui/target/adf-40-80.zip
WORK="$(mktemp -d /tmp/planner-cli.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
declare -A START=(
  [jar]="java -jar planner-ui/target/planner.jar"
  [unpacked]="java -jar $fast_start_dir/planner.jar"
  [aot-cache]="java -XX:AOTCache=$fast_start_dir/cli.aot -jar $fast_start_dir/planner.jar")
WAYS=(jar unpacked aot-cache)
[ -f "$fast_start_dir/cli.aot" ] || WAYS=(jar unpacked)
declare -A COMMAND=(
  [validate]="validate $DEMO"
  [recommend]="recommend $DEMO"
  [export-pdf]="export $DEMO --format pdf --out $WORK/demo.pdf"
  [export-svg]="export $DEMO --format svg --out $WORK/demo.svg"
  [export-csv]="export $DEMO --format csv --out $WORK/demo.csv"
  [import-adf]="import-adf $ZIP --out $WORK/plan.json --report $WORK/report.json")
COMMANDS=(validate recommend export-pdf export-svg export-csv import-adf)
millis() { # wall time of one run in ms; a failing run stops the measurement
  local start end
  start=$(date +%s%N)
  $1 $2 >"$WORK/out" 2>"$WORK/err" || { echo "failed: $1 $2: $(head -3 "$WORK/err")" >&2; exit 1; }
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
echo "demo plan, factory 40/80; $RUNS rounds; $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for way in "${WAYS[@]}"; do millis "${START[$way]}" "${COMMAND[validate]}" >/dev/null; done # warm the file cache
for round in $(seq 1 "$RUNS"); do
  for command in "${COMMANDS[@]}"; do
    for way in "${WAYS[@]}"; do millis "${START[$way]}" "${COMMAND[$command]}" >>"$WORK/$command-$way"; done
  done
done
median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
printf '| command |'; for way in "${WAYS[@]}"; do printf ' %s (ms) |' "$way"; done; echo
printf '|---|'; for way in "${WAYS[@]}"; do printf -- '---:|'; done; echo
for command in "${COMMANDS[@]}"; do
  printf '| %s |' "$command"
  for way in "${WAYS[@]}"; do printf ' %s |' "$(median "$WORK/$command-$way")"; done; echo
done
echo "medians of $RUNS runs; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
