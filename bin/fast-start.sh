# Sourced by run.sh and the measuring scripts: turns planner-ui/target/planner.jar into what starts fast
# (docs/deployment.md#start-up):
#   planner-ui/target/planner/planner.jar + lib/   the jar unpacked (java -Djarmode=tools extract): classes load from
#                                                  plain jars instead of jars nested in a 100 MB jar, and JDK 25's
#                                                  AOT cache can only record classes from plain jars;
#   planner-ui/target/planner/server.aot           AOT cache of a training start of the web planner;
#   planner-ui/target/planner/cli.aot              AOT cache of a training run of the command line (every command
#                                                  and export format), used with $cli_java_options.
# Each is made again when planner.jar changes (its inode, size and change time, kept in $fast_start_dir/stamp: the
# build gives every jar the same modification time, outputTimestamp, so times cannot tell a new jar).
# The caches need JDK 25 or newer (on JDK 21 only the unpacking is done), the same JDK as the run that uses them
# (else the JVM prints a warning and starts without them) and the unpacked jar at the same path. Needs bin/select-jdk.sh sourced first.

fast_start_dir=planner-ui/target/planner

jar_identity() { stat -c '%i %s %Z' planner-ui/target/planner.jar; }

java_feature() { java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }

# Unpacks planner.jar into $fast_start_dir (dropping the caches of an older jar) unless it is unpacked already.
unpack_planner() {
  if [ "$(cat "$fast_start_dir/stamp" 2>/dev/null)" != "$(jar_identity)" ]; then
    rm -rf "$fast_start_dir"
    java -Djarmode=tools -jar planner-ui/target/planner.jar extract --destination "$fast_start_dir" >/dev/null
    jar_identity >"$fast_start_dir/stamp"
  fi
}

# True when this JDK has AOT caches (JDK 25: -XX:AOTCacheOutput in one training run).
aot_cache_supported() { [ "$(java_feature)" -ge 25 ] 2>/dev/null; }

# The JVM options of a command (docs/deployment.md#command-line-speed). A command lives about half a second: too
# short for C2's optimised code to repay its compilations (C1 only: a third less CPU on the demo plan, and faster on
# a 20,000-store plan too), and one thread that needs none of G1's concurrent threads (the serial collector). The
# training run uses the same options, so that the cache fits the runs.
cli_java_options=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)

# Trains the command line's cache on the demo plan in one process (CommandLineTraining): validate, recommend and an
# export in every format, so that each command's classes and profiles are in it, not only those of a PDF export.
train_cli_cache() {
  local cache="$fast_start_dir/cli.aot" work
  local demo=seed-data/src/main/resources/org/hybridplanner/seed/examples/06-mixed-azure-aws-estate.json
  [ -f "$cache" ] && return 0
  aot_cache_supported || return 0
  work="$(mktemp -d)"
  java "${cli_java_options[@]}" -XX:AOTCacheOutput="$cache" -Xlog:aot=off -Xlog:cds=off \
    -cp "$fast_start_dir/planner.jar" org.hybridplanner.app.cli.CommandLineTraining "$demo" "$work" \
    >"$work/training.log" 2>&1 \
    || echo "command-line training failed (the command line works, only slower): $(tail -3 "$work/training.log")" >&2
  rm -rf "$work"
}

# Trains the web planner's cache: a start on a throwaway data directory (first start: migrations, admin account,
# demo plan) and its first pages, then a graceful stop, at which the JVM writes the cache. About 30 s, once per build.
train_server_cache() {
  local cache="$fast_start_dir/server.aot" work pid port=${TRAINING_PORT:-18079} i
  [ -f "$cache" ] && return 0
  aot_cache_supported || return 0
  echo "Preparing the start-up cache (once per build, about 30 s) ..." >&2
  work="$(mktemp -d)"
  PLANNER_DATA_DIR="$work/data" PLANNER_ADMIN_PASSWORD=start-up-training-password \
    java -XX:AOTCacheOutput="$cache" -Xlog:aot=off -Xlog:cds=off -jar "$fast_start_dir/planner.jar" \
    --server.port="$port" --server.address=127.0.0.1 >"$work/training.log" 2>&1 &
  pid=$!
  for i in $(seq 1 600); do
    curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1 && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  # The first requests a browser makes: the sign-in page and Vaadin's bootstrap of its view.
  curl -fs -o /dev/null -c "$work/cookies" "http://127.0.0.1:$port/login" || true
  curl -fs -o /dev/null -b "$work/cookies" "http://127.0.0.1:$port/login?v-r=init&location=login" || true
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  [ -f "$cache" ] \
    || echo "start-up training failed (the planner starts, only slower): $(tail -3 "$work/training.log")" >&2
  rm -rf "$work"
}
