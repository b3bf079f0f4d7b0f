import type { Bead, BeadVerdict } from '../../model/types';
import { verdictFingerprint } from '../../model/verdict';
import type { LocatedSentence } from '../types';

/**
 * The bead's stored verdict when it still describes the bead's sentences as they are now; undefined
 * when there is none or it is stale (a text edited, sentences merged or moved since the alignment).
 */
export function currentVerdict(bead: Bead, source: readonly LocatedSentence[], target: readonly LocatedSentence[]): BeadVerdict | undefined {
  const v = bead.verdict;
  if (!v || v.src.length !== source.length || v.tgt.length !== target.length) return undefined;
  return verdictFingerprint(source.map((s) => s.sentence), target.map((t) => t.sentence)) === v.of ? v : undefined;
}
