#!/usr/bin/env bash
# Completeness findings on real translations of other genres: the align bench's dev sets (mag: a
# magazine article; mac-dev, mac-mt: literary prose), whose gold alignments mark the sentences really
# left out (1:0) or added (0:1). Every other completeness finding there is a false alarm (a partial
# omission cannot be told from the gold, so it counts as one too: an upper bound). No gaps are
# planted: this measures trust on held-out genres, not recall. Reads ../shared (bench only).
#
#   bench/completeness-dev.sh        (from the project root, after `npm run build:cli`)
set -euo pipefail
shared=${SHARED:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/shared}
[ -d "$shared/bench/align" ] || shared=/work/shared
cli=${CLI:-node out/cli/index.js}
out=$(mktemp -d /tmp/completeness-dev.XXXXXX)
for set in mag mac-dev mac-mt; do
  dir="$shared/bench/align/data/$set"
  tl=$(awk '{print $2}' "$dir/langs.txt"); mkdir -p "$out/$set"
  for d in "$dir"/*/; do
    n=$(basename "$d")
    $cli check "$d/src.txt" "$d/tgt.txt" --presegmented --target-lang "$tl" --format json > "$out/$set/$n.json" 2> "$out/$set/$n.err" || true
  done
  python3 "$shared/bench/omissions/score_check.py" "$dir" "$out/$set"
done
echo "(reports under $out)"
