#!/usr/bin/env bash
# PDFs by the thousand: generate a site (rolebook generate-sample), build it once without PDFs and
# once with every onboarding packet printed (--pdf-only packets), and print the packets, the
# seconds the printing added, PDFs per second and the time 1,000 packets take at that rate. For
# comparison in the same run, a few of the same packets are printed the way Rolebook printed
# before: one `chromium --print-to-pdf` per PDF, two at a time.
#
#   Scripts/pdf-benchmark.sh [COMPANIES]      default 30 (about 1,000 people, so about 1,000 packets)
#   WORK=/path Scripts/pdf-benchmark.sh       where data and outputs go (default /tmp/rolebook-pdf-bench)
#
# Builds rolebook in release mode first. The machine may be busy with other work: the script prints
# the load average before and after, and the two printers' rates from the same run compare fairly.
set -euo pipefail
cd "$(dirname "$0")/.."
companies=${1:-30}
work=${WORK:-/tmp/rolebook-pdf-bench}
command -v chromium >/dev/null || { echo "pdf-benchmark: needs chromium (apt-get install -y chromium)" >&2; exit 1; }
swift build -c release --product rolebook >&2
rolebook=$PWD/.build/release/rolebook
rm -rf "$work"
mkdir -p "$work"
"$rolebook" generate-sample --companies "$companies" --seed 1 --from content --output "$work/site"
cp -r themes "$work/site/"

seconds() { # command... → wall seconds; the command's stderr goes to $work/stderr.txt
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>"$work/stderr.txt" || { cat "$work/stderr.txt" >&2; exit 1; }
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN {printf "%.2f", b - a}'
}

echo "cores: $(nproc); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
html=$(seconds "$rolebook" build --root "$work/site" --reports --output "$work/html")
pdf=$(seconds "$rolebook" build --root "$work/site" --pdf-only packets --output "$work/pdf")
packets=$(find "$work/pdf/packets" -name '*.pdf' | wc -l)
# awk, not head: head closing the pipe early fails find under pipefail, which ends the script.
pages=$(find "$work/pdf/packets" -name '*.pdf' | awk 'NR <= 50' | xargs -n1 pdfinfo 2>/dev/null | awk '/^Pages:/ {s+=$2; n++} END {printf "%.1f", s/n}')
printing=$(awk -v a="$pdf" -v b="$html" 'BEGIN {printf "%.2f", a - b}')
rate=$(awk -v n="$packets" -v s="$printing" 'BEGIN {printf "%.2f", n / s}')
echo "load average after the builds: $(cut -d' ' -f1-3 /proc/loadavg)"
printf 'build without PDFs            %8.2f s\n' "$html"
printf 'build with packets as PDFs    %8.2f s\n' "$pdf"
printf 'packets printed               %8d     (%s pages each on average)\n' "$packets" "$pages"
printf 'printing (the difference)     %8.2f s   %s PDFs/s with %d browsers\n' "$printing" "$rate" "$(nproc)"
printf '1,000 packets at that rate    %8.1f s   (target: under 120 s)\n' \
  "$(awk -v r="$rate" 'BEGIN {printf "%.1f", 1000 / r}')"

# The old way, on the first 12 packets: one browser per PDF, two at a time.
mkdir -p "$work/single"
ls "$work/html/packets/"*.html | awk 'NR <= 12' >"$work/single/list.txt"
single() {
  local page=$1 name
  name=$(basename "$page" .html)
  chromium --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$work/single/profile-$name" \
    --no-pdf-header-footer --print-to-pdf="$work/single/$name.pdf" "file://$page" >/dev/null 2>&1
}
export -f single
export work
old=$(seconds xargs -P 2 -I{} bash -c 'single {}' <"$work/single/list.txt")
old_rate=$(awk -v s="$old" 'BEGIN {printf "%.2f", 12 / s}')
printf 'one Chromium per PDF (12)     %8.2f s   %s PDFs/s; the long-lived browsers are %sx as fast\n' \
  "$old" "$old_rate" "$(awk -v a="$rate" -v b="$old_rate" 'BEGIN {printf "%.1f", a / b}')"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
