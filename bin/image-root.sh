#!/usr/bin/env bash
# Assembles the container image's operating-system part into DIR (default planner-ui/target/image-root), for Jib to
# lay over an empty ("scratch") base: no base image is pulled from any registry, so the image builds where only
# Maven Central and Debian's packages are reachable. It holds
#   /opt/java   a Java runtime cut from the build's JDK with jlink (only the modules the planner uses),
#   /lib, /lib64  the C libraries that runtime loads (glibc's, taken from this machine: ldd lists them) and
#               fontconfig's, which Java2D needs to find a font for the PNG diagrams,
#   /usr/share/fonts, /etc/fonts  the DejaVu fonts the exports embed (from report-export) and where to find them,
#   /etc/passwd, /etc/group  the planner user (uid 10001, group 0) so that Java knows its name,
#   /data, /tmp  owned by root, writable by group 0: the planner's volume and its scratch space.
# The ownership and modes are set by Jib (planner-ui/pom.xml, profile "image"). Rerunning with the same JDK and
# module list reuses the runtime (the stamp file), since jlink is the slow part.
# Usage: bin/image-root.sh [DIR]   (needs JAVA_HOME of a JDK 21+ with jlink, source bin/select-jdk.sh; and Debian's
# libfontconfig1, which bin/test-services.sh installs)
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p "${1:-planner-ui/target/image-root}"
root="$(cd "${1:-planner-ui/target/image-root}" && pwd)"
java_home="${JAVA_HOME:?source bin/select-jdk.sh first}"
# java.desktop: PNG diagrams (Java2D, ImageIO) and java.beans; java.naming, java.sql, java.transaction.xa: JDBC and
# JPA; java.compiler: Spring Data reads javax.lang.model at start; java.security.jgss/sasl: PostgreSQL's Kerberos
# sign-in; java.management, jdk.management: JVM metrics; jdk.unsupported: Hibernate's and Vaadin's libraries;
# jdk.jfr: flight recordings for diagnosis. No jdk.localedata: the planner speaks English (it would add 40 MB).
modules=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,\
java.net.http,java.prefs,java.security.jgss,java.security.sasl,java.sql,java.transaction.xa,java.xml,jdk.charsets,\
jdk.jfr,jdk.management,jdk.unsupported,jdk.zipfs
fontconfig="$(/sbin/ldconfig -p | awk '/libfontconfig\.so\.1 .*x86-64/ { print $NF; exit }')"
if [ -z "$fontconfig" ]; then
  echo "image-root.sh: libfontconfig.so.1 is missing: apt-get install -y libfontconfig1" >&2
  exit 1
fi
stamp="$("$java_home/bin/java" -version 2>&1 | head -1) $modules"

if [ ! -f "$root/opt/java/.stamp" ] || [ "$(cat "$root/opt/java/.stamp")" != "$stamp" ]; then
  rm -rf "${root:?}"/*
  mkdir -p "$root/opt"
  "$java_home/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
    --generate-cds-archive --output "$root/opt/java"
  # Native parts for a screen, a sound card or a splash screen: never loaded by a headless server, and they would
  # pull X11 and ALSA libraries into the image.
  rm -f "$root"/opt/java/lib/{libawt_xawt.so,libjawt.so,libsplashscreen.so,libjsound.so}
  # The class-data archive for heaps over 32 GB, which the planner never has; the one it uses stays.
  rm -f "$root"/opt/java/lib/server/classes_nocoops.jsa
  # The libraries the runtime and fontconfig link against, at the paths the loader looks for them (fontconfig, which
  # Java opens by name, in the same directory); copied as files, not links.
  mkdir -p "$root/lib/x86_64-linux-gnu"
  cp -L "$fontconfig" "$root/lib/x86_64-linux-gnu/libfontconfig.so.1"
  { find "$root/opt/java" -type f \( -name '*.so' -o -perm -u+x \) -print0; printf '%s\0' "$fontconfig"; } \
    | xargs -0 ldd 2>/dev/null \
    | awk '/=> \// { print $3 } /^\t\/lib.*ld-linux/ { print $1 }' \
    | grep -v "^$root" | sort -u \
    | while read -r library; do
        mkdir -p "$root$(dirname "$library")"
        cp -L "$library" "$root$library"
      done
  echo "$stamp" > "$root/opt/java/.stamp"
fi

mkdir -p "$root/etc/fonts" "$root/usr/share/fonts/dejavu" "$root/data" "$root/tmp"
cp report-export/src/main/resources/org/hybridplanner/export/fonts/*.ttf "$root/usr/share/fonts/dejavu/"
cat > "$root/etc/fonts/fonts.conf" <<'EOF'
<?xml version="1.0"?>
<fontconfig>
  <dir>/usr/share/fonts</dir>
  <cachedir>/tmp/fontconfig</cachedir>
  <alias><family>sans-serif</family><prefer><family>DejaVu Sans</family></prefer></alias>
  <alias><family>serif</family><prefer><family>DejaVu Sans</family></prefer></alias>
  <alias><family>monospace</family><prefer><family>DejaVu Sans</family></prefer></alias>
</fontconfig>
EOF
cat > "$root/etc/passwd" <<'EOF'
root:x:0:0:root:/root:/sbin/nologin
planner:x:10001:0:Hybrid topology planner:/tmp:/sbin/nologin
EOF
cat > "$root/etc/group" <<'EOF'
root:x:0:
EOF
