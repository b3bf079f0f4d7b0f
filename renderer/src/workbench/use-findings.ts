import type { SentenceMaps } from './use-project-views';
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Lang, Project, TargetLang } from '../../../core/model';
import type { Finding } from '../../../core/qa/types';
import type { Row } from '../../../core/project/edit';
import { alignedTargets, beadIndexOf } from '../../../core/project/edit';
import { partitionDismissed } from '../../../core/qa/dismissals';
import { beadView } from '../../../core/qa/bead-view';
import { engine, setLiveStats } from '../state/engine';
import { liveFindings, placeFindings } from '../state/findings';
import type { PlacedFinding, RowLookup } from '../state/findings';
import type { Glossary } from '../state/glossary';
import { QaRunner } from '../state/qa-runner';
import { whenIdle } from '../util/idle';
import { api } from '../api';

/** The check the live per-bead run leaves to the worker (it needs pinyin-pro's readings). */
const NAMES_CHECK = 'names.spelling';

/** How long typing must pause before the whole-project checks (consistency…) run again. */
const FULL_CHECK_IDLE_MS = 1500;

/** Which findings a live re-check of one sentence's beads produced and which old ones it replaces. */
export interface LiveCheck {
  fresh: Finding[];
  replaced(f: Finding): boolean;
}

export interface Findings {
  /** Findings of the checks switched on, placed on the grid. */
  placed: PlacedFinding[];
  activeFindings: Finding[];
  /** True while an edit has not been checked by a whole-project run yet, a run asked for (F9) is under way, or the spelling findings are still to come. */
  stale: boolean;
  /** How many whole-project runs have drawn their findings: a run asked for has landed when this grows. */
  runsDrawn: number;
  findingsBySentence: Map<string, PlacedFinding[]>;
  sourceMarks: Map<string, PlacedFinding[]>;
  problemsByRow: Map<number, { errors: number; warnings: number }>;
  /** Findings per check id (the QA settings dialog). */
  counts: Map<string, number>;
  runAllChecks(): void;
  /** Re-check the beads of one sentence now (each keystroke). */
  checkLive(p: Project, lang: Lang, sentenceId: string): LiveCheck;
  /** Forget the findings (another project was opened). */
  clear(): void;
  /** The QA worker's client (the editor's live spelling asks it too). */
  runner: QaRunner;
  /** Resolves once `p` has been checked as a whole, or has changed since (New project's last stage waits for it). */
  whenChecked(p: Project): Promise<void>;
}

/** A performance mark, the first time only (the page's first project); `workerMs`: the run's time in the worker. */
function markOnce(name: string, workerMs: number): void {
  if (performance.getEntriesByName(name).length === 0) performance.mark(name, { detail: { workerMs } });
}

/**
 * QA in the page: the whole project in a worker when typing pauses (at once after an alignment,
 * glossary or settings change), the edited bead on each keystroke; findings placed on the rows.
 */
export function useFindings(project: Project | null, currentProject: () => Project | null, glossary: Glossary, rows: Row[], lookup: RowLookup, maps?: SentenceMaps): Findings {
  const [findings, setFindings] = useState<Finding[]>([]);
  const [stale, setStale] = useState(false);
  const [runsDrawn, setRunsDrawn] = useState(0);
  // Between the first paint and the run with the dictionaries loaded, the spelling findings are
  // still to come: the Problems panel says "checking…" (its count grew by itself seconds later).
  const [dictionariesLoading, setDictionariesLoading] = useState(false);
  const dictionariesLoaded = useRef(false);
  const qaRunner = useMemo(() => new QaRunner(), []);
  const checkedWaiters = useRef<Array<{ project: Project; resolve(): void }>>([]);
  const whenChecked = useCallback((p: Project) => new Promise<void>((resolve) => checkedWaiters.current.push({ project: p, resolve })), []);
  useEffect(() => qaRunner.setGlossary(glossary.termBase), [qaRunner, glossary.termBase]);
  const runAllChecks = useCallback(() => {
    const p = currentProject();
    if (!p) return;
    // "checking…" until this run (or one after it) has drawn its findings: F9 showed nothing at all.
    setStale(true);
    void qaRunner.run(p).then((result) => {
      // New project's progress waits for its project's checks (or for an edit that outdates them).
      const now = currentProject();
      checkedWaiters.current = checkedWaiters.current.filter((w) => {
        const settled = result?.project === w.project || now !== w.project;
        if (settled) w.resolve();
        return !settled;
      });
      // An edit overtook this run: its findings would point at old text. The next run is queued.
      if (!result) return;
      setLiveStats(result.stats);
      if (result.project !== currentProject()) return;
      // For bench/ui.bench.ts: the first findings, and the first run with the spelling (and names).
      markOnce('duizhao:findings-received', result.ms);
      if (dictionariesLoaded.current) markOnce('duizhao:all-findings-received', result.ms);
      // Thousands of findings redraw as a transition: scrolling and typing are not held up.
      startTransition(() => {
        setFindings(result.findings);
        setStale(false);
        setRunsDrawn((n) => n + 1);
        // In the same render as the findings it announces.
        if (dictionariesLoaded.current) setDictionariesLoading(false);
      });
    });
  }, [currentProject, qaRunner]);
  const englishVariant = project?.settings.englishVariant;
  useEffect(() => {
    if (!englishVariant) return;
    // Dictionaries (4 MB of text) are fetched once the page is idle after the first paint, and load
    // in the worker; then the project is checked again. The grid comes first. The request names the
    // versions the worker holds, so only a dictionary it lacks travels (a new project in the other
    // English variant brings that English alone; decision 0003, "Tenth round").
    let cancelled = false;
    dictionariesLoaded.current = false;
    setDictionariesLoading(true);
    const fetchDictionaries = async (held: string[]) => api()['spelling:dictionaries']({ english: englishVariant, teamFolder: currentProject()?.settings.glossaryFolder ?? null, held });
    const loadDictionaries = async () => {
      const data = await fetchDictionaries(await qaRunner.heldDictionaries());
      if (cancelled) return;
      // A version the worker dropped since it was asked: once more, with every file.
      if ((await qaRunner.setSpelling(data)).length > 0) await qaRunner.setSpelling(await fetchDictionaries([]));
      dictionariesLoaded.current = true;
      runAllChecks();
    };
    const load = () => {
      if (cancelled) return;
      loadDictionaries().catch((err: unknown) => {
        console.error('spelling unavailable', err);
        if (!cancelled) setDictionariesLoading(false);
      });
    };
    const cancelLoad = whenIdle(load, 1500, 300);
    return () => {
      cancelled = true;
      cancelLoad();
    };
  }, [qaRunner, englishVariant, runAllChecks, currentProject]);

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
    setStale(true);
    const timer = window.setTimeout(runAllChecks, structural ? 50 : FULL_CHECK_IDLE_MS);
    return () => window.clearTimeout(timer);
  }, [project, runAllChecks, glossary.termBase]);

  const checkLive = useCallback(
    (p: Project, lang: Lang, sentenceId: string): LiveCheck => {
      const beads: Array<[TargetLang, number]> = [];
      for (const t of alignedTargets(p)) {
        if (lang !== 'zh' && lang !== t) continue;
        const b = beadIndexOf(p.alignments[t]!, lang === 'zh' ? 'src' : 'tgt', sentenceId);
        if (b >= 0) beads.push([t, b]);
      }
      const fresh = liveFindings(beads.flatMap(([t, b]) => engine.checkBead(p, t, b, glossary.matcher)), sentenceId);
      // names.spelling needs the Han readings, which only the worker loads: its findings of the bead
      // stay until the worker's answer below replaces them (they would blink off at each keystroke).
      const replaced = (f: Finding) => f.lang !== null && f.bead !== null && f.check !== NAMES_CHECK && engine.beadCheckIds.has(f.check) && beads.some(([t, b]) => f.lang === t && f.bead === b);
      setFindings((old) => [...old.filter((f) => !replaced(f)), ...fresh]);
      if (!p.settings.disabledChecks.includes(NAMES_CHECK)) {
        const settings = { spellingIgnore: p.settings.spellingIgnore, spellAllCaps: p.settings.spellAllCaps };
        for (const [t, b] of beads) {
          const view = beadView(p, t, b);
          if (!view) continue;
          void qaRunner.names({ lang: t, index: b, source: view.source, target: view.target }, settings).then((found) => {
            // Not checked (no dictionaries yet), or typing went on: the next keystroke asks again.
            if (!found || currentProject() !== p) return;
            setFindings((old) => [...old.filter((f) => !(f.check === NAMES_CHECK && f.lang === t && f.bead === b)), ...found]);
          });
        }
      }
      return { fresh, replaced };
    },
    [glossary.matcher, qaRunner, currentProject],
  );

  // A check switched off in the project settings goes quiet at once; the re-run follows (above).
  // So does a dismissed finding (issue 17), and it stays hidden through later runs.
  const disabledChecks = project?.settings.disabledChecks;
  const dismissed = project?.settings.dismissed;
  const activeFindings = useMemo(() => {
    const off = new Set(disabledChecks);
    const on = off.size === 0 ? findings : findings.filter((f) => !off.has(f.check));
    const p = currentProject();
    return dismissed?.length && p ? partitionDismissed(p, on).shown : on;
  }, [findings, disabledChecks, dismissed, currentProject]);
  const placed = useMemo(() => placeFindings(activeFindings, rows, lookup, maps ? (lang, id) => maps[lang].get(id)?.text : undefined), [activeFindings, rows, lookup, maps]);
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
  const counts = useMemo(() => {
    const map = new Map<string, number>();
    for (const p of placed) map.set(p.finding.check, (map.get(p.finding.check) ?? 0) + 1);
    return map;
  }, [placed]);
  const clear = useCallback(() => setFindings([]), []);
  return { placed, activeFindings, stale: stale || dictionariesLoading, runsDrawn, findingsBySentence, sourceMarks, problemsByRow, counts, runAllChecks, checkLive, clear, runner: qaRunner, whenChecked };
}
