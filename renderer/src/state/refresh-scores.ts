import type { Alignment, Project, TargetLang } from '../../../core/model';
import { scoreAdopter } from '../../../core/project/row-change';

/**
 * Same beads, judged anew: the fresh confidence scores and completeness verdicts replace the ones
 * the project had (the text or the glossary changed since, or the file came from an older
 * aligner), so the grid stops showing stale confidence. Not an undo step and not unsaved work:
 * nothing the translator wrote changes, and any re-alignment computes them again; the next save
 * writes them (Session.refresh). The undo and redo steps take them too, wherever they hold the
 * same bead with the same text (a score judges a text: a step before a source edit keeps the score
 * of its own text, see scoreAdopter): Undo right after takes back the translator's last edit, as it would have before,
 * without bringing back the stale confidence. `present` is the project open now (the one aligned);
 * true when its scores changed.
 */
export function refreshScores(session: { refresh(change: (p: Project) => Project): Project }, present: Project, fresh: ReadonlyArray<readonly [TargetLang, Alignment]>): boolean {
  // Judged on `present`'s texts: a step whose text differs (the edit before, or one undone) keeps its own.
  const adopters = fresh.map(([x, a]) => [x, scoreAdopter(x, a, present)] as const);
  const refreshed = session.refresh((q) => {
    let alignments: Project['alignments'] | undefined;
    for (const [x, adopt] of adopters) {
      const current = q.alignments[x];
      if (!current) continue;
      const adopted = adopt(current, q);
      if (adopted !== current) (alignments ??= { ...q.alignments })[x] = adopted;
    }
    return alignments ? { ...q, alignments } : q;
  });
  return refreshed !== present;
}
