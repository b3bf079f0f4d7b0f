import { useMemo, useRef } from 'react';
import type { Lang, Project, Sentence, TargetLang } from '../../../core/model';
import type { Row } from '../../../core/project/edit';
import { buildRows, sameSentenceLayout } from '../../../core/project/edit';
import { rowLookup } from '../state/findings';
import type { RowLookup } from '../state/findings';

export type SentenceMaps = Record<Lang, Map<string, Sentence>>;

export interface ProjectViews {
  rows: Row[];
  lookup: RowLookup;
  rowByKey: Map<string, number>;
  maps: SentenceMaps;
  available: Record<TargetLang, boolean>;
  /** The grid's columns: zh and the visible aligned targets. */
  columns: Lang[];
}

function sentenceMap(doc: Project['source'] | undefined): Map<string, Sentence> {
  const map = new Map<string, Sentence>();
  doc?.paragraphs.forEach((p) => p.sentences.forEach((s) => map.set(s.id, s)));
  return map;
}

/** The derived views of the project the grid and commands read: rows, lookups, columns. */
export function useProjectViews(project: Project | null, visible: Record<TargetLang, boolean>): ProjectViews {
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
  return { rows, lookup, rowByKey, maps, available, columns };
}
