#!/usr/bin/env bash
# The omission bench on other genres: the align bench's gold-aligned zh→en documents (mag: magazine
# articles; mac = mac-dev + mac-mt: literary prose, published human translations) turned into
# line-aligned text (bench/genre-lines.py: one line per gold bead with both sides, real 1:0 / 0:1
# beads left out, a document id every ~80 lines), then the same planting and scoring as
# ../shared/bench/omissions/run.sh (make_sets.py from a temp copy: seed overridable, all documents;
# additions in one genre come from the other). Only the -en sets are scored (there is no Russian).
# Reads ../shared (bench only, never a test).
#
#   bench/omissions-genres.sh [SEED]      (from the project root, after `npm run build:cli`)
#
# SEED defaults to 2026, the standard draw's. Prints run.sh's tables for mag-en and mac-en, then how
# many false alarms name a line that `check` also flags in the published translation (genre-inherited.py).
set -euo pipefail
seed=${1:-2026}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
shared=${SHARED:-$(cd "$here/../.." && pwd)/shared}
[ -d "$shared/bench/omissions" ] || shared=/work/shared
work=$(mktemp -d /tmp/genres.XXXXXX)
cp -r "$shared/bench/align" "$shared/bench/omissions" "$work/"
sed -i -e "s/-2026'/-$seed'/" -e 's/^MAX_DOCS = .*/MAX_DOCS = 10**6/' "$work/omissions/make_sets.py"
grep -q -- "-$seed'" "$work/omissions/make_sets.py" || { echo "make_sets.py: seed pattern not found" >&2; exit 2; }
data=$work/genres
python3 "$here/genre-lines.py" "$data/mag" "$shared"/bench/align/data/mag/*/
python3 "$here/genre-lines.py" "$data/mac" "$shared"/bench/align/data/mac-dev/*/ "$shared"/bench/align/data/mac-mt/*/
sets=${OUT:-$work/sets}
OUT=$sets DATA="$data" SETS_SPEC=mag=mag,mac=mac "$work/omissions/run.sh" mag-en,mac-en | tee "$work/run.log"
# False alarms the published translation already earns: `check` on the real translations, as
# bench/completeness-dev.sh runs it, and the findings matched to the lines they name.
run=$(sed -n 's/^(outputs under \(.*\))$/\1/p' "$work/run.log")
cli=${CLI:-node out/cli/index.js}
for set in mag mac-dev mac-mt; do
  dir="$shared/bench/align/data/$set"; mkdir -p "$work/real/$set"
  for d in "$dir"/*/; do
    $cli check "$d/src.txt" "$d/tgt.txt" --presegmented --target-lang en --format json > "$work/real/$set/$(basename "$d").json" 2>/dev/null || true
  done
done
echo
python3 "$here/genre-inherited.py" "$shared/bench/align/data" "$work/real" "$sets" "$run/check"
