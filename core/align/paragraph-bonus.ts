import type { BeadBonus } from './search';

/**
 * Log-odds (nats) for paragraph structure: translators rarely move a sentence across a paragraph
 * boundary, so a bead that straddles one is unlikely, and beads that start a paragraph on both
 * sides at once are likely.
 */
const STRADDLE_PENALTY = 3;
const SHARED_START_BONUS = 1.5;

/** Bead bonus from paragraph breaks (indices of each paragraph's first sentence, after the first). */
export function paragraphBonus(breaks: { src: number[]; tgt: number[] } | undefined, n: number, m: number): BeadBonus | undefined {
  if (!breaks || (breaks.src.length === 0 && breaks.tgt.length === 0)) return undefined;
  const srcBreak = new Uint8Array(n + 1);
  const tgtBreak = new Uint8Array(m + 1);
  for (const i of breaks.src) if (i > 0 && i < n) srcBreak[i] = 1;
  for (const j of breaks.tgt) if (j > 0 && j < m) tgtBreak[j] = 1;
  return (i, a, j, b) => {
    // Only beads that pair sentences say anything about paragraphs matching.
    if (a === 0 || b === 0) return 0;
    let s = 0;
    for (let k = i + 1; k < i + a; k++) if (srcBreak[k]) s -= STRADDLE_PENALTY;
    for (let k = j + 1; k < j + b; k++) if (tgtBreak[k]) s -= STRADDLE_PENALTY;
    if (srcBreak[i] && tgtBreak[j]) s += SHARED_START_BONUS;
    return s;
  };
}
