import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type React from 'react';
import type { Lang, Project, Sentence, TargetLang } from '../../core/model';
import type { Finding } from '../../core/qa/types';
import type { Row } from '../../core/project/edit';
import type { MenuCommand } from '../../core/contract/events';
import type { ExportFormatName, ExportOptionsInput } from '../../core/contract/export-types';
import { EXPORT_FORMATS } from '../../core/contract/export';
import {
  EditError,
  alignedTargets,
  beadIndexOf,
  buildRows,
  docOf,
  sameSentenceLayout,
  locateSentence,
  insertEmptyPartner,
  mergeWithNext,
  moveSentence,
  setBeadConfirmed,
  setSentenceText,
  splitAtCursor,
} from '../../core/project/edit';
import { api, isWebMode } from './api';
import { commandForKey } from './commands';
import type { CommandId } from '../../core/commands';
import { loadSentenceEditor } from './editor/editor-loader';
import type { SentenceEditor } from './editor/sentence-editor';
import { Grid } from './grid/grid';
import type { RowContext } from './grid/row-view';
import { AlignBar } from './panels/align-bar';
import { forgetDeepLKey, realignWithDeepL } from './panels/deepl-align';
import { draftWithDeepL } from './panels/deepl-draft';
import { ExportDialog } from './panels/export-dialog';
import { Header } from './panels/header';
import { NewProjectDialog } from './panels/new-project';
import type { NewProjectInput } from './panels/new-project';
import { HelpOverlay, Prompt, SearchBar, Toasts } from './panels/overlays';
import { ProblemsPanel } from './panels/problems';
import { QaSettingsDialog } from './panels/qa-settings';
import { StatusBar } from './panels/status-bar';
import type { Summary } from './panels/status-bar';
import { engine, setLiveStats } from './state/engine';
import { setCheckEnabled } from './state/check-settings';
import { markersForSentence, placeFindings, rowLookup } from './state/findings';
import type { PlacedFinding } from './state/findings';
import { useGlossary } from './state/glossary';
import { QaRunner } from './state/qa-runner';
import { useSession } from './state/session';
import { downloadBase64 } from './util/download';
import type { Highlight } from './util/highlight';
import { findMatches } from './util/search';

/** Where the translator is: a sentence (or an empty cell) in a row. */
interface Cursor {
  lang: Lang;
  sentenceId: string | null;
  /** Row key, for empty cells (no sentence to find the row by). */
  rowKey: string;
  offset?: number;
}

/** How long typing must pause before the whole-project checks (consistency…) run again. */
const FULL_CHECK_IDLE_MS = 1500;

function sentenceMap(doc: Project['source'] | undefined): Map<string, Sentence> {
  const map = new Map<string, Sentence>();
  doc?.paragraphs.forEach((p) => p.sentences.forEach((s) => map.set(s.id, s)));
  return map;
}


/**
 * While a dialog is open it owns the keyboard: grid commands (merge, confirm, split…) must not act
 * on rows hidden behind it. Save always works; undo/redo stay live in the QA checks dialog, where
 * Ctrl+Z undoes a switch.
 */
function blockedByDialog(id: CommandId): boolean {
  const dialog = document.querySelector('.modal');
  if (!dialog) return false;
  if (id === 'file.save') return false;
  return !(dialog.classList.contains('qa-settings') && (id === 'edit.undo' || id === 'edit.redo'));
}
/** The workbench: header, aligned grid, problems panel, status bar. */
export function App(): React.JSX.Element {
  const [toasts, setToasts] = useState<Array<{ id: number; text: string; kind: 'info' | 'warning' | 'error' }>>([]);
  const toast = useCallback((text: string, kind: 'info' | 'warning' | 'error' = 'info') => {
    const id = Date.now() + Math.random();
    setToasts((t) => [...t.slice(-3), { id, text, kind }]);
    // Warnings and errors stay long enough to be read (a warning may list several glossary terms).
    window.setTimeout(() => setToasts((t) => t.filter((x) => x.id !== id)), kind === 'info' ? 4000 : kind === 'warning' ? 12000 : 8000);
  }, []);
  const toastError = useCallback((m: string) => toast(m, 'error'), [toast]);

  const session = useSession(toastError);
  const project = session.project;
  const [sessionId, setSessionId] = useState(0);
  const [webMode] = useState(isWebMode);
  const [cursor, setCursor] = useState<Cursor | null>(null);
  const [selection, setSelection] = useState<{ anchor: number; to: number } | null>(null);
  const [visible, setVisible] = useState<Record<TargetLang, boolean>>({ en: true, ru: true });
  const [findings, setFindings] = useState<Finding[]>([]);
  const [checksStale, setChecksStale] = useState(false);
  const [currentProblem, setCurrentProblem] = useState<string | null>(null);
  const [problemsOpen, setProblemsOpen] = useState(true);
  const [search, setSearch] = useState<{ open: boolean; query: string; index: number }>({ open: false, query: '', index: 0 });
  const [overlay, setOverlay] = useState<'help' | 'goto' | 'new' | 'checks' | 'export' | null>(null);
  // The format a native File › Export entry opens the Export dialog on (null: the last one used).
  const [exportPreset, setExportPreset] = useState<ExportFormatName | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [scrollTo, setScrollTo] = useState<{ row: number; nonce: number } | null>(null);
  const [recent, setRecent] = useState<Array<{ path: string; name: string }>>([]);
  const [recovery, setRecovery] = useState<{ project: Project; path: string | null; savedAt: string } | null>(null);

  const glossary = useGlossary(project ? project.glossaryPaths : null, session.path, sessionId, toastError);

  // ---- derived views of the project -------------------------------------------------------
  const source = project?.source;
  const alignments = project?.alignments;
  const rowsCache = useRef<{ source: Project['source']; alignments: Project['alignments']; rows: Row[] } | null>(null);
  const rows = useMemo(() => {
    if (!project) return [];
    const cached = rowsCache.current;
    // Typing in the source changes texts, not which sentences exist: keep the rows.
    if (cached && cached.alignments === project.alignments && sameSentenceLayout(cached.source, project.source)) return cached.rows;
    const built = buildRows(project);
    rowsCache.current = { source: project.source, alignments: project.alignments, rows: built };
    return built;
  }, [source, alignments]); // eslint-disable-line react-hooks/exhaustive-deps
  const lookup = useMemo(() => rowLookup(rows), [rows]);
  const rowByKey = useMemo(() => new Map(rows.map((r, i) => [r.key, i])), [rows]);
  const zhMap = useMemo(() => sentenceMap(project?.source), [project?.source]);
  const enMap = useMemo(() => sentenceMap(project?.targets.en), [project?.targets.en]);
  const ruMap = useMemo(() => sentenceMap(project?.targets.ru), [project?.targets.ru]);
  const maps = useMemo(() => ({ zh: zhMap, en: enMap, ru: ruMap }), [zhMap, enMap, ruMap]);
  const available = useMemo(() => ({ en: !!project?.alignments.en, ru: !!project?.alignments.ru }), [project?.alignments]);
  const columns = useMemo<Lang[]>(() => ['zh', ...(['en', 'ru'] as const).filter((t) => available[t] && visible[t])], [available, visible]);

  // A check switched off in the project settings goes quiet at once; the re-run follows (see below).
  const disabledChecks = project?.settings.disabledChecks;
  const activeFindings = useMemo(() => {
    const off = new Set(disabledChecks);
    return off.size === 0 ? findings : findings.filter((f) => !off.has(f.check));
  }, [findings, disabledChecks]);
  const placed = useMemo(() => placeFindings(activeFindings, rows, lookup), [activeFindings, rows, lookup]);
  const findingsBySentence = useMemo(() => {
    const map = new Map<string, PlacedFinding[]>();
    for (const p of placed) {
      const key = `${p.lang}:${p.sentenceId ?? ''}:${p.sentenceId ? '' : p.row}`;
      map.set(key, [...(map.get(key) ?? []), p]);
    }
    return map;
  }, [placed]);
  const sourceMarks = useMemo(() => {
    const map = new Map<string, PlacedFinding[]>();
    for (const p of placed) if (p.sourceMark) map.set(p.sourceMark.sentenceId, [...(map.get(p.sourceMark.sentenceId) ?? []), p]);
    return map;
  }, [placed]);
  const problemsByRow = useMemo(() => {
    const map = new Map<number, { errors: number; warnings: number }>();
    for (const p of placed) {
      const c = map.get(p.row) ?? { errors: 0, warnings: 0 };
      if (p.finding.severity === 'error') c.errors++;
      else if (p.finding.severity === 'warning') c.warnings++;
      map.set(p.row, c);
    }
    return map;
  }, [placed]);

  const matches = useMemo(() => (search.open && search.query ? findMatches(rows, maps, columns, search.query) : []), [rows, maps, columns, search.open, search.query]);
  const currentMatch = matches[search.index] ?? null;

  const cursorRow = cursor ? (cursor.sentenceId ? (lookup[cursor.lang].get(cursor.sentenceId) ?? rowByKey.get(cursor.rowKey) ?? -1) : (rowByKey.get(cursor.rowKey) ?? -1)) : -1;

  // When the first rows of a project are drawn (a mark for bench/ui.bench.ts), start loading Monaco.
  const [editor, setEditor] = useState<SentenceEditor | null>(null);
  const hasRows = rows.length > 0;
  useEffect(() => {
    if (!hasRows) return;
    performance.mark('duizhao:rows-drawn');
    requestAnimationFrame(() => performance.mark('duizhao:rows-painted'));
    const timer = window.setTimeout(() => {
      loadSentenceEditor().then(setEditor, (err: Error) => toastError(`The editor did not load: ${err.message}`));
    }, 100);
    return () => window.clearTimeout(timer);
  }, [sessionId, hasRows, toastError]);

  // ---- the grid's drawing context ---------------------------------------------------------
  const activate = useCallback((row: number, lang: Lang, sentenceId: string | null, offset?: number) => {
    const key = rowsRef.current[row]?.key;
    if (key === undefined) return;
    setCursor(offset === undefined ? { lang, sentenceId, rowKey: key } : { lang, sentenceId, rowKey: key, offset });
    setSelection(null);
  }, []);
  const rowsRef = useRef(rows);
  rowsRef.current = rows;

  const ctx = useMemo<RowContext>(
    () => ({
      columns,
      sentence: (lang, id) => maps[lang].get(id),
      highlights: (lang, s) => {
        const out: Highlight[] = [];
        if (lang === 'zh') {
          for (const hit of glossary.sourceTerms(s.text)) out.push({ start: hit.span.start, end: hit.span.end, className: 'term', title: `${hit.text}\n${glossary.describe(hit.concept)}` });
        }
        if (lang === 'zh') {
          for (const p of sourceMarks.get(s.id) ?? []) out.push({ start: p.sourceMark!.start, end: p.sourceMark!.end, className: `qa qa-${p.finding.severity}`, title: p.finding.message });
        }
        for (const p of findingsBySentence.get(`${lang}:${s.id}:`) ?? []) {
          const whole = p.start === undefined;
          out.push({ start: p.start ?? 0, end: p.end ?? s.text.length, className: `qa qa-${p.finding.severity}${whole ? ' qa-whole' : ''}`, title: p.finding.message });
        }
        for (const m of matches) {
          if (m.lang === lang && m.sentenceId === s.id) out.push({ start: m.start, end: m.end, className: m === currentMatch ? 'search-hit search-current' : 'search-hit' });
        }
        return out;
      },
      activate,
      editor,
      selectRow: (row, extend) => {
        setSelection((sel) => (extend ? { anchor: sel?.anchor ?? (cursorRowRef.current >= 0 ? cursorRowRef.current : row), to: row } : { anchor: row, to: row }));
      },
    }),
    [columns, maps, glossary, findingsBySentence, sourceMarks, matches, currentMatch, activate, editor],
  );
  const cursorRowRef = useRef(cursorRow);
  cursorRowRef.current = cursorRow;

  // ---- opening projects -------------------------------------------------------------------
  const openSession = session.open;
  const saveProject = session.save;
  const applyEdit = session.apply;
  const openProject = useCallback(
    (p: Project, path: string | null, options: { dirty?: boolean } = {}) => {
      performance.mark('duizhao:project-received');
      openSession(p, path, options);
      setSessionId((n) => n + 1);
      setFindings([]);
      setCursor(null);
      setSelection(null);
      setCurrentProblem(null);
      setVisible({ en: true, ru: true });
    },
    [openSession],
  );

  const openSample = useCallback(async () => {
    setBusy('Opening the sample…');
    try {
      const opened = await api()['project:openSample']({});
      openProject(opened.project, opened.path);
    } catch (err) {
      toastError(`Could not open the sample: ${(err as Error).message}`);
    } finally {
      setBusy(null);
    }
  }, [openProject, toastError]);

  const openPath = useCallback(
    async (path?: string) => {
      try {
        const opened = await api()['project:open'](path ? { path } : {});
        if (opened) openProject(opened.project, opened.path);
        return opened !== null;
      } catch (err) {
        toastError(`Could not open ${path ?? 'the project'}: ${(err as Error).message}`);
        return false;
      }
    },
    [openProject, toastError],
  );

  // File › Import TMX/XLIFF… (desktop): main shows the dialog and reads the file.
  const importProject = useCallback(async () => {
    try {
      const opened = await api()['project:import']({});
      if (opened) openProject(opened.project, opened.path);
    } catch (err) {
      toastError(`Could not import: ${(err as Error).message}`);
    }
  }, [openProject, toastError]);

  const createProject = useCallback(
    async (input: NewProjectInput) => {
      setOverlay(null);
      setBusy('Importing and aligning…');
      try {
        const opened = await api()['project:new']({ ...input, glossaryPaths: [] });
        openProject(opened.project, opened.path);
      } catch (err) {
        toastError(`Could not create the project: ${(err as Error).message}`);
      } finally {
        setBusy(null);
      }
    },
    [openProject, toastError],
  );

  const loadRecent = useCallback(() => {
    api()['project:recent']({}).then((r) => setRecent(r.items), () => {});
  }, []);

  // First start: a crash-recovery copy wins, then the most recent project, then the sample.
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    performance.mark('duizhao:app-started');
    void (async () => {
      try {
        const [info, recovered, recentList] = await Promise.all([api()['app:info']({}), api()['project:recover']({}), api()['project:recent']({})]);
        setRecent(recentList.items);
        if (recovered) {
          setRecovery(recovered);
          return;
        }
        const last = recentList.items[0];
        if (!info.firstStart && last && (await openPath(last.path))) return;
        await openSample();
      } catch (err) {
        toastError(`Could not start: ${(err as Error).message}`);
      }
    })();
  }, [openPath, openSample, toastError]);

  // ---- QA: whole project when idle, one bead per keystroke -------------------------------
  const currentProject = session.current;
  const qaRunner = useMemo(() => new QaRunner(), []);
  useEffect(() => qaRunner.setGlossary(glossary.termBase), [qaRunner, glossary.termBase]);
  const runAllChecks = useCallback(() => {
    const p = currentProject();
    if (!p) return;
    void qaRunner.run(p).then((result) => {
      // An edit overtook this run: its findings would point at old text. The next run is queued.
      if (!result) return;
      setLiveStats(result.stats);
      if (result.project !== currentProject()) return;
      // Thousands of findings redraw as a transition: scrolling and typing are not held up.
      startTransition(() => {
        setFindings(result.findings);
        setChecksStale(false);
      });
    });
  }, [currentProject, qaRunner]);

  const alignmentsRef = useRef(project?.alignments);
  const settingsRef = useRef(project?.settings);
  const termBaseRef = useRef(glossary.termBase);
  useEffect(() => {
    if (!project) return;
    // Bead indexes change with alignment edits, findings with the glossary and the switched-off
    // checks: re-run everything soon. Text edits: when typing pauses (the edited bead is re-checked
    // live meanwhile).
    const structural = alignmentsRef.current !== project.alignments || settingsRef.current !== project.settings || termBaseRef.current !== glossary.termBase;
    termBaseRef.current = glossary.termBase;
    alignmentsRef.current = project.alignments;
    settingsRef.current = project.settings;
    setChecksStale(true);
    const timer = window.setTimeout(runAllChecks, structural ? 50 : FULL_CHECK_IDLE_MS);
    return () => window.clearTimeout(timer);
  }, [project, runAllChecks, glossary.termBase]);

  const checkLive = useCallback(
    (p: Project, lang: Lang, sentenceId: string) => {
      const beads: Array<[TargetLang, number]> = [];
      for (const t of alignedTargets(p)) {
        if (lang !== 'zh' && lang !== t) continue;
        const b = beadIndexOf(p.alignments[t]!, lang === 'zh' ? 'src' : 'tgt', sentenceId);
        if (b >= 0) beads.push([t, b]);
      }
      const fresh = beads.flatMap(([t, b]) => engine.checkBead(p, t, b, glossary.matcher));
      const replaced = (f: Finding) => f.lang !== null && f.bead !== null && engine.beadCheckIds.has(f.check) && beads.some(([t, b]) => f.lang === t && f.bead === b);
      setFindings((old) => [...old.filter((f) => !replaced(f)), ...fresh]);
      return { fresh, replaced };
    },
    [glossary.matcher],
  );
  // What a keystroke needs without waiting for React: the grid as last drawn.
  const drawnRef = useRef({ rows, lookup, placed });
  drawnRef.current = { rows, lookup, placed };

  // ---- the one Monaco editor follows the cursor -------------------------------------------
  const activeSentence = cursor?.sentenceId ? maps[cursor.lang].get(cursor.sentenceId) : undefined;
  useEffect(() => {
    if (!editor) return;
    editor.onText = (lang, id, text) => {
      try {
        // The grid and panels redraw as a transition: React yields to the browser, so the marker
        // below reaches the screen first even on a long document.
        let live: ReturnType<typeof checkLive> | undefined;
        startTransition(() => {
          const next = applyEdit('typing', (p) => setSentenceText(p, lang, id, text), `${lang}:${id}`);
          live = checkLive(next, lang, id);
        });
        const { fresh, replaced } = live!;
        // Markers straight away, in this keystroke's task: the panels and grid follow when React renders.
        const { rows: drawnRows, lookup: drawnLookup, placed: drawnPlaced } = drawnRef.current;
        const kept = drawnPlaced.filter((x) => !replaced(x.finding));
        editor.setMarkers(markersForSentence([...kept, ...placeFindings(fresh, drawnRows, drawnLookup)], lang, id, text.length));
      } catch (err) {
        toastError((err as Error).message);
      }
    };
    editor.onEnter = () => runRef.current('nav.nextRow');
  }, [editor, applyEdit, checkLive, toastError]);

  useEffect(() => {
    if (!editor || !cursor?.sentenceId || !activeSentence) return;
    editor.open({ lang: cursor.lang, sentenceId: cursor.sentenceId, text: activeSentence.text }, cursor.offset);
    editor.focus();
    // Only when the cursor moves (or the editor arrives); text changes are synced below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cursor, editor]);

  // After undo/redo the project's text differs from the editor's: bring the editor in line. Read the
  // latest project (not this render's): during fast typing a render can lag a keystroke behind, and
  // syncing to that would throw the keystroke away.
  useEffect(() => {
    const latest = currentProject();
    if (!editor || !activeSentence || !latest || editor.target?.sentenceId !== activeSentence.id) return;
    const doc = docOf(latest, editor.target.lang);
    const at = doc && locateSentence(doc, activeSentence.id);
    if (doc && at) editor.syncText(doc.paragraphs[at.para]!.sentences[at.index]!.text);
  }, [editor, activeSentence, currentProject]);

  const activeRow = cursorRow >= 0 ? rows[cursorRow] : undefined;
  const activeSourceText = useMemo(() => (activeRow ? activeRow.src.map((id) => zhMap.get(id)?.text ?? '').join('') : ''), [activeRow, zhMap]);
  useEffect(() => {
    if (!editor || !cursor?.sentenceId || !activeSentence) return;
    if (editor.target?.sentenceId !== cursor.sentenceId) return;
    editor.setMarkers(markersForSentence(placed, cursor.lang, cursor.sentenceId, activeSentence.text.length));
    if (cursor.lang === 'zh') {
      editor.setTerms(glossary.sourceTerms(activeSentence.text).map((h) => ({ start: h.span.start, end: h.span.end, hover: `**${h.text}**\n\n${glossary.describe(h.concept).replace(/\n/g, '  \n')}` })));
      editor.setCompletions([]);
    } else {
      editor.setTerms([]);
      editor.setCompletions(glossary.requiredFor(activeSourceText, cursor.lang));
    }
  }, [editor, cursor, activeSentence, placed, glossary, activeSourceText]);

  // ---- commands ------------------------------------------------------------------------------
  const opTarget = useCallback((): TargetLang | undefined => {
    if (cursor && cursor.lang !== 'zh' && available[cursor.lang]) return cursor.lang;
    return (['en', 'ru'] as const).find((t) => available[t] && visible[t]) ?? (['en', 'ru'] as const).find((t) => available[t]);
  }, [cursor, available, visible]);

  const go = useCallback(
    (row: number, lang: Lang, sentenceId: string | null, offset?: number) => {
      activate(row, lang, sentenceId, offset);
      setScrollTo((s) => ({ row, nonce: (s?.nonce ?? 0) + 1 }));
    },
    [activate],
  );

  const goToProblem = useCallback(
    (p: PlacedFinding) => {
      setCurrentProblem(p.key);
      if (!columns.includes(p.lang) && p.lang !== 'zh') setVisible((v) => ({ ...v, [p.lang]: true }));
      go(p.row, p.lang, p.sentenceId, p.start);
    },
    [columns, go],
  );

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

  const firstSentenceIn = (row: number, lang: Lang): string | null => {
    const r = rows[row];
    if (!r) return null;
    return (lang === 'zh' ? r.src[0] : r.targets[lang]?.sentences[0]) ?? null;
  };

  const moveRow = (step: 1 | -1) => {
    if (!cursor) return rows.length && go(0, 'zh', firstSentenceIn(0, 'zh'));
    const next = cursorRow + step;
    if (next < 0 || next >= rows.length) return;
    go(next, cursor.lang, firstSentenceIn(next, cursor.lang));
  };

  const realign = async (range: boolean) => {
    const p = session.current();
    const t = opTarget();
    if (!p || !t) return toast('Nothing to align: the project has no English or Russian text');
    const targets = range ? [t] : (['en', 'ru'] as const).filter((x) => p.targets[x]);
    let request: { from: number; to: number } | undefined;
    if (range) {
      const sel = selection ?? (cursorRow >= 0 ? { anchor: cursorRow, to: cursorRow } : null);
      if (!sel) return toast('Select rows first (Shift+click the row numbers)');
      const beads = rows.slice(Math.min(sel.anchor, sel.to), Math.max(sel.anchor, sel.to) + 1).flatMap((r) => r.targets[t]?.beads ?? []);
      if (beads.length === 0) return toast(`The selected rows have no zh→${t} beads`);
      request = { from: Math.min(...beads), to: Math.max(...beads) };
    }
    setBusy(range ? `Re-aligning zh→${t} rows…` : 'Re-aligning the document…');
    try {
      const results = await Promise.all(targets.map((x) => api()['align:run']({ project: p, target: x, ...(request ? { range: request } : {}) }).then((r) => [x, r.alignment] as const)));
      if (session.current() !== p) return toast('The project changed while aligning; run it again', 'error');
      edit(range ? 're-align selection' : 're-align', (q) => ({ ...q, alignments: { ...q.alignments, ...Object.fromEntries(results) } }));
      toast(range ? `Re-aligned beads ${request!.from + 1}–${request!.to + 1} of zh→${t}` : `Re-aligned ${targets.join(' and ')}`);
    } catch (err) {
      toastError(`Alignment failed: ${(err as Error).message}`);
    } finally {
      setBusy(null);
    }
  };

  const exportAs = async (format: ExportFormatName, options: ExportOptionsInput) => {
    const p = session.current();
    if (!p) return;
    setBusy(`Exporting ${format.toUpperCase()}…`);
    try {
      const result = await api()['export:run']({ project: p, format, options });
      if (!result) return;
      if (result.base64 !== null) downloadBase64(result.base64, result.fileName, result.mimeType);
      toast([result.path ? `Exported to ${result.path}` : `Exported ${result.fileName}`, ...result.warnings].join('. '));
    } catch (err) {
      toastError(`Export failed: ${(err as Error).message}`);
    } finally {
      setBusy(null);
    }
  };

  const run = (id: CommandId): void => {
    const p = session.current();
    const t = opTarget();
    const row = cursorRow >= 0 ? rows[cursorRow] : undefined;
    const needRow = (): boolean => {
      if (!p || !row) toast('Click a sentence first');
      return !!p && !!row;
    };
    const beadOfCursor = (target: TargetLang): number | undefined => {
      if (!p || !row || !cursor) return undefined;
      const alignment = p.alignments[target];
      if (!alignment) return undefined;
      if (cursor.sentenceId && (cursor.lang === 'zh' || cursor.lang === target)) {
        const b = beadIndexOf(alignment, cursor.lang === 'zh' ? 'src' : 'tgt', cursor.sentenceId);
        if (b >= 0) return b;
      }
      return row.targets[target]?.beads[0];
    };
    switch (id) {
      case 'file.save':
        void session.save().then((ok) => ok && toast('Saved'));
        break;
      case 'file.saveAs':
        void session.save(true).then((ok) => ok && toast('Saved'));
        break;
      case 'file.new':
        setOverlay('new');
        break;
      case 'file.open':
        if (webMode) {
          loadRecent();
          toast('Choose a project from Open ▾ (web mode lists the workspace)');
        } else void openPath();
        break;
      case 'file.export':
        if (!p) break;
        setExportPreset(null);
        setOverlay((o) => (o === 'export' ? null : 'export'));
        break;
      case 'edit.undo':
        if (!session.undo()) toast('Nothing to undo');
        break;
      case 'edit.redo':
        if (!session.redo()) toast('Nothing to redo');
        break;
      case 'edit.find':
        setSearch((s) => ({ ...s, open: true }));
        break;
      case 'edit.gotoParagraph':
        setOverlay('goto');
        break;
      case 'nav.nextRow':
        moveRow(1);
        break;
      case 'nav.prevRow':
        moveRow(-1);
        break;
      case 'nav.nextColumn':
      case 'nav.prevColumn': {
        if (!cursor || cursorRow < 0) break;
        const i = columns.indexOf(cursor.lang) + (id === 'nav.nextColumn' ? 1 : -1);
        const lang = columns[(i + columns.length) % columns.length]!;
        go(cursorRow, lang, firstSentenceIn(cursorRow, lang));
        break;
      }
      case 'qa.next':
      case 'qa.prev': {
        if (placed.length === 0) return toast('No problems');
        const at = placed.findIndex((x) => x.key === currentProblem);
        let next: number;
        if (at >= 0) next = at + (id === 'qa.next' ? 1 : -1);
        else if (id === 'qa.next') next = Math.max(0, placed.findIndex((x) => x.row >= Math.max(0, cursorRow)));
        else next = placed.length - 1 - [...placed].reverse().findIndex((x) => x.row <= Math.max(0, cursorRow));
        goToProblem(placed[(next + placed.length) % placed.length]!);
        break;
      }
      case 'qa.run':
        runAllChecks();
        setProblemsOpen(true);
        toast('Checks run');
        break;
      case 'view.problems':
        setProblemsOpen((o) => !o);
        break;
      case 'qa.settings':
        if (p) setOverlay((o) => (o === 'checks' ? null : 'checks'));
        break;
      case 'align.merge': {
        if (!needRow() || !t) break;
        const beads = row!.targets[t]?.beads;
        if (!beads?.length) return toast(`This row has no zh→${t} bead`);
        edit('merge beads', (q) => mergeWithNext(q, t, beads[beads.length - 1]!));
        break;
      }
      case 'align.split': {
        if (!needRow() || !t || !cursor?.sentenceId) return toast('Put the cursor inside a sentence to split there');
        const offset = editor?.target?.sentenceId === cursor.sentenceId ? editor.offset() : (cursor.offset ?? 0);
        const { lang, sentenceId } = cursor;
        edit('split', (q) => splitAtCursor(q, t, lang, sentenceId, offset));
        break;
      }
      case 'align.movePrev':
      case 'align.moveNext': {
        if (!needRow() || !t) break;
        const b = beadOfCursor(t);
        if (b === undefined) return toast(`This row has no zh→${t} bead`);
        const side = cursor?.lang === 'zh' ? 'src' : 'tgt';
        edit('move sentence', (q) => moveSentence(q, t, b, side, id === 'align.movePrev' ? 'prev' : 'next'));
        break;
      }
      case 'align.insertPartner': {
        if (!needRow() || !t) break;
        const beads = row!.targets[t]?.beads;
        if (!beads?.length) return toast(`This row has no zh→${t} bead`);
        let added: string | undefined;
        const after = edit('insert partner', (q) => {
          const r = insertEmptyPartner(q, t, beads[beads.length - 1]!);
          added = r.sentenceId;
          return r.project;
        });
        if (after && added) setCursor({ lang: t, sentenceId: added, rowKey: row!.key, offset: 0 });
        break;
      }
      case 'align.confirm': {
        if (!needRow()) break;
        const targets = cursor && cursor.lang !== 'zh' ? [cursor.lang] : (['en', 'ru'] as const).filter((x) => available[x] && visible[x]);
        const all = targets.every((x) => row!.targets[x]?.confirmed);
        edit(all ? 'unconfirm' : 'confirm', (q) => {
          let r = q;
          for (const x of targets) for (const b of row!.targets[x]?.beads ?? []) r = setBeadConfirmed(r, x, b, !all);
          return r;
        });
        if (!all) moveRow(1);
        break;
      }
      case 'align.realign':
        void realign(false);
        break;
      case 'align.realignSelection':
        void realign(true);
        break;
      case 'view.toggleEn':
      case 'view.toggleRu': {
        const lang = id === 'view.toggleEn' ? 'en' : 'ru';
        setVisible((v) => ({ ...v, [lang]: !v[lang] }));
        break;
      }
      case 'view.help':
        setOverlay((o) => (o === 'help' ? null : 'help'));
        break;
      case 'draft.deepl':
        void draftWithDeepL({ project: () => session.current(), generation: session.generation, target: opTarget(), edit, toast, setBusy });
        break;
      case 'align.realignMt':
        void realignWithDeepL({ project: () => session.current(), generation: session.generation, target: opTarget(), edit, toast, setBusy });
        break;
      case 'deepl.forgetKey':
        void forgetDeepLKey({ toast });
        break;
      case 'file.openSample':
        void openSample();
        break;
      case 'file.import':
        void importProject();
        break;
      case 'app.saveAndClose':
        void saveProject().then(async (ok) => {
          if (ok) await api()['app:closeWindow']({});
        });
        break;
    }
  };
  const runRef = useRef(run);
  runRef.current = run;

  // One key handler for the whole page, in the capture phase so it also sees keys typed in Monaco.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOverlay(null);
        setSearch((s) => ({ ...s, open: false }));
        return;
      }
      // Plain Enter belongs to Monaco (suggestions, next row) and to form fields.
      if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey && !e.altKey) return;
      const id = commandForKey(e);
      if (!id || blockedByDialog(id)) return;
      // Checkboxes (QA settings) are not fields: Ctrl+Z there undoes the switch.
      const inField = (e.target instanceof HTMLInputElement && e.target.type !== 'checkbox') || (e.target instanceof HTMLTextAreaElement && !(e.target as HTMLElement).closest('.monaco-editor'));
      if (inField && !id.startsWith('file.') && id !== 'edit.find') return;
      e.preventDefault();
      e.stopPropagation();
      runRef.current(id);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  // Native menu commands (desktop): subscribe once, act with this render's state through a ref.
  const onMenu = (command: MenuCommand, arg?: string): void => {
    if (command === 'file.export' && arg) {
      const format = EXPORT_FORMATS.find((f) => f === arg);
      if (!session.current() || !format) return;
      setExportPreset(format);
      setOverlay('export');
    } else if (command === 'file.open' && arg) void openPath(arg);
    else if (!blockedByDialog(command)) runRef.current(command);
  };
  const menuRef = useRef(onMenu);
  menuRef.current = onMenu;
  useEffect(() => api().onMenuCommand((command, arg) => menuRef.current(command, arg)), []);

  useEffect(() => {
    document.title = project ? `${session.dirty ? '● ' : ''}${project.name} — Duizhao` : 'Duizhao';
  }, [project, session.dirty]);

  // Walking search matches moves the cursor there.
  useEffect(() => {
    if (currentMatch) setScrollTo((s) => ({ row: currentMatch.row, nonce: (s?.nonce ?? 0) + 1 }));
  }, [currentMatch]);

  // ---- summary ----------------------------------------------------------------------------------
  const summary = useMemo<Summary>(() => {
    const s: Summary = { rows: rows.length, targets: {}, errors: 0, warnings: 0, glossary: 0 };
    if (project) {
      for (const t of alignedTargets(project)) {
        const beads = project.alignments[t]!.beads.filter((b) => b.src.length > 0);
        const map = maps[t];
        const translated = beads.filter((b) => b.tgt.some((id) => (map.get(id)?.text.trim() ?? '') !== '')).length;
        const confirmed = beads.filter((b) => b.confirmed).length;
        s.targets[t] = { translated: beads.length ? translated / beads.length : 0, confirmed: beads.length ? confirmed / beads.length : 0 };
      }
    }
    for (const f of activeFindings) {
      if (f.severity === 'error') s.errors++;
      else if (f.severity === 'warning') s.warnings++;
      if (f.check.startsWith('glossary.')) s.glossary++;
    }
    return s;
  }, [rows.length, project, maps, activeFindings]);

  const findingCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const p of placed) counts.set(p.finding.check, (counts.get(p.finding.check) ?? 0) + 1);
    return counts;
  }, [placed]);

  const columnStats = useMemo(() => {
    const out: Partial<Record<TargetLang, string>> = {};
    for (const t of ['en', 'ru'] as const) {
      const s = summary.targets[t];
      if (s) out[t] = `${Math.round(s.translated * 100)} % translated`;
    }
    return out;
  }, [summary]);

  const lastParagraph = (rows[rows.length - 1]?.para ?? -1) + 1;
  const gotoParagraph = (value: string) => {
    setOverlay(null);
    const n = Number.parseInt(value, 10);
    if (!Number.isFinite(n) || n < 1) return toast('Type a paragraph number');
    const row = rows.findIndex((r) => r.para >= n - 1);
    // Trailing noise paragraphs (web junk) have no rows: name the last paragraph that does.
    if (row < 0) return toast(`Paragraph ${n} is not in the grid; the last aligned paragraph is ${lastParagraph}`);
    go(row, 'zh', firstSentenceIn(row, 'zh'));
  };

  const position = cursor && cursorRow >= 0 ? `row ${cursorRow + 1} · ¶ ${(rows[cursorRow]?.para ?? 0) + 1} · ${cursor.lang}` : 'no selection';
  const t = opTarget();

  return (
    <div className="app">
      <Header
        name={project?.name ?? 'Duizhao'}
        dirty={session.dirty}
        path={session.path}
        busy={busy}
        visible={visible}
        available={available}
        run={(id) => runRef.current(id)}
        openSample={() => void openSample()}
        recent={recent}
        openRecent={(path) => void openPath(path)}
        loadRecent={loadRecent}
        undoLabel={session.undoLabel}
        redoLabel={session.redoLabel}
      />
      <AlignBar
        run={(id) => runRef.current(id)}
        target={t}
        busy={busy !== null}
        selection={selection ? `rows ${Math.min(selection.anchor, selection.to) + 1}–${Math.max(selection.anchor, selection.to) + 1} selected` : null}
      />
      {recovery && (
        <div className="banner" role="alert">
          Unsaved work from {new Date(recovery.savedAt).toLocaleString()} was recovered{recovery.path ? ` (${recovery.path})` : ''}.
          <button type="button" className="tool" onClick={() => { openProject(recovery.project, recovery.path, { dirty: true }); setRecovery(null); }}>Restore it</button>
          <button type="button" className="tool" onClick={() => { void api()['project:discardRecovery']({}); setRecovery(null); void openSample(); }}>Discard</button>
        </div>
      )}
      {search.open && (
        <SearchBar
          query={search.query}
          setQuery={(query) => setSearch({ open: true, query, index: 0 })}
          count={matches.length}
          current={search.index}
          next={(step) => setSearch((s) => ({ ...s, index: matches.length ? (s.index + step + matches.length) % matches.length : 0 }))}
          close={() => setSearch((s) => ({ ...s, open: false }))}
        />
      )}
      <main className="workspace">
        {project ? (
          <Grid
            rows={rows}
            ctx={ctx}
            active={cursor && cursorRow >= 0 ? { row: cursorRow, lang: cursor.lang, sentenceId: cursor.sentenceId } : null}
            selection={selection ? { from: Math.min(selection.anchor, selection.to), to: Math.max(selection.anchor, selection.to) } : null}
            problemsByRow={problemsByRow}
            scrollTo={scrollTo}
            columnStats={columnStats}
          />
        ) : (
          <div className="empty-state">{busy ?? (recovery ? 'Restore the recovered work, or discard it, above.' : 'Opening…')}</div>
        )}
        {problemsOpen && project && (
          <ProblemsPanel problems={placed} current={currentProblem} go={goToProblem} close={() => setProblemsOpen(false)} stale={checksStale} />
        )}
      </main>
      <StatusBar
        summary={summary}
        position={position}
        alignment={t ? `alignment edits: zh→${t}` : 'not aligned'}
        lastSaved={session.lastSaved}
        lastAutosave={session.lastAutosave}
        webMode={webMode}
      />
      {overlay === 'help' && <HelpOverlay close={() => setOverlay(null)} />}
      {overlay === 'new' && <NewProjectDialog webMode={webMode} create={(input) => void createProject(input)} close={() => setOverlay(null)} />}
      {overlay === 'checks' && project && (
        <QaSettingsDialog
          disabled={project.settings.disabledChecks}
          counts={findingCounts}
          setEnabled={(id, on) => edit(`${on ? 'switch on' : 'switch off'} ${id}`, (q) => setCheckEnabled(q, id, on))}
          close={() => setOverlay(null)}
        />
      )}
      {overlay === 'export' && project && <ExportDialog project={project} preset={exportPreset} run={(f, options) => void exportAs(f, options)} close={() => setOverlay(null)} />}
      {overlay === 'goto' && <Prompt label={`Go to paragraph (1–${lastParagraph})`} onSubmit={gotoParagraph} close={() => setOverlay(null)} />}
      <Toasts toasts={toasts} />
    </div>
  );
}
