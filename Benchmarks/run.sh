#!/usr/bin/env bash
# The Rolebook benchmark: for each size, generate synthetic data, build it with Rolebook (full,
# unchanged, one contract edited) and with Debian's hugo from the same data, and print pages,
# wall seconds, pages per second, peak RSS and average bytes per page for both, in one run.
#
#   Benchmarks/run.sh [COMPANIES ...]        default: 100 1000 5000
#   WORK=/path/with/space Benchmarks/run.sh   where data and outputs go (default /tmp/rolebook-bench)
#
#   ROLEBOOK=/path/to/rolebook Benchmarks/run.sh  use that binary instead of building one
#
# Installs hugo when missing. Builds rolebook in release mode first. Machines are noisy: compare
# the ratio from the same run, not absolute figures across runs. Also times `cp -r` of Rolebook's
# output folder (the floor for writing that many files here), prints bytes per page by page type
# for both sites, and how many of Hugo's pages equal Rolebook's (Benchmarks/hugo/compare.py).
# Hugo writes no search index (assets/search/): bytes per page count HTML pages only, for both.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-100 1000 5000}"); sizes=(${sizes[*]})
work=${WORK:-/tmp/rolebook-bench}
mkdir -p "$work"

command -v hugo >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo >/dev/null; }
command -v /usr/bin/time >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null; }
python3 -c 'import yaml' 2>/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-yaml >/dev/null; }
if [[ -n "${ROLEBOOK:-}" ]]; then rolebook=$ROLEBOOK; else
  swift build -c release --product rolebook >&2
  rolebook=$PWD/.build/release/rolebook
fi

# Disk: about 15 KB per page for each of three trees on disk at once (Rolebook's output, its cp -r
# copy, Hugo's output), about 58 pages per company (5,799 at 100), plus data.
for n in "${sizes[@]}"; do
  need_mb=$(( n * 58 * 48 / 1024 + 200 ))
  free_mb=$(df -Pm "$work" | awk 'NR==2 {print $4}')
  if (( free_mb < need_mb )); then
    echo "benchmark: $n companies need about $need_mb MB free in $work, only $free_mb MB there" >&2; exit 1
  fi
done

measure() { # command... → prints "wall_seconds peak_kb cpu_seconds" (cpu: user + system)
  /usr/bin/time -f "%e %M %U %S" -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || { cat "$work/stderr.txt" >&2; exit 1; }
  awk '{printf "%s %s %.2f\n", $1, $2, $3 + $4}' "$work/time.txt"
}
pages_in() { find "$1" -name '*.html' | wc -l; }
avg_bytes() { find "$1" -name '*.html' -printf '%s\n' | awk '{s+=$1; n++} END {printf "%d", (n ? s/n : 0)}'; }
# Bytes per page by page type: "type pages avg_bytes" lines.
by_type() {
  (cd "$1" && find . -name '*.html' -printf '%P %s\n') | awk '
    { p = $1; t = "other"
      if (p == "index.html") t = "home"
      else if (p ~ /^people\/index/) t = "people A-Z"
      else if (p ~ /^people\//) t = "person"
      else if (p ~ /^contracts\/index/) t = "contracts A-Z"
      else if (p ~ /^contracts\/[^\/]+\/[^\/]+$/) t = "contract x role"
      else if (p ~ /^contracts\//) t = "contract"
      else if (p ~ /^companies\/[^\/]+\.html$/) t = "company"
      else if (p ~ /^companies\/[^\/]+\/contacts/) t = "company contacts"
      else if (p ~ /^companies\/[^\/]+\/actions/) t = "company actions"
      else if (p ~ /^actions\//) t = "actions A-Z"
      else if (p ~ /^roles\//) t = "roles"
      else if (p ~ /^guides\/[^\/]+\/[^\/]+\//) t = "guide x role"
      else if (p ~ /^(guides|authors)\//) t = "guides, reviews"
      n[t]++; s[t] += $2 }
    END { for (t in n) printf "%s\t%d\t%d\n", t, n[t], s[t] / n[t] }' | sort
}

printf '%-9s %-22s %8s %8s %8s %10s %9s %10s\n' companies run pages seconds "cpu s" pages/s "RSS MB" bytes/page
for n in "${sizes[@]}"; do
  site=$work/site-$n
  rm -rf "$site" "$work/hugo-$n" "$work/hugo-out-$n"
  "$rolebook" generate-sample --companies "$n" --seed 1 --from content --output "$site" >/dev/null
  cp -r themes "$site/"
  data_mb=$(du -sm "$site/content" | cut -f1)

  read -r wall kb cpu < <(measure "$rolebook" build --root "$site" --output "$site/output")
  pages=$(pages_in "$site/output")
  rb_pps=$(awk -v p="$pages" -v w="$wall" 'BEGIN {printf "%d", p / w}'); rb_wall=$wall; rb_kb=$kb; rb_cpu=$cpu
  printf '%-9s %-22s %8d %8.2f %8.2f %10d %9d %10d\n' "$n" "rolebook full" "$pages" "$wall" "$cpu" "$rb_pps" $((kb / 1024)) "$(avg_bytes "$site/output")"

  read -r wall kb cpu < <(measure "$rolebook" build --root "$site" --output "$site/output")
  printf '%-9s %-22s %8s %8.2f %8.2f %10s %9d %10s   %s%% of full\n' "$n" "rolebook unchanged" - "$wall" "$cpu" - $((kb / 1024)) - \
    "$(awk -v a="$wall" -v b="$rb_wall" 'BEGIN {printf "%.1f", 100 * a / b}')"

  # One contract edited: its end date moves.
  file=$(ls "$site/content/companies" | sed -n "$(( n / 2 + 1 ))p")
  python3 - "$site/content/companies/$file" <<'PY'
import json, sys
path = sys.argv[1]; data = json.load(open(path))
data["contracts"][0]["end"] = "2029-12-31"
json.dump(data, open(path, "w"), sort_keys=True, separators=(",", ":"))
PY
  read -r wall kb cpu < <(measure "$rolebook" build --root "$site" --output "$site/output")
  summary=$(grep '^Built' "$work/stderr.txt")
  printf '%-9s %-22s %8s %8.2f %8.2f %10s %9d %10s   %s\n' "$n" "rolebook one edit" - "$wall" "$cpu" - $((kb / 1024)) - \
    "$(sed -E 's/^Built [0-9]+ pages \(([0-9]+) rendered; ([0-9]+) files written.*/\1 pages rendered, \2 files written/' <<<"$summary")"

  # The floor: copying Rolebook's output folder, as many files and bytes, on the same disk.
  rm -rf "$work/copy-$n"
  read -r cp_wall _ cp_cpu < <(measure cp -r "$site/output" "$work/copy-$n")
  rm -rf "$work/copy-$n"
  printf '%-9s %-22s %8s %8.2f %8.2f %10s %9s %10s   Rolebook full is %sx cp -r\n' "$n" "cp -r of its output" - "$cp_wall" "$cp_cpu" - - - \
    "$(awk -v a="$rb_wall" -v b="$cp_wall" 'BEGIN {printf "%.1f", a / b}')"
  echo "  load average: $(cut -d' ' -f1-3 /proc/loadavg) (the machine may be shared: compare ratios from one run)"
  search_kb=$(du -sk "$site/output/assets/search" 2>/dev/null | cut -f1)

  python3 Benchmarks/hugo-stubs.py "$site" "$work/hugo-$n" >/dev/null
  read -r wall kb cpu < <(measure hugo --source "$work/hugo-$n" --destination "$work/hugo-out-$n" --quiet)
  hpages=$(pages_in "$work/hugo-out-$n")
  hugo_pps=$(awk -v p="$hpages" -v w="$wall" 'BEGIN {printf "%d", p / w}')
  printf '%-9s %-22s %8d %8.2f %8.2f %10d %9d %10d\n' "$n" "hugo full" "$hpages" "$wall" "$cpu" "$hugo_pps" $((kb / 1024)) "$(avg_bytes "$work/hugo-out-$n")"
  printf '%-9s %-22s %s\n' "$n" "ratio" "$(awk -v a="$rb_pps" -v b="$hugo_pps" -v r="$rb_kb" -v h="$kb" -v rc="$rb_cpu" -v hc="$cpu" \
    'BEGIN {printf "Rolebook %.2fx Hugo pages/s (%.2fx by CPU time); Rolebook peak RSS %.1f%% of Hugo", a / b, hc / rc, 100 * r / h}') (data ${data_mb} MB)"
  echo "  bytes per page by type (Rolebook | Hugo); Rolebook's search index, which Hugo does not write: ${search_kb:-0} KB"
  join -t $'\t' -a1 -a2 -e - -o 0,1.2,1.3,2.2,2.3 <(by_type "$site/output") <(by_type "$work/hugo-out-$n") |
    awk -F '\t' '{printf "    %-18s %8s pages %8s B | %8s pages %8s B\n", $1, $2, $3, $4, $5}'
  python3 Benchmarks/hugo/compare.py "$site/output" "$work/hugo-out-$n" | sed 's/^/    /'
  rm -rf "$work/hugo-out-$n" "$site/output"
done
