import type { Alignment, Project, TargetLang } from '../../../core/model';
import { adoptScores } from '../../../core/project/row-change';

/**
 * Same beads, judged anew: the fresh confidence scores and completeness verdicts replace the ones
 * the project had (the text or the glossary changed since, or the file came from an older
 * aligner), so the grid stops showing stale confidence. Not an undo step and not unsaved work:
 * nothing the translator wrote changes, and any re-alignment computes them again; the next save
 * writes them (Session.refresh). True when a score or verdict changed.
 */
export function refreshScores(session: { refresh(change: (p: Project) => Project): unknown }, fresh: ReadonlyArray<readonly [TargetLang, Alignment]>): boolean {
  let changed = false;
  session.refresh((q) => {
    const alignments = { ...q.alignments };
    for (const [x, a] of fresh) {
      const current = alignments[x];
      if (!current) continue;
      const adopted = adoptScores(current, a);
      if (adopted !== current) {
        alignments[x] = adopted;
        changed = true;
      }
    }
    return changed ? { ...q, alignments } : q;
  });
  return changed;
}
