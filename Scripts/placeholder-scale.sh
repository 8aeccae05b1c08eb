#!/bin/sh
# Times `rolebook check` on a site whose one guide holds N placeholders, to show that checking and
# compiling guidance grows linearly with the number of placeholders (it once grew quadratically).
#   Scripts/placeholder-scale.sh [N] [rolebook binary]
# Defaults: N=16000, .build/release/rolebook (build it with `swift build -c release --product rolebook`).
set -eu
n=${1:-16000}
here=$(cd "$(dirname "$0")/.." && pwd)
bin=${2:-$here/.build/release/rolebook}
site=$(mktemp -d)
trap 'rm -rf "$site"' EXIT
# A valid small site: the data of an invalid-site fixture, without its guide.
cp -R "$here/Tests/RolebookBuildTests/Fixtures/Invalid/unknown-value-in-guidance/content" "$site/content"
rm "$site/content/guides/"*.md
guide="$site/content/guides/scale.md"
printf -- '---\ntitle: Scale\n---\n\n' >"$guide"
# Four placeholders per line, a paragraph every 20 lines.
awk -v n="$n" 'BEGIN {
  for (i = 0; i < n; i += 4) {
    print "Number {{contract.number}} then {{contract.number}}, {{contract.number}} and {{contract.number}}."
    if ((i / 4) % 20 == 19) print ""
  }
}' >>"$guide"
echo "guide: $n placeholders, $(wc -c <"$guide") bytes"
start=$(date +%s.%N)
"$bin" check --root "$site"
end=$(date +%s.%N)
echo "check took $(echo "$end - $start" | bc) s"
