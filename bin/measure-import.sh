#!/usr/bin/env bash
# Measures "Import from Data Factory" for a generated factory of 40 linked services and 80 Copy activities:
#  1. in the planner (server time of read, assemble, validate and store; FactoryImportMeasurement, -Pmeasure),
#     which also writes the factory's zip to planner-ui/target/adf-40-80.zip;
#  2. on the command line, whole process (JVM start to exit) of
#     java -jar planner-ui/target/planner.jar import-adf adf-40-80.zip --out PLAN --report REPORT, 10 runs.
# Usage: bin/measure-import.sh   (builds what it needs; run on an otherwise idle machine; docs/importing.md)
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/select-jdk.sh
./mvnw -B -q -pl planner-ui -am -Pmeasure -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtest=FactoryImportMeasurement test 2>&1 | grep -E '^(factory|import)' || true
[ -f planner-ui/target/planner.jar ] || ./mvnw -B -q -pl planner-ui -am -DskipTests package
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
times=()
for run in $(seq 1 10); do
  start=$(date +%s%N)
  java -jar planner-ui/target/planner.jar import-adf planner-ui/target/adf-40-80.zip --out "$out/plan.json" \
    --report "$out/report.json" >/dev/null
  times+=($(( ($(date +%s%N) - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "command line, whole process: median ${sorted[4]} ms, min ${sorted[0]} ms, max ${sorted[9]} ms over 10 runs"
java -jar planner-ui/target/planner.jar validate "$out/plan.json"
