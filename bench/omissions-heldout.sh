#!/usr/bin/env bash
# Held-out draws of the omission bench: the same data and planting rules as
# ../shared/bench/omissions/run.sh, but with ALL pseudo-documents (not 12 per set) and another seed,
# so a change tuned to the standard draw shows here. Reads ../shared (bench only, never a test).
#
#   bench/omissions-heldout.sh [SEED] [SET,...]    (from the project root, after `npm run build:cli`)
#
# SEED defaults to 7; the standard draw is seed 2026 with 12 documents per set. Prints run.sh's tables.
set -euo pipefail
seed=${1:-7}
shared=${SHARED:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/shared}
[ -d "$shared/bench/omissions" ] || shared=/work/shared
work=$(mktemp -d /tmp/heldout.XXXXXX)
cp -r "$shared/bench/align" "$shared/bench/omissions" "$work/"
# Same planting code; only the seed and the number of documents change.
sed -i -e "s/-2026'/-$seed'/" -e 's/^MAX_DOCS = .*/MAX_DOCS = 10**6/' "$work/omissions/make_sets.py"
grep -q -- "-$seed'" "$work/omissions/make_sets.py" || { echo "make_sets.py: seed pattern not found" >&2; exit 2; }
OUT=${OUT:-$work/sets} DATA="$shared/bench/omissions/data" "$work/omissions/run.sh" ${2:+"$2"}
