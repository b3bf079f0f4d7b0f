import { alignmentChange, describeAlignmentChange } from '../../../core/align/realign-anchored';
import { changedRows, describeChangedRows, sameBeads } from '../../../core/project/row-change';
import { api } from '../api';
import { askConfirm } from '../panels/confirm';
import { refreshScores } from '../state/refresh-scores';
import type { CommandContext } from './run-command';

/**
 * Re-align through main: the whole document (every aligned target) or the selected rows of the
 * current target. Confirmed and hand-edited beads stay fixed (core/align/realign-anchored); the
 * translator sees what will change (which rows) and says yes first. The result is one undoable
 * edit, dropped when the project changed meanwhile. When the aligner finds the very beads there
 * are, it says so and asks nothing: no question to dismiss, no undo step that does nothing; but
 * the grid takes the aligner's new confidence scores (refreshScores).
 */
export async function realign(range: boolean, w: Pick<CommandContext, 'session' | 'nav' | 'rows' | 'edit' | 'setBusy' | 'toast' | 'toastError'>): Promise<void> {
  const { session, nav, rows, toast } = w;
  const p = session.current();
  const t = nav.opTarget();
  if (!p || !t) return toast('Nothing to align: the project has no English or Russian text');
  const targets = range ? [t] : (['en', 'ru'] as const).filter((x) => p.targets[x]);
  let request: { from: number; to: number } | undefined;
  if (range) {
    const sel = nav.selection ?? (nav.cursorRow >= 0 ? { anchor: nav.cursorRow, to: nav.cursorRow } : null);
    if (!sel) return toast('Select rows first (Shift+click the row numbers)');
    const beads = rows.slice(Math.min(sel.anchor, sel.to), Math.max(sel.anchor, sel.to) + 1).flatMap((r) => r.targets[t]?.beads ?? []);
    if (beads.length === 0) return toast(`The selected rows have no zh→${t} beads`);
    request = { from: beads.reduce((a, b) => Math.min(a, b)), to: beads.reduce((a, b) => Math.max(a, b)) }; // no spread: a selection may span every row
  }
  w.setBusy(range ? `Re-aligning zh→${t} rows…` : 'Re-aligning the document…');
  try {
    const results = await Promise.all(targets.map((x) => api()['align:run']({ project: p, target: x, ...(request ? { range: request } : {}) }).then((r) => [x, r.alignment] as const)));
    if (session.current() !== p) return toast('The project changed while aligning; run it again', 'error');
    const changedTargets = results.filter(([x, a]) => !sameBeads(p.alignments[x], a)).map(([x]) => x);
    if (changedTargets.length === 0) {
      const beads = results.map(([x, a]) => `${a.beads.length} zh→${x}`).join(' and ');
      const refreshed = refreshScores(session, p, results);
      return toast(`Alignment unchanged: the aligner finds the same ${range ? `beads in the selected rows` : `${beads} beads`}${refreshed ? '; their confidence is updated' : ''}`);
    }
    // Say what will change before changing it (confirmed and hand-edited beads are kept by main).
    const change = changedRows(p, { ...p, alignments: { ...p.alignments, ...Object.fromEntries(results) } });
    const rowsChanged = describeChangedRows(change);
    const summary = results.map(([x, a]) => `zh→${x}: ${describeAlignmentChange(alignmentChange(p.alignments[x], a, p.targets[x]!))}`);
    const yes = await askConfirm({ title: `${range ? 'Re-align the selected rows' : 'Re-align the document'}?`, lines: [rowsChanged, ...summary, 'Undo reverts it in one step.'], confirm: 'Re-align', testId: 'realign-confirm' });
    if (!yes) return toast('Re-align cancelled: nothing changed');
    if (session.current() !== p) return toast('The project changed while asking; run it again', 'error');
    w.edit(range ? 're-align selection' : 're-align', (q) => ({ ...q, alignments: { ...q.alignments, ...Object.fromEntries(results) } }));
    const rowCount = `${change.changed.length} row${change.changed.length === 1 ? '' : 's'} changed`;
    toast(range ? `Re-aligned beads ${request!.from + 1}–${request!.to + 1} of zh→${t}: ${rowCount}` : `Re-aligned ${changedTargets.map((x) => `zh→${x}`).join(' and ')}: ${rowCount}`);
  } catch (err) {
    w.toastError(`Alignment failed: ${(err as Error).message}`);
  } finally {
    w.setBusy(null);
  }
}
