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
