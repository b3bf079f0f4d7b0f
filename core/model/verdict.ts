/** Fingerprint of the sentences a bead verdict was computed on (core/align/verdict, core/qa). */

/**
 * A short fingerprint of a bead's sentences (ids and texts): a stored verdict is used only while
 * it still describes the same sentences; any edit or re-alignment makes it stale.
 */
export function verdictFingerprint(src: ReadonlyArray<{ id: string; text: string }>, tgt: ReadonlyArray<{ id: string; text: string }>): string {
  let h = 0x811c9dc5;
  const mix = (s: string): void => {
    for (let k = 0; k < s.length; k++) {
      h ^= s.charCodeAt(k);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x1f;
    h = Math.imul(h, 0x01000193);
  };
  for (const s of src) {
    mix(s.id);
    mix(s.text);
  }
  mix('|');
  for (const t of tgt) {
    mix(t.id);
    mix(t.text);
  }
  return (h >>> 0).toString(36);
}

/**
 * The 1:1 pairs of a bead split into sub-beads (BeadVerdict.pairs: per member, source members first,
 * its sub-bead): per source member, the index in bead.tgt of its sub-bead's one target sentence, or
 * undefined when its sub-bead holds more than one sentence on a side.
 */
export function pairedTargets(pairs: readonly number[], sources: number, targets: number): Array<number | undefined> {
  const srcIn = new Map<number, number>();
  const tgtIn = new Map<number, number>();
  const targetOf = new Map<number, number>();
  pairs.slice(0, sources + targets).forEach((g, x) => {
    if (x < sources) srcIn.set(g, (srcIn.get(g) ?? 0) + 1);
    else {
      tgtIn.set(g, (tgtIn.get(g) ?? 0) + 1);
      targetOf.set(g, x - sources);
    }
  });
  return pairs.slice(0, sources).map((g) => (srcIn.get(g) === 1 && tgtIn.get(g) === 1 ? targetOf.get(g) : undefined));
}
