#!/usr/bin/env bash
# The command line, whole process (JVM start to exit), on the demo plan (validate, recommend, export in every format)
# and on a Data Factory export of 40 linked services and 80 Copy activities: medians of RUNS interleaved rounds for
# each way of starting it, so that a busy machine slows them alike (docs/deployment.md#command-line-speed).
# Usage: bin/measure-cli.sh [RUNS] [WAY...]   (default 7 rounds, every way)
#   jar        java -jar planner-ui/target/planner.jar ...             (the jar as built)
#   unpacked   java -jar planner-ui/target/planner/planner.jar ...     (the jar unpacked, bin/fast-start.sh)
#   run.sh     java $cli_java_options -XX:AOTCache=.../cli.aot -jar .../planner.jar ...   (what ./run.sh COMMAND does)
#   before     the run.sh way of another checkout, BEFORE=DIR (a saved build of main, say, whose ./run.sh or
#              bin/measure-cli.sh ran once there to unpack and train it): before and after in one interleaved run
# Prints wall and CPU (user + system) medians in ms, the load average before and after, and whether the run.sh
# way meets the target: every validate, recommend and export under 800 ms. Builds what is missing: the jar, the
# unpacked jar and its cache, and the factory zip (bin/measure-import.sh's).
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/select-jdk.sh
source bin/fast-start.sh
RUNS="${1:-7}"
shift $(( $# > 0 ? 1 : 0 ))
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
  [run.sh]="java ${cli_java_options[*]} -XX:AOTCache=$fast_start_dir/cli.aot -jar $fast_start_dir/planner.jar")
if [ -n "${BEFORE:-}" ]; then
  START[before]="java ${cli_java_options[*]} -XX:AOTCache=$BEFORE/$fast_start_dir/cli.aot"
  START[before]+=" -jar $BEFORE/$fast_start_dir/planner.jar"
fi
WAYS=("$@")
[ ${#WAYS[@]} -gt 0 ] || WAYS=(jar unpacked run.sh)
if [ ! -f "$fast_start_dir/cli.aot" ]; then # JDK 21: no AOT cache, only the options
  START[run.sh]="java ${cli_java_options[*]} -jar $fast_start_dir/planner.jar"
fi
declare -A COMMAND=(
  [validate]="validate $DEMO"
  [recommend]="recommend $DEMO"
  [import-adf]="import-adf $ZIP --out $WORK/plan.json --report $WORK/report.json")
COMMANDS=(validate recommend)
for format in pdf svg png drawio graphml dot json csv powershell azure-cli aws-cli; do
  COMMAND[export-$format]="export $DEMO --format $format --out $WORK/demo.$format"
  COMMANDS+=("export-$format")
done
COMMANDS+=(import-adf)
TIMEFORMAT='%R %U %S'
run_once() { # appends "wall_ms cpu_ms" of one run; a failing run stops the measurement
  local times
  times=$( { time $1 $2 >"$WORK/out" 2>"$WORK/err"; } 2>&1 ) \
    || { echo "failed: $1 $2: $(head -3 "$WORK/err")" >&2; exit 1; }
  awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }' <<<"$times"
}
echo "demo plan, factory 40/80; $RUNS rounds; $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for way in "${WAYS[@]}"; do run_once "${START[$way]}" "${COMMAND[validate]}" >/dev/null; done # warm the file cache
for round in $(seq 1 "$RUNS"); do
  for command in "${COMMANDS[@]}"; do
    for way in "${WAYS[@]}"; do run_once "${START[$way]}" "${COMMAND[$command]}" >>"$WORK/$command-$way"; done
  done
done
median() { cut -d' ' -f"$2" "$1" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
printf '| command |'; for way in "${WAYS[@]}"; do printf ' %s wall / CPU (ms) |' "$way"; done; echo
printf '|---|'; for way in "${WAYS[@]}"; do printf -- '---:|'; done; echo
for command in "${COMMANDS[@]}"; do
  printf '| %s |' "$command"
  for way in "${WAYS[@]}"; do
    printf ' %s / %s |' "$(median "$WORK/$command-$way" 1)" "$(median "$WORK/$command-$way" 2)"
  done
  echo
done
echo "medians of $RUNS runs; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ " ${WAYS[*]} " == *" run.sh "* ]]; then
  slowest=0 which=""
  for command in "${COMMANDS[@]}"; do
    [ "$command" = import-adf ] && continue
    wall=$(median "$WORK/$command-run.sh" 1)
    if [ "$wall" -gt "$slowest" ]; then slowest=$wall which=$command; fi
  done
  verdict="met"; [ "$slowest" -lt 800 ] || verdict="NOT met"
  echo "target: every command under 800 ms whole-process the ./run.sh way: $verdict (slowest median: $which $slowest ms)"
fi
