# Sourced by run.sh, test.sh and .ci/run: exports JAVA_HOME for a JDK 21 or newer, or fails loudly.
# JAVA_HOME wins when it is new enough; otherwise the newest JDK under /usr/lib/jvm is used.
java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1; }
select_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
    return 0
  fi
  local best="" best_major=0 candidate major
  for candidate in /usr/lib/jvm/*; do
    [ -x "$candidate/bin/javac" ] || continue
    major="$(java_major "$candidate")"
    [ -n "$major" ] && [ "$major" -gt "$best_major" ] && { best="$candidate"; best_major="$major"; }
  done
  if [ "$best_major" -lt 21 ]; then
    echo "No JDK 21 or newer found (JAVA_HOME=${JAVA_HOME:-unset}, /usr/lib/jvm has none). Install one, e.g. apt-get install openjdk-21-jdk-headless." >&2
    return 1
  fi
  export JAVA_HOME="$best"
}
select_jdk
export PATH="$JAVA_HOME/bin:$PATH"
