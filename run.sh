#!/usr/bin/env bash
# Starts the planner at http://localhost:8080 on the embedded H2 database under ./data (a demo plan is loaded on first
# start). Builds planner-ui/target/planner.jar first when it is missing or older than the sources.
# Any arguments go to the planner: ./run.sh recommend PLAN.json runs the command line instead.
# It starts fast (docs/deployment.md#start-up): from the jar unpacked, with JDK 25's AOT caches of a training run,
# all made once per build (bin/fast-start.sh).
set -euo pipefail
cd "$(dirname "$0")"
source bin/select-jdk.sh
source bin/fast-start.sh
jar=planner-ui/target/planner.jar
built=planner-ui/target/planner.jar.built # the build stamps every jar 2026-01-01 (outputTimestamp): compare with this
changed() {
  find . \( -path ./data -o -name target -o -name node_modules \) -prune -o -newer "$built" \( -name '*.java' \
    -o -name '*.json' -o -name 'pom.xml' -o -name '*.properties' -o -name '*.sql' \) -print -quit 2>/dev/null
}
if [ ! -f "$jar" ] || [ ! -f "$built" ] || [ -n "$(changed)" ]; then
  echo "Building the planner (first run takes a few minutes) ..." >&2
  ./mvnw -B -q -DskipTests package
  touch "$built"
fi
unpack_planner
options=()
if [ $# -gt 0 ] && [[ "$1" != -* ]]; then
  train_cli_cache
  cache="$fast_start_dir/cli.aot"
  options=("${cli_java_options[@]}")
else
  train_server_cache
  cache="$fast_start_dir/server.aot"
fi
[ -f "$cache" ] && options+=(-XX:AOTCache="$cache")
exec java "${options[@]}" -jar "$fast_start_dir/planner.jar" "$@"
