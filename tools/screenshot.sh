#!/bin/sh
# Renders an HTML report in headless Chromium and checks the picture is not
# blank, so a report that parses but draws nothing fails here.
#
#   tools/screenshot.sh REPORT.html OUT.png [WIDTHxHEIGHT]
#
# Needs Debian's chromium (`apt-get install -y chromium`) and python3. Exit
# status: 0 rendered and not blank; 1 blank or no picture; 2 bad usage;
# 77 chromium is missing (the "skipped" status of automake tests).
set -eu
if [ $# -lt 2 ]; then
  echo "usage: tools/screenshot.sh REPORT.html OUT.png [WIDTHxHEIGHT]" >&2
  exit 2
fi
html=$1
png=$2
size=${3:-1200x1600}
[ -f "$html" ] || { echo "screenshot: no such file: $html" >&2; exit 2; }
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "screenshot: chromium is missing (apt-get install -y chromium)" >&2
  exit 77
fi
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
abs=$(cd "$(dirname "$html")" && pwd)/$(basename "$html")
rm -f "$png"
# No network: the page is self-contained, and these flags keep Chromium from
# phoning home while it renders.
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --hide-scrollbars --user-data-dir="$profile" --screenshot="$png" \
  --window-size="$(echo "$size" | tr x ,)" "file://$abs" >/dev/null 2>&1 || true
[ -s "$png" ] || { echo "screenshot: chromium wrote no picture" >&2; exit 1; }
python3 "$(dirname "$0")/png_not_blank.py" "$png"
