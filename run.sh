#!/usr/bin/env bash
# Starts the planner at http://localhost:8080 on the embedded H2 database under ./data (a demo plan is loaded on first
# start). Builds planner-ui/target/planner.jar first when it is missing or older than the sources.
# Any arguments go to the jar: ./run.sh recommend PLAN.json runs the command line instead.
set -euo pipefail
cd "$(dirname "$0")"
source bin/select-jdk.sh
jar=planner-ui/target/planner.jar
if [ ! -f "$jar" ] || [ -n "$(find . -path ./data -prune -o -newer "$jar" \( -name '*.java' -o -name '*.json' -o -name 'pom.xml' -o -name '*.properties' -o -name '*.sql' \) -print -quit 2>/dev/null)" ]; then
  echo "Building the planner (first run takes a few minutes) ..." >&2
  ./mvnw -B -q -DskipTests package
fi
exec java -jar "$jar" "$@"
