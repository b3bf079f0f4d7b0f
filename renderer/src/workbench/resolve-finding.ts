import type { Dismissal, TargetLang } from '../../../core/model';
import type { BeadSide } from '../../../core/project/edit';
import { buildRows, sentenceText, setSentenceText, splitOffSentence } from '../../../core/project/edit';
import { spacingEdgeSpace, trimEdgeSpace } from '../../../core/qa/checks/spacing-edge-space';
import { dismissFinding, findingSubject, restoreDismissal } from '../../../core/qa/dismissals';
import type { Finding } from '../../../core/qa/types';
import type { ProblemResolve } from '../panels/problems';
import type { PlacedFinding } from '../state/findings';
import type { CommandContext } from './run-command';

/**
 * The two ways to resolve a completeness finding in the app (issue 17): split the sentence off as
 * untranslated (then Alt+N or a DeepL draft fills it), or dismiss the finding (saved in the project).
 * Both are ordinary undoable edits.
 */

/** The sentence "Split off as untranslated" would take out of its bead; null when there is none to split off. */
export function splitOffTarget(f: Finding): { target: TargetLang; side: BeadSide; sentenceId: string } | null {
  // Only a sentence hidden inside a bead: an omission or addition already stands alone, and a
  // half-translated sentence (partial omission) needs its translation completed, not moved.
  if (f.check !== 'completeness.hidden-gap' || !f.lang) return null;
  const src = f.source?.sentences ?? [];
  const tgt = f.target?.sentences ?? [];
  if (src.length === 1) return { target: f.lang, side: 'src', sentenceId: src[0]! };
  if (src.length === 0 && tgt.length === 1) return { target: f.lang, side: 'tgt', sentenceId: tgt[0]! };
  return null;
}

/** Is the finding a completeness one (what Alt+Shift+N / Alt+Shift+D act on when no problem is current)? */
export function isResolvable(f: Finding): boolean {
  return f.check.startsWith('completeness.');
}

/**
 * Can the finding be dismissed? Any finding that names a sentence can (its dismissal is keyed by
 * that sentence's text): a reviewer's "this is fine" on a glossary, number or spelling false alarm
 * counts as much as on a completeness one. A note on the whole document (no sentence) cannot.
 */
export function canDismiss(f: Finding): boolean {
  return findingSubject(f).ids.length > 0;
}

/** The finding a keyboard command acts on: the current problem, else the first completeness finding on the cursor's row. */
export function findingToResolve(w: CommandContext): PlacedFinding | undefined {
  const current = w.placed.find((p) => p.key === w.currentProblem);
  if (current) return current;
  const row = w.nav.cursorRow;
  return row >= 0 ? w.placed.find((p) => p.row === row && isResolvable(p.finding)) : undefined;
}

/** Split the finding's sentence off into a bead of its own and put the cursor where its translation goes. */
export function splitOffFinding(p: PlacedFinding | undefined, w: CommandContext): void {
  if (!p) return w.toast('Pick a completeness problem first (click it in the Problems panel, or F8)');
  const at = splitOffTarget(p.finding);
  if (!at) return w.toast('Only a sentence hidden inside a bead can be split off; dismiss this one, or edit the translation');
  const after = w.edit('split off as untranslated', (q) => splitOffSentence(q, at.target, at.side, at.sentenceId));
  if (!after) return;
  const row = buildRows(after).find((r) => (at.side === 'src' ? r.src.includes(at.sentenceId) : r.targets[at.target]?.sentences.includes(at.sentenceId)));
  if (row) w.nav.setCursor({ lang: at.target, sentenceId: at.side === 'src' ? null : at.sentenceId, rowKey: row.key });
  w.toast(at.side === 'src' ? `Split off as untranslated: Alt+N to type its ${at.target === 'en' ? 'English' : 'Russian'}, or Draft with DeepL` : 'Split off as having no source');
}

/** Dismiss the finding: saved in the project, hidden until taken back under "Dismissed". */
export function dismissPlaced(p: PlacedFinding | undefined, w: Pick<CommandContext, 'edit' | 'toast'>): void {
  if (!p) return w.toast('Pick a problem first (click it in the Problems panel, or F8)');
  if (!canDismiss(p.finding)) return w.toast('This note is about the whole document, not a sentence: it cannot be dismissed');
  if (w.edit('dismiss', (q) => dismissFinding(q, p.finding))) w.toast('Dismissed (saved in the project; Problems › Dismissed to bring it back)');
}

/** Take a dismissal back: the finding shows again at the next check. */
export function restoreDismissed(key: string, w: Pick<CommandContext, 'edit'>): void {
  w.edit('restore dismissed problem', (q) => restoreDismissal(q, key));
}

/** Does the finding offer "Trim"? A space at a translated sentence's edge (spacing.edge-space). */
export function canTrim(p: PlacedFinding): boolean {
  return p.sentenceId !== null && p.finding.lang !== null && p.finding.check === spacingEdgeSpace.id;
}

/** Take the spaces off the finding's edge of its sentence: one undoable edit, like a typed correction. */
export function trimPlaced(p: PlacedFinding, w: Pick<CommandContext, 'edit'>): void {
  const lang = p.finding.lang;
  const id = p.sentenceId;
  if (!lang || !id) return;
  w.edit('trim', (q) => {
    const trimmed = trimEdgeSpace(sentenceText(q, lang, id) ?? '', p.finding);
    return trimmed === null ? q : setSentenceText(q, lang, id, trimmed);
  });
}

/** What the Problems panel's buttons do, for this render's workbench. */
export function problemResolve(w: CommandContext, dismissed: readonly Dismissal[]): ProblemResolve {
  return {
    canSplitOff: (p) => splitOffTarget(p.finding) !== null,
    canDismiss: (p) => canDismiss(p.finding),
    splitOff: (p) => splitOffFinding(p, w),
    dismiss: (p) => dismissPlaced(p, w),
    canTrim,
    trim: (p) => trimPlaced(p, w),
    dismissed,
    restore: (key) => restoreDismissed(key, w),
  };
}
