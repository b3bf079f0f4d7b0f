import { matchingTargetSentence } from './matching-sentence';
import type { Lang } from '../../../core/model';
import type { Row } from '../../../core/project/edit';
import type { Finding } from '../../../core/qa/types';
import { isTrailingEdgeSpace } from '../../../core/qa/checks/spacing-edge-space';

/** A finding placed in the grid: which row, which cell, which characters. */
export interface PlacedFinding {
  finding: Finding;
  /** Unique in a result set and the same in the next one while the finding stands: React keys and "current problem". */
  key: string;
  /** Grid row, or -1 for a finding about text not in the grid (a paragraph set aside as noise). */
  row: number;
  lang: Lang;
  /** The sentence it points at, or null when the cell is empty (an omission). */
  sentenceId: string | null;
  start?: number;
  end?: number;
  /** The source text the finding points at, when it is shown in a target cell. */
  sourceMark?: { sentenceId: string; start: number; end: number };
}

/**
 * A finding about something the translation lacks (a glossary term, a number, a source sentence):
 * it has a place in the source (marked there) and none in the target sentence. Marking the whole
 * target sentence for it drowned the text a reviewer reads; the sentence gets a flag at its edge.
 */
export function absentFromTarget(p: PlacedFinding): boolean {
  return p.lang !== 'zh' && p.sentenceId !== null && p.start === undefined && p.sourceMark !== undefined;
}

/** Sentence id → row index, for one language. */
export type RowLookup = Record<Lang, Map<string, number>>;

/** Which row each sentence is shown in. */
export function rowLookup(rows: readonly Row[]): RowLookup {
  const lookup: RowLookup = { zh: new Map(), en: new Map(), ru: new Map() };
  rows.forEach((row, i) => {
    for (const id of row.src) lookup.zh.set(id, i);
    for (const t of ['en', 'ru'] as const) for (const id of row.targets[t]?.sentences ?? []) lookup[t].set(id, i);
  });
  return lookup;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * Place findings in the grid, in reading order (row, then zh/en/ru), errors first within a cell:
 * the order F8 walks. A finding that points at text goes to that text; one about a whole side goes
 * to its first sentence; an omission (empty target) goes to the target cell of its row.
 */
export function placeFindings(findings: readonly Finding[], rows: readonly Row[], lookup: RowLookup, textOf?: (lang: Lang, id: string) => string | undefined): PlacedFinding[] {
  const placed: PlacedFinding[] = [];
  // bead → row per target, built once: thousands of findings on a long document must not each scan the rows.
  const beadRow = { en: new Map<number, number>(), ru: new Map<number, number>() };
  rows.forEach((row, i) => {
    for (const t of ['en', 'ru'] as const) for (const b of row.targets[t]?.beads ?? []) beadRow[t].set(b, i);
  });
  // A finding's key must outlive the next result set (the spelling run seconds after opening, a live
  // re-check appending its bead's findings): F8 finds the current problem by it. Its index in the
  // list shifted with every finding added before it, so F8 lost its place and stayed put.
  const seen = new Map<string, number>();
  findings.forEach((finding) => {
    const target = finding.target;
    const source = finding.source;
    let lang: Lang;
    let sentenceId: string | null = null;
    let range: { start: number; end: number } | undefined;
    // The fix goes in the translation, so a finding about a target is shown there first.
    if (finding.lang && target?.range) [lang, sentenceId, range] = [finding.lang, target.range.sentence, target.range];
    else if (finding.lang && target && target.sentences.length > 0) {
      // An n:m bead: the target sentence at the same relative place as the source spot.
      const at = source && textOf ? matchingTargetSentence(source, target.sentences, (id) => textOf(finding.lang!, id) ?? textOf('zh', id)) : undefined;
      [lang, sentenceId] = [finding.lang, at ?? target.sentences[0]!];
    }
    else if (source?.range) [lang, sentenceId, range] = ['zh', source.range.sentence, source.range];
    else if (finding.lang && (target === null || target.sentences.length === 0)) [lang] = [finding.lang];
    else if (source && source.sentences.length > 0) [lang, sentenceId] = ['zh', source.sentences[0]!];
    else return;
    let row = sentenceId ? (lookup[lang].get(sentenceId) ?? -1) : -1;
    if (row < 0 && finding.lang && finding.bead !== null) row = beadRow[finding.lang].get(finding.bead) ?? -1;
    if (row < 0 && source?.sentences[0]) row = lookup.zh.get(source.sentences[0]) ?? -1;
    // Not in the grid (e.g. a repeated paragraph set aside as noise): still listed, as row -1, so
    // every finding the status bar counts is in the Problems panel.
    const place = `${finding.check}:${finding.lang}:${finding.bead}:${sentenceId}:${range?.start ?? ''}`;
    const nth = seen.get(place) ?? 0;
    seen.set(place, nth + 1);
    const p: PlacedFinding = { finding, key: `${place}:${nth}`, row, lang, sentenceId };
    if (range) [p.start, p.end] = [range.start, range.end];
    // What it points at in the source too (the term a translation lacks), unless shown there already.
    if (source?.range && lang !== 'zh') p.sourceMark = { sentenceId: source.range.sentence, start: source.range.start, end: source.range.end };
    // A source sentence said to be untranslated inside an n:1 bead: mark that sentence, not only its bead's translation.
    else if (finding.check === 'completeness.hidden-gap' && lang !== 'zh' && source?.sentences.length === 1 && textOf) {
      const id = source.sentences[0]!;
      p.sourceMark = { sentenceId: id, start: 0, end: textOf('zh', id)?.length ?? 0 };
    }
    placed.push(p);
  });
  const langOrder = { zh: 0, en: 1, ru: 2 } as const;
  return placed.sort(
    (a, b) =>
      a.row - b.row ||
      langOrder[a.lang] - langOrder[b.lang] ||
      (a.start ?? -1) - (b.start ?? -1) ||
      SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity],
  );
}

/** A squiggle in the sentence editor: offsets into the sentence. */
export interface SentenceMarker {
  start: number;
  end: number;
  message: string;
  severity: Finding['severity'];
  source: string;
}

/**
 * The markers of one sentence: findings placed on it (a whole-sentence finding covers the sentence)
 * and, in a Chinese sentence, the source text a translation's finding points at.
 */
export function markersForSentence(placed: readonly PlacedFinding[], lang: Lang, sentenceId: string, length: number): SentenceMarker[] {
  const out: SentenceMarker[] = [];
  for (const p of placed) {
    const marker = { message: p.finding.message, severity: p.finding.severity, source: p.finding.check };
    // What the translation lacks has no characters to squiggle: the sentence's edge flag says it (row-view.tsx).
    if (p.lang === lang && p.sentenceId === sentenceId && absentFromTarget(p)) continue;
    if (p.lang === lang && p.sentenceId === sentenceId) out.push({ start: p.start ?? 0, end: p.end ?? length, ...marker });
    else if (lang === 'zh' && p.sourceMark?.sentenceId === sentenceId) out.push({ start: p.sourceMark.start, end: p.sourceMark.end, ...marker });
  }
  return out;
}

/**
 * The findings a live re-check (one keystroke) shows: all but the space at the end of the sentence
 * being typed, which is where the next word goes, not a paste artefact; the whole-project run when
 * typing pauses reports it if it stays.
 */
export function liveFindings(fresh: readonly Finding[], typedSentenceId: string): Finding[] {
  return fresh.filter((f) => !(f.target?.range?.sentence === typedSentenceId && isTrailingEdgeSpace(f)));
}
