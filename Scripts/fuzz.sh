#!/usr/bin/env bash
# Fuzzes Rolebook's parsers with libFuzzer, a bounded time per target, and keeps what it finds.
#
#   Scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]      default: 600 s, every target below
#
# Builds the package in Fuzz/ (its own package, so the root's products and `swift test` are
# untouched) with -sanitize=fuzzer,address into .build-fuzz/build, then runs the targets one after
# the other, one fuzzing process at a time (-fork=1, so the run goes on past a crash), each with a
# seed corpus made from the sample content and the invalid-site fixtures, the dictionary
# Fuzz/rolebook.dict (plus Fuzz/<target>.dict if there is one) and a working corpus that grows
# from run to run in .build-fuzz/<target>/corpus (outside git).
#
# A crash, a hang (-timeout=10) or running out of memory (-rss_limit_mb=2048) is replayed for its
# stack top, crashes are minimized briefly, and one input per distinct stack top is copied to
# Tests/FuzzRegressions/<target>/ with a note (<file>.txt); the script then exits 1.
# FuzzRegressionTests replays those inputs in `swift test`.
#
# Environment: FUZZ_SANITIZERS (default fuzzer,address; "fuzzer" alone runs about twice as fast),
# FUZZ_MINIMIZE_SECONDS (default 30; 0 keeps crashes as found), FUZZ_WORK (default .build-fuzz),
# FUZZ_FLAGS (more libFuzzer flags, e.g. "-max_len=65536 -len_control=0" for size-driven bugs).
set -euo pipefail
shopt -s globstar nullglob
cd "$(dirname "$0")/.."
ROOT=$PWD

FIXTURES=Tests/RolebookBuildTests/Fixtures/Invalid
# One line per target: its name (entry point in Fuzz/Sources/fuzz-<name>/, code in FuzzHarness.run),
# how a seed file becomes an input (raw: as it is; tagged: a line "#@ content/<path>" and then the
# text, the loader's multi-file form, and each fixture site's files together as one more seed),
# then the seed files, as globs from the package root.
TARGETS=(
  "loader   tagged content/**/*.yaml content/**/*.json $FIXTURES/**/*.yaml $FIXTURES/**/*.json"
  "guidance raw    content/guides/*.md $FIXTURES/**/*.md"
)

SECONDS_PER_TARGET=600
if [[ ${1:-} =~ ^[0-9]+$ ]]; then SECONDS_PER_TARGET=$1; shift; fi
WORK=${FUZZ_WORK:-$ROOT/.build-fuzz}
SANITIZERS=${FUZZ_SANITIZERS:-fuzzer,address}
MINIMIZE_SECONDS=${FUZZ_MINIMIZE_SECONDS:-30}
REGRESSIONS=$ROOT/Tests/FuzzRegressions

declare -A LINE=()
ORDER=()
for line in "${TARGETS[@]}"; do
  name=${line%% *}
  LINE[$name]=$line
  ORDER+=("$name")
done
SELECTED=("$@")
[[ ${#SELECTED[@]} -gt 0 ]] || SELECTED=("${ORDER[@]}")
for name in "${SELECTED[@]}"; do
  [[ -n ${LINE[$name]:-} ]] || { echo "fuzz.sh: unknown target '$name' (known: ${ORDER[*]})" >&2; exit 64; }
done

# --- Build ------------------------------------------------------------------------------------
# SwiftPM passes each --sanitize as its own -sanitize= flag and swiftc keeps only the last, so the
# combined flag goes to swiftc as well; --sanitize still instruments the C code (libyaml) and links.
build_flags=(-c release -Xswiftc "-sanitize=$SANITIZERS")
IFS=, read -ra list <<<"$SANITIZERS"
for sanitizer in "${list[@]}"; do build_flags+=(--sanitize "$sanitizer"); done
echo "== building Fuzz/ (-sanitize=$SANITIZERS) into ${WORK#"$ROOT"/}/build"
set +e
swift build --package-path Fuzz --scratch-path "$WORK/build" "${build_flags[@]}" 2>&1 \
  | grep -v -e '__asan_extra_spill_area' -e 'unhandled; explicitly declare' -e 'PrivacyInfo.xcprivacy'
built=${PIPESTATUS[0]}
set -e
((built == 0)) || { echo "fuzz.sh: the build failed" >&2; exit 1; }
BIN=$WORK/build/release
for name in "${SELECTED[@]}"; do
  [[ -x $BIN/fuzz-$name ]] || { echo "fuzz.sh: build did not produce $BIN/fuzz-$name" >&2; exit 1; }
done

export ROLEBOOK_ROOT=$ROOT
export SWIFT_BACKTRACE=enable=no # libFuzzer and ASan print the stacks
export ASAN_SYMBOLIZER_PATH=${ASAN_SYMBOLIZER_PATH:-$(dirname "$(command -v swift)")/llvm-symbolizer}
FUZZ_ASAN_OPTIONS=detect_leaks=0:malloc_context_size=2  # short allocation stacks: faster mallocs
REPLAY_ASAN_OPTIONS=detect_leaks=0

# --- Seeds ------------------------------------------------------------------------------------
# A file's path as the loader sees it: from its content/ folder on.
content_path() {
  if [[ $1 == content/* ]]; then echo "$1"; else echo "content/${1#*/content/}"; fi
}

make_seeds() { # target-dir mode globs...
  local seeds=$1/seeds mode=$2 n=0 file site
  shift 2
  rm -rf "$seeds" && mkdir -p "$seeds"
  declare -A sites=()
  for file in "$@"; do
    [[ -f $file ]] || continue
    n=$((n + 1))
    if [[ $mode == tagged ]]; then
      { printf '#@ %s\n' "$(content_path "$file")"; cat "$file"; } >"$seeds/seed-$n"
      [[ $file == */content/* ]] && sites[${file%%/content/*}]=1
    else
      cp "$file" "$seeds/seed-$n"
    fi
  done
  for site in "${!sites[@]}"; do # every file of a fixture site, as one input
    n=$((n + 1))
    for file in "$site"/content/**/*; do
      [[ -f $file ]] && { printf '#@ %s\n' "$(content_path "$file")"; cat "$file"; echo; }
    done >"$seeds/seed-$n"
  done
  echo "$n"
}

# --- Findings ---------------------------------------------------------------------------------
# "kind: what | first frame of ours" from a replay log, e.g.
# "crash: Fatal error: Duplicate keys ... | ContentLoader.loadGuide(...)".
signature() { # kind log
  local kind=$1 log=$2 what frame
  what=$(grep -m1 -o -E 'Fatal error: .*|AddressSanitizer: [a-z-]+|libFuzzer: (timeout|out-of-memory)|deadly signal' "$log" || true)
  frame=$(grep -E '^ *#[0-9]+ 0x[0-9a-f]+ in ' "$log" | sed -E 's/^ *#[0-9]+ 0x[0-9a-f]+ in ([^ ]+).*/\1/' \
    | grep -E 'Rolebook|FuzzHarness|Yams|yaml_|cmark' | grep -v -E '^\$s11FuzzHarness|LLVMFuzzerTestOneInput' \
    | head -1 | swift demangle --simplified --compact 2>/dev/null | cut -c1-160 || true)
  [[ -n $what ]] || what="did not reproduce on replay"
  echo "$kind: $what | ${frame:-no frame of ours}"
}

replay() { # binary input log
  ASAN_OPTIONS=$REPLAY_ASAN_OPTIONS timeout 120 "$1" -timeout=10 -rss_limit_mb=2048 -detect_leaks=0 "$2" >"$3" 2>&1 || true
}

# Prints "new" or "known" per distinct finding; saves new ones under Tests/FuzzRegressions/<target>/.
keep_findings() { # name target-dir
  local name=$1 dir=$2 artifact kind log sig best out smallest hash dest notes
  local -A chosen=() size=()
  mkdir -p "$dir/replays"
  local artifacts=("$dir"/artifacts/{crash,timeout,oom,leak}-*)
  ((${#artifacts[@]} > 0)) || return 0
  # The 20 smallest (a hang takes 10 s to replay); artifact names are hex, no spaces.
  for artifact in $(ls -S "${artifacts[@]}" | tail -20); do
    kind=${artifact##*/}
    kind=${kind%%-*}
    log=$dir/replays/${artifact##*/}.log
    replay "$BIN/fuzz-$name" "$artifact" "$log"
    sig=$(signature "$kind" "$log")
    if [[ -z ${chosen[$sig]:-} ]] || (($(stat -c %s "$artifact") < ${size[$sig]})); then
      chosen[$sig]=$artifact
      size[$sig]=$(stat -c %s "$artifact")
    fi
  done
  for sig in "${!chosen[@]}"; do
    best=${chosen[$sig]}
    kind=${sig%%:*}
    if [[ $kind == crash && $MINIMIZE_SECONDS -gt 0 ]]; then
      out=$dir/minimized
      rm -rf "$out" && mkdir -p "$out"
      ASAN_OPTIONS=$REPLAY_ASAN_OPTIONS "$BIN/fuzz-$name" -minimize_crash=1 -max_total_time="$MINIMIZE_SECONDS" \
        -runs=1000000 -timeout=10 -rss_limit_mb=2048 -detect_leaks=0 -artifact_prefix="$out/" "$best" >"$out/log" 2>&1 || true
      smallest=$(ls -S "$out"/minimized-from-* 2>/dev/null | tail -1 || true)
      if [[ -n $smallest ]]; then
        replay "$BIN/fuzz-$name" "$smallest" "$out/replay.log"
        [[ $(signature "$kind" "$out/replay.log") == "$sig" ]] && best=$smallest
      fi
    fi
    mkdir -p "$REGRESSIONS/$name"
    notes=("$REGRESSIONS/$name"/*.txt)
    if ((${#notes[@]} > 0)) && grep -qxF "$sig" "${notes[@]}"; then
      echo "known $sig"
      continue
    fi
    hash=$(sha1sum "$best" | cut -c1-12)
    dest=$REGRESSIONS/$name/$kind-$hash
    cp "$best" "$dest"
    {
      echo "$sig"
      echo "Found by Scripts/fuzz.sh on $(date -u +%Y-%m-%d), $(stat -c %s "$dest") bytes."
      echo "Replay: .build-fuzz/build/release/fuzz-$name ${dest#"$ROOT"/}"
    } >"$dest.txt"
    echo "new $sig -> ${dest#"$ROOT"/}"
  done
}

# --- Run --------------------------------------------------------------------------------------
status=0
SUMMARY=()
for name in "${SELECTED[@]}"; do
  read -r _ mode globs <<<"${LINE[$name]}"
  dir=$WORK/$name
  mkdir -p "$dir/corpus"
  rm -rf "$dir/artifacts" "$dir/replays" && mkdir -p "$dir/artifacts"
  # shellcheck disable=SC2086 # the globs expand here
  seeds=$(make_seeds "$dir" "$mode" $globs)
  cat Fuzz/rolebook.dict >"$dir/dict"
  [[ -f Fuzz/$name.dict ]] && cat "Fuzz/$name.dict" >>"$dir/dict"
  echo "== $name: fuzzing for $SECONDS_PER_TARGET s from $seeds seeds and $(ls "$dir/corpus" | wc -l) corpus inputs; log ${dir#"$ROOT"/}/log"
  start=$(date +%s)
  ASAN_OPTIONS=$FUZZ_ASAN_OPTIONS "$BIN/fuzz-$name" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -max_total_time="$SECONDS_PER_TARGET" -timeout=10 -rss_limit_mb=2048 -detect_leaks=0 -dict="$dir/dict" \
    -artifact_prefix="$dir/artifacts/" ${FUZZ_FLAGS:-} "$dir/corpus" "$dir/seeds" >"$dir/log" 2>&1 || true
  elapsed=$(($(date +%s) - start))
  execs=$(grep -E '^#[0-9]+: cov:' "$dir/log" | tail -1 | sed -E 's/^#([0-9]+):.*/\1/' || true)
  execs=${execs:-0}
  findings=$(keep_findings "$name" "$dir")
  [[ -n $findings ]] && echo "$findings" | sed 's/^/   /'
  found=$(grep -c . <<<"$findings" || true)
  new=$(grep -c '^new ' <<<"$findings" || true)
  ((found == 0)) || status=1
  SUMMARY+=("$(printf '%-9s %5d s %9d execs %6d exec/s  corpus %5d  findings %d (%d new)' "$name" "$elapsed" "$execs" \
    $((execs / (elapsed > 0 ? elapsed : 1))) "$(ls "$dir/corpus" | wc -l)" "$found" "$new")")
done

echo "== summary"
printf '%s\n' "${SUMMARY[@]}"
if ((status != 0)); then
  echo "Findings are in Tests/FuzzRegressions/<target>/ (see the .txt beside each); swift test replays them."
fi
exit "$status"
