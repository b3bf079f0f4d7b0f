import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CommandId } from '../../../core/commands';
import type { ExportFormatName } from '../../../core/contract/export-types';
import type { Project, TargetLang } from '../../../core/model';
import { EditError } from '../../../core/project/edit';
import { isWebMode } from '../api';
import type { PlacedFinding } from '../state/findings';
import { useGlossary } from '../state/glossary';
import { useGlossaryPanel } from '../panels/glossary/use-glossary-panel';
import { useSession } from '../state/session';
import { findMatches } from '../util/search';
import { runCommand } from './run-command';
import type { CommandContext, Overlay, SearchState } from './run-command';
import { useCommandInput } from './use-command-input';
import { useCursor } from './use-cursor';
import { useEditorBinding } from './use-editor-binding';
import { useFindings } from './use-findings';
import { useSpelling } from './use-spelling';
import { useGridContext } from './use-grid-context';
import { useProjectFiles } from './use-project-files';
import { useNewProject } from './use-new-project';
import { useDraftJudgement } from './use-draft-judgement';
import { problemResolve } from './resolve-finding';
import { useProblemsLayout } from './use-problems-layout';
import { useProjectViews } from './use-project-views';
import { useReplace } from './use-replace';
import { useReplaceGuard, useUnsavedUnloadGuard } from './use-replace-guard';
import { useStartup } from './use-startup';
import { useSummary } from './use-summary';
import { useToasts } from './use-toasts';

/**
 * The workbench's state and behaviour, composed from one hook per job (toasts, project files,
 * start-up, derived views, cursor, findings, editor, commands, keys and menu). App only lays it out.
 */
export function useWorkbench() {
  const { toasts, toast, toastError } = useToasts();
  const session = useSession(toastError);
  const project = session.project;
  const [sessionId, setSessionId] = useState(0);
  const [webMode] = useState(isWebMode);
  const [visible, setVisible] = useState<Record<TargetLang, boolean>>({ en: true, ru: true });
  // Short windows cut rows to three lines; Alt+Z shows every row whole (the keyboard's "more").
  const [wholeRows, setWholeRows] = useState(false);
  const [currentProblem, setCurrentProblem] = useState<string | null>(null);
  const [problemsOpen, setProblemsOpen] = useState(true);
  const [search, setSearch] = useState<SearchState>({ open: false, query: '', index: 0 });
  const [overlay, setOverlay] = useState<Overlay>(null);
  // The format a native File › Export entry opens the Export dialog on (null: the last one used).
  const [exportPreset, setExportPreset] = useState<ExportFormatName | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const problemsLayout = useProblemsLayout();

  const glossary = useGlossary(project ? project.glossaryPaths : null, session.path, sessionId, toastError, project?.settings.glossaryFolder ?? null);
  const views = useProjectViews(project, visible);
  const nav = useCursor(views, visible);
  const glossaryPanel = useGlossaryPanel(glossary, project, nav.cursorRow >= 0 ? (views.rows[nav.cursorRow]?.src ?? []) : [], toast, toastError);
  const findings = useFindings(project, session.current, glossary, views.rows, views.lookup, views.maps);
  const { summary, columnStats } = useSummary(views.rows.length, project, findings.activeFindings);

  const { reset: resetCursor } = nav;
  const { clear: clearFindings } = findings;
  const replaceGuard = useReplaceGuard(session);
  const files = useProjectFiles(
    session,
    setBusy,
    toastError,
    () => {
      setSessionId((n) => n + 1);
      clearFindings();
      resetCursor();
      setCurrentProblem(null);
      setVisible({ en: true, ru: true });
    },
    replaceGuard.confirmReplace,
  );
  const { openProject } = files;
  // An opened project whose draft is another document says so (New project has asked already).
  const judgement = useDraftJudgement(sessionId, session.current);
  const { alreadyJudged } = judgement;
  const newProject = useNewProject(
    useCallback((p: Project) => {
      alreadyJudged(p);
      openProject(p, null);
    }, [openProject, alreadyJudged]),
    replaceGuard.confirmReplace,
    toastError,
    useCallback(() => setOverlay('new'), []),
    findings.whenChecked,
  );
  // New project's stages show as the busy line with their percentage (and the header's bar fills).
  const busyNow = newProject.progress ? `${newProject.progress.label}… ${newProject.progress.percent} %` : busy;
  useUnsavedUnloadGuard(webMode, session.dirty);
  const { recovery, setRecovery } = useStartup(files, toastError);

  const matches = useMemo(() => (search.open && search.query ? findMatches(views.rows, views.maps, views.columns, search.query, { regex: search.regex, matchCase: search.matchCase }) : []), [views.rows, views.maps, views.columns, search.open, search.query, search.regex, search.matchCase]);
  const currentMatch = matches[search.index] ?? null;
  // Walking search matches scrolls to each (the keys stay in the search field); closing the search
  // puts the cursor on the match shown, so the next edit or Ctrl+Enter acts there, not on the row
  // the cursor was on before searching (perhaps far away).
  const { scrollToRow } = nav;
  useEffect(() => {
    if (currentMatch) scrollToRow(currentMatch.row, 'center');
  }, [currentMatch, scrollToRow]);

  const { go } = nav;
  const closeSearch = (): void => {
    setSearch((s) => ({ ...s, open: false }));
    if (currentMatch) go(currentMatch.row, currentMatch.lang, currentMatch.sentenceId, currentMatch.start, 'center');
  };
  const goToProblem = useCallback(
    (p: PlacedFinding) => {
      setCurrentProblem(p.key);
      if (p.row < 0) return toast(`Not in the grid (text set aside as noise, e.g. a repeated paragraph): ${p.finding.message}`);
      if (!views.columns.includes(p.lang) && p.lang !== 'zh') setVisible((v) => ({ ...v, [p.lang]: true }));
      // Centred: a finding at the bottom edge was hard to see (issue 10).
      go(p.row, p.lang, p.sentenceId, p.start, 'center');
    },
    [views.columns, go, toast],
  );

  const currentProject = session.current;
  const applyEdit = session.apply;
  const edit = useCallback(
    (label: string, change: (p: Project) => Project, coalesceKey?: string, coalesceMs?: number) => {
      try {
        const before = currentProject();
        const after = applyEdit(label, change, coalesceKey, coalesceMs);
        if (after === before) toast(`Nothing to ${label} here`);
        return after;
      } catch (err) {
        if (err instanceof EditError) toast(err.message, 'error');
        else toastError((err as Error).message);
        return undefined;
      }
    },
    [currentProject, applyEdit, toast, toastError],
  );

  const replace = useReplace(search, matches, views.columns, edit, toast);

  // Commands run with this render's state; the editor's Enter, keys and menu reach them through refs.
  const run = (id: CommandId): void => runCommand(id, context);
  const editor = useEditorBinding({ sessionId, session, rows: views.rows, lookup: views.lookup, maps: views.maps, placed: findings.placed, cursor: nav.cursor, cursorRow: nav.cursorRow, glossary, checkLive: findings.checkLive, onEnter: () => run('nav.nextRow'), toastError });
  useSpelling({ editor, runner: findings.runner, currentProject, edit, rows: views.rows, lookup: views.lookup, maps: views.maps, runAllChecks: findings.runAllChecks, toast, toastError, teamFolder: project?.settings.glossaryFolder ?? null, dictionaryVersion: glossary.dictionaryVersion });
  const context: CommandContext = { session, confirmClose: replaceGuard.confirmReplace, webMode, rows: views.rows, columns: views.columns, available: views.available, visible, setVisible, setWholeRows, nav, editor, placed: findings.placed, currentProblem, goToProblem, runAllChecks: findings.runAllChecks, setProblemsOpen, setOverlay, setSearch, setExportPreset, files, edit, setBusy, toast, toastError, glossaryPanel };
  const resolve = problemResolve(context, project?.settings.dismissed ?? []);
  useCommandInput({
    run,
    escape: () => {
      setOverlay(null);
      // Esc in the search bar closes it at the match shown (this handler runs before the field's own).
      if (search.open && document.activeElement?.closest('.search-bar')) closeSearch();
      else setSearch((s) => ({ ...s, open: false }));
    },
    exportWith: (format) => {
      if (!session.current()) return;
      setExportPreset(format);
      setOverlay('export');
    },
    openPath: (path) => void files.openPath(path),
  });
  const ctx = useGridContext(views, glossary, findings, matches, currentMatch, nav, editor);

  const lastParagraph = (views.rows[views.rows.length - 1]?.para ?? -1) + 1;
  const gotoParagraph = (value: string): void => {
    setOverlay(null);
    const n = Number.parseInt(value, 10);
    if (!Number.isFinite(n) || n < 1) return toast('Type a paragraph number');
    const row = views.rows.findIndex((r) => r.para >= n - 1);
    // Trailing noise paragraphs (web junk) have no rows: name the last paragraph that does.
    if (row < 0) return toast(`Paragraph ${n} is not in the grid; the last aligned paragraph is ${lastParagraph}`);
    // The paragraph in the column the translator works in: going there must not put the next
    // keystrokes into the Chinese source.
    const lang = nav.workingColumn();
    go(row, lang, nav.firstSentenceIn(row, lang));
  };

  useEffect(() => {
    document.title = project ? `${session.dirty ? '● ' : ''}${project.name} — Duizhao` : 'Duizhao';
  }, [project, session.dirty]);

  return { resolve, glossary, glossaryPanel, replace, replaceGuard, problemsLayout, session, project, webMode, views, nav, visible, wholeRows, findings, summary, columnStats, files, recovery, setRecovery, search, setSearch, closeSearch, matches, overlay, setOverlay, exportPreset, busy: busyNow, setBusy, newProject, judgement, problemsOpen, setProblemsOpen, currentProblem, goToProblem, edit, run, ctx, lastParagraph, gotoParagraph, toasts, toast, toastError };
}

export type Workbench = ReturnType<typeof useWorkbench>;
