#!/usr/bin/env bash
# Redraws planner-ui's favicon.ico from the planner's own icon drawing (src/main/resources/icons/planner.svg):
# headless Chromium rasterises the SVG at 16, 32 and 48 px, and the PNGs are packed into one ICO file.
# Run it after changing planner.svg and commit both files; the build does not run it.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
resources="$root/planner-ui/src/main/resources"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
chromium="${CHROMIUM:-/usr/bin/chromium}"
for size in 16 32 48; do
  printf '<!DOCTYPE html><html><body style="margin:0"><img src="file://%s" width="%s" height="%s" style="display:block"></body></html>' \
    "$resources/icons/planner.svg" "$size" "$size" > "$work/icon$size.html"
  "$chromium" --headless=new --no-sandbox --disable-gpu --hide-scrollbars --default-background-color=00000000 \
    --window-size="$size,$size" --screenshot="$work/icon$size.png" "file://$work/icon$size.html" 2>/dev/null
done
python3 - "$work" "$resources/META-INF/resources/favicon.ico" <<'PY'
import struct, sys
work, target = sys.argv[1], sys.argv[2]
images = [(size, open(f"{work}/icon{size}.png", "rb").read()) for size in (16, 32, 48)]
header = struct.pack("<HHH", 0, 1, len(images))
offset = len(header) + 16 * len(images)
entries, data = b"", b""
for size, png in images:
    entries += struct.pack("<BBBBHHII", size, size, 0, 0, 1, 32, len(png), offset + len(data))
    data += png
open(target, "wb").write(header + entries + data)
PY
echo "wrote $resources/META-INF/resources/favicon.ico"
