#!/usr/bin/env bash
# The omission bench on official UN texts (or any line-aligned zh/en/ru text): DIR holds zh.txt,
# en.txt, ru.txt (line i of each is the same segment) and docids.txt (one document id a line), the
# layout of ../shared/bench/omissions/data/*. The data is not in the repo: pass its directory. Then the
# same planting and scoring as ../shared/bench/omissions/run.sh (make_sets.py from a temp copy: seed
# overridable, all documents; the foreign sentences added come from FLORES, as another set's lines
# do there). Prints run.sh's tables for un-en and un-ru. Reads ../shared (bench only, never a test).
#
#   bench/omissions-un.sh DIR [SEED]      (from the project root, after `npm run build:cli`)
#
# SEED defaults to 2026, the standard draw's.
set -euo pipefail
dir=$(cd "${1:?usage: bench/omissions-un.sh DIR [SEED]}" && pwd)
seed=${2:-2026}
for f in zh en ru docids; do [ -f "$dir/$f.txt" ] || { echo "$dir/$f.txt missing" >&2; exit 2; }; done
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
shared=${SHARED:-$(cd "$here/../.." && pwd)/shared}
[ -d "$shared/bench/omissions" ] || shared=/work/shared
work=$(mktemp -d /tmp/omissions-un.XXXXXX)
cp -r "$shared/bench/align" "$shared/bench/omissions" "$work/"
sed -i -e "s/-2026'/-$seed'/" -e 's/^MAX_DOCS = .*/MAX_DOCS = 10**6/' "$work/omissions/make_sets.py"
grep -q -- "-$seed'" "$work/omissions/make_sets.py" || { echo "make_sets.py: seed pattern not found" >&2; exit 2; }
mkdir -p "$work/data"
ln -s "$dir" "$work/data/un"
ln -s "$shared/bench/omissions/data/flores200_devtest" "$work/data/flores"
OUT=${OUT:-$work/sets} DATA="$work/data" SETS_SPEC=un=un,flores=flores "$work/omissions/run.sh" un-en,un-ru
