# Sourced by test.sh: what planner-ui's integration tests need besides the JDK.
#  - Chromium and chromedriver for the Selenium tests (found at /usr/bin/chromium and /usr/bin/chromedriver);
#  - a throwaway PostgreSQL cluster for the persistence tests, exported as PLANNER_TEST_POSTGRES_URL/_USER.
# Missing packages are installed with apt-get when running as root (CI); otherwise the script says what to install.
# The cluster lives in a temp directory on a free local port and is stopped (and deleted) when test.sh exits.

install_missing_packages() {
  local missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
  compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
  # The container image (-Pimage) takes fontconfig's library from this machine (bin/image-root.sh).
  /sbin/ldconfig -p | grep -q 'libfontconfig\.so\.1 ' || missing+=(libfontconfig1)
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "test.sh: installing ${missing[*]} for the browser and PostgreSQL tests" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "test.sh: MISSING ${missing[*]}: install them (apt-get install -y ${missing[*]}); the browser and" \
      "PostgreSQL tests fail in CI and are skipped locally without them" >&2
  fi
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start_test_postgres() {
  local bin
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
  [ -n "$bin" ] || return 0
  PLANNER_PG_DIR="$(mktemp -d /tmp/planner-test-pg.XXXXXX)"
  local port as_owner=()
  port="$(free_port)"
  if [ "$(id -u)" -eq 0 ]; then
    # initdb refuses to run as root: the cluster belongs to the postgres system user.
    chown postgres "$PLANNER_PG_DIR"
    as_owner=(runuser -u postgres --)
  fi
  "${as_owner[@]}" "$bin/initdb" -D "$PLANNER_PG_DIR/data" -U planner --auth=trust -E UTF8 >"$PLANNER_PG_DIR/initdb.log" 2>&1 \
    || { echo "test.sh: initdb failed, see $PLANNER_PG_DIR/initdb.log" >&2; cat "$PLANNER_PG_DIR/initdb.log" >&2; exit 1; }
  "${as_owner[@]}" "$bin/pg_ctl" -D "$PLANNER_PG_DIR/data" -l "$PLANNER_PG_DIR/server.log" -w \
    -o "-p $port -k $PLANNER_PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null \
    || { echo "test.sh: PostgreSQL did not start:" >&2; cat "$PLANNER_PG_DIR/server.log" >&2; exit 1; }
  PLANNER_PG_STOP=("${as_owner[@]}" "$bin/pg_ctl" -D "$PLANNER_PG_DIR/data" -m fast stop)
  trap stop_test_postgres EXIT
  "$bin/createdb" -h 127.0.0.1 -p "$port" -U planner planner
  export PLANNER_TEST_POSTGRES_URL="jdbc:postgresql://127.0.0.1:$port/planner"
  export PLANNER_TEST_POSTGRES_USER=planner
  echo "test.sh: PostgreSQL for the tests at $PLANNER_TEST_POSTGRES_URL" >&2
}

stop_test_postgres() {
  "${PLANNER_PG_STOP[@]}" >/dev/null 2>&1 || true
  rm -rf "$PLANNER_PG_DIR"
}
