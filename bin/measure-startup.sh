#!/usr/bin/env bash
# Time from process start to ready (readiness probe UP) of the planner, each on a fresh data directory (first start:
# migrations, admin account, demo plan), against a bare Vaadin 25 + Spring Boot 4 application in the same run
# (benchmarks/bare-vaadin), ROUNDS interleaved rounds, medians (docs/deployment.md#start-up).
# Usage: bin/measure-startup.sh [ROUNDS] [WAY...]   (default: 3 rounds of bare, jar and run.sh)
#   bare        java -jar benchmarks/bare-vaadin/target/bare-vaadin.jar
#   jar         java -jar planner-ui/target/planner.jar                     (the jar as built)
#   unpacked    java -jar planner-ui/target/planner/planner.jar             (unpacked: bin/fast-start.sh)
#   lazy        unpacked, -Dspring.main.lazy-initialization=true
#   cds         unpacked, with a class-data-sharing archive of a training start (-XX:ArchiveClassesAtExit)
#   aot-cache   unpacked, with JDK 25's AOT cache of a training start (-XX:AOTCache): what ./run.sh does
#   aot-lazy    aot-cache and lazy
#   all         every way above
# Builds what is missing (both jars, the unpacked jar, the caches); the trainings take about a minute once.
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/select-jdk.sh
source bin/fast-start.sh
ROUNDS="${1:-3}"
shift $(( $# > 0 ? 1 : 0 ))
WAYS=("$@")
[ ${#WAYS[@]} -gt 0 ] || WAYS=(bare jar aot-cache)
[ "${WAYS[*]}" != all ] || WAYS=(bare jar unpacked lazy cds aot-cache aot-lazy)
PORT=18081
[ -f planner-ui/target/planner.jar ] || ./mvnw -B -q -pl planner-ui -am -DskipTests package
[ -f benchmarks/bare-vaadin/target/bare-vaadin.jar ] \
  || ./mvnw -B -q -f benchmarks/bare-vaadin/pom.xml -DskipTests package
unpack_planner
train_server_cache
WORK="$(mktemp -d /tmp/planner-startup.XXXXXX)"
pid=
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; rm -rf "$WORK"' EXIT
APP="$fast_start_dir/planner.jar"
CDS="$WORK/planner.jsa"
declare -A START=(
  [bare]="java -jar benchmarks/bare-vaadin/target/bare-vaadin.jar"
  [jar]="java -jar planner-ui/target/planner.jar"
  [unpacked]="java -jar $APP"
  [lazy]="java -Dspring.main.lazy-initialization=true -jar $APP"
  [cds]="java -XX:SharedArchiveFile=$CDS -Xlog:cds=off -jar $APP"
  [aot-cache]="java -XX:AOTCache=$fast_start_dir/server.aot -jar $APP"
  [aot-lazy]="java -XX:AOTCache=$fast_start_dir/server.aot -Dspring.main.lazy-initialization=true -jar $APP")
# Starts one way on a fresh data directory; prints ms to ready. With TRAIN, stops it gracefully after the first page.
ready_ms() {
  local data start ms
  data="$(mktemp -d "$WORK/data.XXXXXX")"
  start=$(date +%s%N)
  PLANNER_DATA_DIR="$data" PLANNER_ADMIN_PASSWORD=measure-startup-password $1 --server.port=$PORT \
    --server.address=127.0.0.1 >"$data/log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null 2>&1; do
    kill -0 $pid 2>/dev/null || { echo "$1 exited; log:" >&2; tail -20 "$data/log" >&2; exit 1; }
    sleep 0.05
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/login" || true
  kill $pid; wait $pid 2>/dev/null || true
  pid=
  rm -rf "$data"
  echo $ms
}
if [[ " ${WAYS[*]} " == *" cds "* ]]; then # the archive of a training start, as for the AOT cache
  ready_ms "java -XX:ArchiveClassesAtExit=$CDS -Xlog:cds=off -jar $APP" >/dev/null
fi
echo "$ROUNDS rounds of: ${WAYS[*]}; $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq 1 "$ROUNDS"); do
  for way in "${WAYS[@]}"; do ready_ms "${START[$way]}" >>"$WORK/$way"; done
done
median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
bare=""
[ -f "$WORK/bare" ] && bare=$(median "$WORK/bare")
echo "| way | ready (ms, median) | runs (ms) | vs bare |"
echo "|---|---:|---|---:|"
for way in "${WAYS[@]}"; do
  m=$(median "$WORK/$way")
  ratio=""; [ -n "$bare" ] && ratio=$(awk -v m="$m" -v b="$bare" 'BEGIN { printf "%.2f", m / b }')
  echo "| $way | $m | $(paste -sd' ' "$WORK/$way") | $ratio |"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
