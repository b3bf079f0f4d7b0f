import type { Dispatch, SetStateAction } from 'react';
import type { CommandId } from '../../../core/commands';
import type { Lang, Project, TargetLang } from '../../../core/model';
import type { Row } from '../../../core/project/edit';
import { beadIndexOf, insertEmptyPartner, mergeWithNext, moveSentence, setBeadConfirmed, splitAtCursor } from '../../../core/project/edit';
import { api } from '../api';
import type { SentenceEditor } from '../editor/sentence-editor';
import { forgetDeepLKey, realignWithDeepL } from '../panels/deepl-align';
import { draftWithDeepL } from '../panels/deepl-draft';
import type { PlacedFinding } from '../state/findings';
import type { Session } from '../state/session';
import { realign } from './realign';
import { dismissPlaced, findingToResolve, splitOffFinding } from './resolve-finding';
import type { CursorState } from './use-cursor';
import type { ProjectFiles } from './use-project-files';
import type { ToastKind } from './use-toasts';

export type Overlay = 'help' | 'goto' | 'new' | 'checks' | 'export' | 'settings' | null;
export interface SearchState {
  open: boolean;
  query: string;
  index: number;
  /** Find and replace options (the bar's .* and Aa toggles) and the replacement text. */
  regex?: boolean;
  matchCase?: boolean;
  replace?: string;
}

/** What a command may read and change: the workbench as this render sees it. */
export interface CommandContext {
  session: Session;
  /** "Save changes?" before the window closes (use-replace-guard); true: it may close. */
  confirmClose?: (what: string) => Promise<boolean>;
  webMode: boolean;
  rows: Row[];
  columns: Lang[];
  available: Record<TargetLang, boolean>;
  visible: Record<TargetLang, boolean>;
  setVisible: Dispatch<SetStateAction<Record<TargetLang, boolean>>>;
  setWholeRows: Dispatch<SetStateAction<boolean>>;
  nav: CursorState;
  editor: SentenceEditor | null;
  placed: PlacedFinding[];
  currentProblem: string | null;
  goToProblem(p: PlacedFinding): void;
  runAllChecks(): void;
  setProblemsOpen: Dispatch<SetStateAction<boolean>>;
  setOverlay: Dispatch<SetStateAction<Overlay>>;
  setSearch: Dispatch<SetStateAction<SearchState>>;
  setExportPreset(format: null): void;
  files: ProjectFiles;
  /** An undoable edit with its failure shown as a toast; undefined when it failed. */
  edit(label: string, change: (p: Project) => Project, coalesceKey?: string, coalesceMs?: number): Project | undefined;
  setBusy(label: string | null): void;
  toast(text: string, kind?: ToastKind): void;
  toastError(text: string): void;
  /** The glossary panel (renderer/src/panels/glossary). */
  glossaryPanel: { toggle(): void; add(prefill: { zh?: string; en?: string; ru?: string }): void };
}

/** Run one command of the registry (core/commands) against the workbench: keys, buttons and menu. */
export function runCommand(id: CommandId, w: CommandContext): void {
  const { session, nav, toast } = w;
  const p = session.current();
  const t = nav.opTarget();
  const deepl = { project: () => session.current(), generation: session.generation, target: t, edit: w.edit, refresh: session.refresh, toast, setBusy: w.setBusy };
  switch (id) {
    case 'app.settings':
      w.setOverlay('settings');
      break;
    case 'glossary.toggle':
      w.glossaryPanel.toggle();
      break;
    case 'glossary.add':
      w.glossaryPanel.add(selectionPrefill(w.editor, nav.cursor?.lang ?? null));
      break;
    case 'file.save':
      void session.save().then((ok) => ok && toast('Saved'));
      break;
    case 'file.saveAs':
      void session.save(true).then((ok) => ok && toast('Saved'));
      break;
    case 'file.new':
      w.setOverlay('new');
      break;
    case 'file.open':
      // Web mode: the browser's file dialog (a project, TMX or XLIFF from this computer).
      if (w.webMode) void w.files.openUploaded();
      else void w.files.openPath();
      break;
    case 'file.openSample':
      void w.files.openSample('strategic-stability');
      break;
    case 'file.openJointSample':
      void w.files.openSample('joint-statement');
      break;
    case 'file.import':
      void w.files.importProject();
      break;
    case 'file.export':
      if (!p) break;
      w.setExportPreset(null);
      w.setOverlay((o) => (o === 'export' ? null : 'export'));
      break;
    case 'app.closeRequested':
      // The desktop window is closing with unsaved changes: "Save changes?" in the page.
      void (w.confirmClose ?? (async () => true))('close the window').then(async (ok) => {
        if (ok) await api()['app:closeWindow']({});
      });
      break;
    case 'app.saveAndClose':
      // The window is closing with unsaved changes and the user chose "Save".
      void session.save().then(async (ok) => {
        if (ok) await api()['app:closeWindow']({});
      });
      break;
    case 'edit.undo':
      if (!session.undo()) toast('Nothing to undo');
      break;
    case 'edit.redo':
      if (!session.redo()) toast('Nothing to redo');
      break;
    case 'edit.find':
      w.setSearch((s) => ({ ...s, open: true }));
      break;
    case 'edit.gotoParagraph':
      w.setOverlay('goto');
      break;
    case 'nav.nextRow':
      nav.moveRow(1);
      break;
    case 'nav.prevRow':
      nav.moveRow(-1);
      break;
    case 'nav.nextColumn':
    case 'nav.prevColumn':
      stepColumn(w, id === 'nav.nextColumn' ? 1 : -1);
      break;
    case 'qa.next':
    case 'qa.prev':
      stepProblem(w, id === 'qa.next' ? 1 : -1);
      break;
    case 'qa.run':
      w.runAllChecks();
      w.setProblemsOpen(true);
      toast('Checks run');
      break;
    case 'view.problems':
      w.setProblemsOpen((o) => !o);
      break;
    case 'qa.splitOff':
      splitOffFinding(findingToResolve(w), w);
      break;
    case 'qa.dismiss':
      dismissPlaced(findingToResolve(w), w);
      break;
    case 'qa.settings':
      if (p) w.setOverlay((o) => (o === 'checks' ? null : 'checks'));
      break;
    case 'align.merge':
      mergeRowWithNext(w);
      break;
    case 'align.split':
      splitAtTheCursor(w);
      break;
    case 'align.movePrev':
    case 'align.moveNext':
      moveCursorSentence(w, id === 'align.movePrev' ? 'prev' : 'next');
      break;
    case 'align.insertPartner':
      insertPartnerInRow(w);
      break;
    case 'align.confirm':
      toggleRowConfirmed(w);
      break;
    case 'align.realign':
      void realign(false, w);
      break;
    case 'align.realignSelection':
      void realign(true, w);
      break;
    case 'view.toggleEn':
    case 'view.toggleRu': {
      const lang = id === 'view.toggleEn' ? 'en' : 'ru';
      w.setVisible((v) => ({ ...v, [lang]: !v[lang] }));
      break;
    }
    case 'view.wholeRows':
      w.setWholeRows((on) => !on);
      break;
    case 'view.help':
      w.setOverlay((o) => (o === 'help' ? null : 'help'));
      break;
    case 'draft.deepl':
      void draftWithDeepL(deepl);
      break;
    case 'align.realignMt':
      void realignWithDeepL(deepl);
      break;
    case 'deepl.forgetKey':
      void forgetDeepLKey({ toast });
      break;
  }
}

/** The cursor's row, or a toast asking for one when there is no project or no row under the cursor. */
function rowOrAsk(w: CommandContext): Row | undefined {
  const row = w.nav.cursorRow >= 0 ? w.rows[w.nav.cursorRow] : undefined;
  if (!w.session.current() || !row) {
    w.toast('Click a sentence first');
    return undefined;
  }
  return row;
}

/** The bead of `target` the cursor's sentence is in (a source sentence's for zh), else the row's first. */
function beadOfCursor(w: CommandContext, row: Row, target: TargetLang): number | undefined {
  const p = w.session.current();
  const { cursor } = w.nav;
  if (!p || !cursor) return undefined;
  const alignment = p.alignments[target];
  if (!alignment) return undefined;
  if (cursor.sentenceId && (cursor.lang === 'zh' || cursor.lang === target)) {
    const b = beadIndexOf(alignment, cursor.lang === 'zh' ? 'src' : 'tgt', cursor.sentenceId);
    if (b >= 0) return b;
  }
  return row.targets[target]?.beads[0];
}

/** The cursor moves to the same row's next (or previous) column, round the visible ones. */
function stepColumn(w: CommandContext, step: 1 | -1): void {
  const { nav } = w;
  const { cursor, cursorRow } = nav;
  if (!cursor || cursorRow < 0) return;
  const i = w.columns.indexOf(cursor.lang) + step;
  const lang = w.columns[(i + w.columns.length) % w.columns.length]!;
  nav.go(cursorRow, lang, nav.firstSentenceIn(cursorRow, lang));
}

/** The next (or previous) problem after the current one, or after (before) the cursor's row when none is current; round the list. */
function stepProblem(w: CommandContext, step: 1 | -1): void {
  // Findings outside the grid (a note on source text set aside as noise) have no place to go to:
  // F8 wrapping onto them left the cursor where it was with a "Not in the grid" toast, twice a
  // round. They stay in the Problems list (a click there says what they are); F8 walks the rest.
  const inGrid = w.placed.filter((x) => x.row >= 0);
  const placed = inGrid.length > 0 ? inGrid : w.placed;
  const cursorRow = w.nav.cursorRow;
  if (placed.length === 0) return w.toast('No problems');
  const at = placed.findIndex((x) => x.key === w.currentProblem);
  const from = Math.max(0, cursorRow);
  let next: number;
  if (at >= 0) next = at + step;
  else if (step === 1) next = Math.max(0, placed.findIndex((x) => x.row >= from));
  // Shift+F8 with none at or before the cursor's row wraps to the last (it went to the first).
  else next = placed.findLastIndex((x) => x.row <= from);
  w.goToProblem(placed[(next + placed.length) % placed.length]!);
}

/** The cursor row's last bead of the target acted on is merged with the next bead. */
function mergeRowWithNext(w: CommandContext): void {
  const row = rowOrAsk(w);
  const t = w.nav.opTarget();
  if (!row || !t) return;
  const beads = row.targets[t]?.beads;
  if (!beads?.length) return w.toast(`This row has no zh→${t} bead`);
  w.edit('merge beads', (q) => mergeWithNext(q, t, beads[beads.length - 1]!));
}

/** The cursor's sentence is split in two where the cursor stands (the editor's offset when it holds that sentence). */
function splitAtTheCursor(w: CommandContext): void {
  const row = rowOrAsk(w);
  const t = w.nav.opTarget();
  const { cursor } = w.nav;
  if (!row || !t || !cursor?.sentenceId) return w.toast('Put the cursor inside a sentence to split there');
  const offset = w.editor?.target?.sentenceId === cursor.sentenceId ? w.editor.offset() : (cursor.offset ?? 0);
  const { lang, sentenceId } = cursor;
  w.edit('split', (q) => splitAtCursor(q, t, lang, sentenceId, offset));
}

/** The cursor's sentence moves to the previous (or next) bead. */
function moveCursorSentence(w: CommandContext, to: 'prev' | 'next'): void {
  const row = rowOrAsk(w);
  const t = w.nav.opTarget();
  if (!row || !t) return;
  const b = beadOfCursor(w, row, t);
  if (b === undefined) return w.toast(`This row has no zh→${t} bead`);
  const side = w.nav.cursor?.lang === 'zh' ? 'src' : 'tgt';
  w.edit('move sentence', (q) => moveSentence(q, t, b, side, to));
}

/** An empty target sentence is added to the cursor row's last bead, and the cursor goes into it. */
function insertPartnerInRow(w: CommandContext): void {
  const row = rowOrAsk(w);
  const t = w.nav.opTarget();
  if (!row || !t) return;
  const beads = row.targets[t]?.beads;
  if (!beads?.length) return w.toast(`This row has no zh→${t} bead`);
  let added: string | undefined;
  const after = w.edit('insert partner', (q) => {
    const r = insertEmptyPartner(q, t, beads[beads.length - 1]!);
    added = r.sentenceId;
    return r.project;
  });
  if (after && added) w.nav.setCursor({ lang: t, sentenceId: added, rowKey: row.key, offset: 0 });
}

/**
 * The cursor row's beads are confirmed in the cursor's target (every visible target from the
 * source column), and the cursor moves on; a row confirmed already is unconfirmed.
 */
function toggleRowConfirmed(w: CommandContext): void {
  const row = rowOrAsk(w);
  if (!row) return;
  const { cursor } = w.nav;
  const targets = cursor && cursor.lang !== 'zh' ? [cursor.lang] : (['en', 'ru'] as const).filter((x) => w.available[x] && w.visible[x]);
  const all = targets.every((x) => row.targets[x]?.confirmed);
  w.edit(all ? 'unconfirm' : 'confirm', (q) => {
    let r = q;
    for (const x of targets) for (const b of row.targets[x]?.beads ?? []) r = setBeadConfirmed(r, x, b, !all);
    return r;
  });
  if (!all) w.nav.moveRow(1);
}

/**
 * Add-term prefill: the Chinese selected in the source (page selection) and the rendering selected
 * in the target editor (Monaco keeps its own selection).
 */
function selectionPrefill(editor: SentenceEditor | null, lang: Lang | null): { zh?: string; en?: string; ru?: string } {
  const out: { zh?: string; en?: string; ru?: string } = {};
  const page = (typeof window !== 'undefined' ? window.getSelection()?.toString() : '')?.trim() ?? '';
  if (/\p{Script=Han}/u.test(page)) out.zh = page;
  const model = editor?.editor.getModel();
  const range = editor?.editor.getSelection();
  const picked = model && range && !range.isEmpty() ? model.getValueInRange(range).trim() : '';
  if (picked && lang === 'zh') out.zh = picked;
  else if (picked && (lang === 'en' || lang === 'ru')) out[lang] = picked;
  return out;
}
