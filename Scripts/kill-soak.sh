#!/usr/bin/env bash
# Kill soak: builds a generated site with the release binary, kills builds with SIGKILL at random
# moments across random edits (title, a contract's end date, a company removed and restored), and
# after every round checks that one uninterrupted build makes the output equal to a clean build.
#
#   Scripts/kill-soak.sh [COMPANIES=300] [ROUNDS=20] [SEED=1]
#
# Prints one line per round and a summary; exits 1 on the first mismatch (the folder is kept).
set -euo pipefail
companies=${1:-300}
rounds=${2:-20}
seed=${3:-1}
cd "$(dirname "$0")/.."
swift build -c release --product rolebook >/dev/null
bin=$PWD/.build/release/rolebook
work=$(mktemp -d /tmp/rolebook-soak-XXXXXX)
root=$work/site
"$bin" generate-sample --companies "$companies" --seed 7 --from content --output "$root" >/dev/null
cp -r themes "$root/"
RANDOM=$seed

published() { (cd "$1" && find . -path ./.rolebook -prune -o -type f -print0 | sort -z | xargs -0 sha1sum); }
build() { "$bin" build --root "$root" --output "$1" >/dev/null 2>&1; }

start=$(date +%s.%N)
build "$root/output"
full=$(awk "BEGIN { print $(date +%s.%N) - $start }")
echo "full build of $companies companies: ${full} s"
site="$root/content/site.yaml"
cp "$site" "$work/site.yaml.orig"
kills=0
for round in $(seq 1 "$rounds"); do
  # One random edit per kill, 1 to 3 kills per round.
  for _ in $(seq 1 $((RANDOM % 3 + 1))); do
    case $((RANDOM % 4)) in
      0) sed -i "s/^title: .*/title: Soak $RANDOM/" "$site" ;;
      1) cp "$work/site.yaml.orig" "$site" ;;
      2) f=$(ls "$root/content/companies" | sed -n "$((RANDOM % 10 + 1))p"); [ -n "$f" ] && mv "$root/content/companies/$f" "$work/" ;;
      3) for f in "$work"/c*.json; do [ -e "$f" ] && mv "$f" "$root/content/companies/"; done ;;
    esac
    "$bin" build --root "$root" --output "$root/output" >/dev/null 2>&1 &
    pid=$!
    sleep "$(awk "BEGIN { print $full * $((RANDOM % 1000)) / 1000 }")"
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    kills=$((kills + 1))
  done
  t0=$(date +%s.%N)
  build "$root/output"
  heal=$(awk "BEGIN { print $(date +%s.%N) - $t0 }")
  rm -rf "$work/clean"
  build "$work/clean"
  if ! diff <(published "$root/output") <(published "$work/clean") >/dev/null; then
    echo "round $round: MISMATCH after $kills kills (seed $seed); kept $work"
    exit 1
  fi
  echo "round $round: $kills kills so far, healing build ${heal} s, output equals a clean build"
done
echo "kill soak: $rounds rounds, $kills kills, $companies companies, 0 mismatches"
rm -rf "$work"
