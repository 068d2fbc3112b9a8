#!/usr/bin/env bash
# Saves per second and acknowledged saves lost after SIGKILL, before and after a change, measured in one run: three
# API writers save their own plans in a loop against the packaged planner (loopback only), which is killed with
# SIGKILL mid-burst and restarted on the same data directory (SaveDurabilityMeasurement, CrashCheck).
#
# Usage: bin/measure-save-durability.sh [--before GIT_REF] [--rounds N] [LABEL@JAR[@SPRING_ARGUMENT...] ...]
#   --before REF  also builds the planner at REF (in a temporary directory) and measures it as "before", and that
#                 build with WRITE_DELAY=0 added to its H2 URL as "before + WRITE_DELAY=0"
#   default       measures planner-ui/target/planner.jar as "after"
# Build first: ./mvnw -B -q -pl planner-ui -am -DskipTests package (also compiles the test classes used here).
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/select-jdk.sh >/dev/null
before_ref=""
rounds=2
variants=()
while [ $# -gt 0 ]; do
  case "$1" in
    --before) before_ref="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    *) variants+=("$1"); shift ;;
  esac
done
classes=planner-ui/target/test-classes
for needed in planner-ui/target/planner.jar "$classes/org/hybridplanner/app/plan/CrashCheck.class"; do
  [ -e "$needed" ] || { echo "missing $needed: run ./mvnw -B -q -pl planner-ui -am -DskipTests package" >&2; exit 2; }
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [ -n "$before_ref" ]; then
  echo "building the planner at $before_ref in $work (a few minutes) ..." >&2
  mkdir -p "$work/src"
  git archive "$before_ref" | tar -x -C "$work/src"
  (cd "$work/src" && ./mvnw -B -q -pl planner-ui -am -DskipTests package >"$work/build.log" 2>&1) \
    || { echo "the build of $before_ref failed; see its log:" >&2; tail -50 "$work/build.log" >&2; exit 1; }
  cp "$work/src/planner-ui/target/planner.jar" "$work/before.jar"
  rm -rf "$work/src"
  h2_url='--spring.datasource.url=jdbc:h2:file:${planner.data-dir}/planner;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0'
  variants=("before@$work/before.jar" "before + WRITE_DELAY=0@$work/before.jar@$h2_url" "${variants[@]}")
fi
if [ ${#variants[@]} -eq 0 ] || ! printf '%s\n' "${variants[@]}" | grep -q '^after@'; then
  variants+=("after@planner-ui/target/planner.jar")
fi
java -cp planner-ui/target/test-classes:seed-data/target/classes \
  org.hybridplanner.app.plan.SaveDurabilityMeasurement "$rounds" "${variants[@]}"
