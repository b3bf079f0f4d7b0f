#!/usr/bin/env bash
# QA recall on planted defects: numbers altered or dropped, a month or weekday changed, a Chinese
# clause left untranslated, a doubled word, an unbalanced bracket or quote, a percentage changed, one
# defect in ~8 % of target lines, then ~8 % more of harder figure kinds and ~5 % of meaning kinds (a
# line or clause in the other target language, a negation removed, a country swapped), ~3 % of form kinds (a
# sentence opened in lower case, a space before a mark, a web address changed), ~3 % of a name kind
# (a letter of a romanised Chinese name) and ~3 % of swap kinds (a country swapped for another the line
# names, a capital for another capital; all listed in bench/qa-plant.py), on the omission bench's line-aligned data
# (FLORES-200, WMT22: zh→en and zh→ru) and the align bench's genres (mag, mac: zh→en, via
# bench/genre-lines.py). `check --presegmented --format json` runs on each document planted and
# unplanted; bench/qa-score.py prints caught/planted per kind and the QA findings on unplanted lines
# per 100 lines. Reads ../shared (bench only, never a test).
#
#   bench/qa-planted.sh [SEED] [--misses]     (from the project root, after `npm run build:cli`)
set -euo pipefail
seed=${1:-2026}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
shared=${SHARED:-$(cd "$here/../.." && pwd)/shared}
[ -d "$shared/bench/omissions" ] || shared=/work/shared
cli=${CLI:-node out/cli/index.js}
work=$(mktemp -d /tmp/qa-planted.XXXXXX)
python3 "$here/genre-lines.py" "$work/data/mag" "$shared"/bench/align/data/mag/*/ > /dev/null
python3 "$here/genre-lines.py" "$work/data/mac" "$shared"/bench/align/data/mac-dev/*/ "$shared"/bench/align/data/mac-mt/*/ > /dev/null
om=$shared/bench/omissions/data
python3 "$here/qa-plant.py" "$work/sets" "$seed" flores="$om/flores200_devtest" wmt22="$om/wmt22_general_en2zhru" \
  mag="$work/data/mag" mac="$work/data/mac"
for d in "$work"/sets/*/*/; do
  tl=$(basename "$(dirname "$d")"); tl=${tl##*-}
  for side in tgt clean; do
    out=$d/planted.json; [ "$side" = clean ] && out=$d/clean.json
    $cli check "$d/src.txt" "$d/$side.txt" --presegmented --target-lang "$tl" --format json > "$out" 2> "$out.err" || true
  done
done
python3 "$here/qa-score.py" "$work/sets" ${2:-}
echo "(documents and reports under $work)"
