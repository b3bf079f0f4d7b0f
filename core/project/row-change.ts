import type { Alignment, Bead, BeadVerdict, Doc, Project, TargetLang } from '../model/types';
import { buildRows } from './edit-rows';
import type { Row } from './edit-rows';

/**
 * What a new set of alignments does to the grid the translator is looking at: which of the
 * current rows would look different (their sentences grouped into other beads), for the question
 * asked before a re-alignment is applied, and whether nothing changes at all.
 */

const beadKey = (b: Bead): string => `${b.src.join(',')}|${b.tgt.join(',')}`;

/** Whether two alignments hold the same beads (same sentences on both sides, in order); scores aside. */
export function sameBeads(a: Alignment | undefined, b: Alignment | undefined): boolean {
  if (!a || !b) return a === b;
  return a.beads.length === b.beads.length && a.beads.every((bead, i) => beadKey(bead) === beadKey(b.beads[i]!));
}

/** Field by field, so the order a file or the aligner wrote the fields in does not matter. */
function sameVerdict(a: BeadVerdict | undefined, b: BeadVerdict | undefined): boolean {
  if (!a || !b) return a === b;
  const keys = Object.keys(a) as Array<keyof BeadVerdict>;
  return keys.length === Object.keys(b).length && keys.every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));
}

/**
 * `current` with the confidence scores and completeness verdicts of `fresh`, an alignment of the
 * same beads (sameBeads) made later from `judgedOn`: a re-alignment that finds the same beads still
 * judges them anew (the text, the glossary or the MT evidence may have changed), and the grid should
 * show that judgement, not the one the file was saved with. Everything else of a bead (origin,
 * confirmed) stays `current`'s. Returns `current` itself when no score or verdict differs, so
 * nothing redraws.
 */
export function adoptScores(current: Alignment, fresh: Alignment, judgedOn: Project): Alignment {
  if (!sameBeads(current, fresh)) throw new Error('adoptScores: the alignments hold different beads');
  return scoreAdopter(fresh.target, fresh, judgedOn)(current, judgedOn);
}

/** Each document's sentence texts by id, built once per document object (documents are immutable). */
const textsByDoc = new WeakMap<Doc, Map<string, string>>();
function textsOf(doc: Doc): Map<string, string> {
  let texts = textsByDoc.get(doc);
  if (!texts) {
    texts = new Map();
    for (const para of doc.paragraphs) for (const s of para.sentences) texts.set(s.id, s.text);
    textsByDoc.set(doc, texts);
  }
  return texts;
}

/** Whether every sentence of `ids` reads in `doc` as in `judged` (the same document object: all do). */
function sameTexts(ids: readonly string[], doc: Doc | undefined, judged: Doc | undefined): boolean {
  if (doc === judged) return true;
  if (!doc || !judged) return false;
  const now = textsOf(doc);
  const then = textsOf(judged);
  return ids.every((id) => now.get(id) === then.get(id));
}

/**
 * adoptScores for any state of the same documents, e.g. each one an undo history holds: a bead
 * `fresh` also holds (the same sentences on both sides) takes its score and verdict when its
 * sentences read as they did in `judgedOn`, the project the aligner judged. A bead merged or split
 * since keeps its own, and so does one whose text differs (an edit undone or redone since): a
 * score and a verdict are the judgement of a text, and must not follow Undo onto another one.
 * One adopter serves many states: each bead object is adopted once and the results shared, so a
 * history whose steps share beads still shares them after (its memory does not grow with the steps).
 */
export function scoreAdopter(target: TargetLang, fresh: Alignment, judgedOn: Project): (current: Alignment, state: Project) => Alignment {
  const byKey = new Map<string, Bead>();
  for (const bead of fresh.beads) byKey.set(beadKey(bead), bead);
  const judgedSource = judgedOn.source;
  const judgedTarget = judgedOn.targets[target];
  const beadsDone = new Map<Bead, Bead>();
  // Per alignment object, per source and target document: the same alignment may sit beside other texts.
  const alignmentsDone = new Map<Alignment, Map<Doc, Map<Doc | undefined, Alignment>>>();
  const judged = (bead: Bead): Bead => {
    let adopted = beadsDone.get(bead);
    if (adopted) return adopted;
    const fresher = byKey.get(beadKey(bead));
    if (!fresher || (fresher.score === bead.score && sameVerdict(fresher.verdict, bead.verdict))) adopted = bead;
    else {
      const { verdict: _stale, ...rest } = bead;
      adopted = fresher.verdict ? { ...rest, score: fresher.score, verdict: fresher.verdict } : { ...rest, score: fresher.score };
    }
    beadsDone.set(bead, adopted);
    return adopted;
  };
  return (current, state) => {
    const source = state.source;
    const targetDoc = state.targets[target];
    let bySource = alignmentsDone.get(current);
    if (!bySource) alignmentsDone.set(current, (bySource = new Map()));
    let byTarget = bySource.get(source);
    if (!byTarget) bySource.set(source, (byTarget = new Map()));
    let adopted = byTarget.get(targetDoc);
    if (adopted) return adopted;
    let changed = false;
    const beads = current.beads.map((bead) => {
      const b = sameTexts(bead.src, source, judgedSource) && sameTexts(bead.tgt, targetDoc, judgedTarget) ? judged(bead) : bead;
      if (b !== bead) changed = true;
      return b;
    });
    adopted = changed ? { ...current, beads } : current;
    byTarget.set(targetDoc, adopted);
    return adopted;
  };
}

/** A row as the beads that make it: equal signatures draw the same row. */
function rowSignature(row: Row, project: Project): string {
  const parts = [row.src.join(',')];
  for (const t of ['en', 'ru'] as const satisfies TargetLang[]) {
    const cell = row.targets[t];
    if (cell) parts.push(`${t}:${cell.beads.map((i) => beadKey(project.alignments[t]!.beads[i]!)).join(';')}`);
  }
  return parts.join('#');
}

/** The rows of `before`'s grid that `after` draws differently (or not at all): 0-based, ascending. */
export interface RowChange {
  changed: number[];
  /** Rows in `before`'s grid. */
  total: number;
}

export function changedRows(before: Project, after: Project): RowChange {
  const kept = new Set(buildRows(after).map((r) => rowSignature(r, after)));
  const rows = buildRows(before);
  const changed: number[] = [];
  rows.forEach((row, i) => {
    if (!kept.has(rowSignature(row, before))) changed.push(i);
  });
  return { changed, total: rows.length };
}

/** How many runs of rows the sentence names before it says "…": a long list helps nobody. */
const MAX_RUNS = 6;

/** "Rows 4–6 and 31 change (4 of 56 rows)." — 1-based, consecutive rows as ranges, at most six runs named. */
export function describeChangedRows({ changed, total }: RowChange): string {
  if (changed.length === 0) return `No row changes (${total} rows).`;
  const runs: Array<[number, number]> = [];
  for (const i of changed) {
    const last = runs[runs.length - 1];
    if (last && i === last[1] + 1) last[1] = i;
    else runs.push([i, i]);
  }
  const named = runs.slice(0, MAX_RUNS).map(([a, b]) => (a === b ? `${a + 1}` : `${a + 1}–${b + 1}`));
  const list = runs.length > MAX_RUNS ? `${named.join(', ')}, …` : named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}` : named[0]!;
  const one = changed.length === 1;
  return `${one ? 'Row' : 'Rows'} ${list} ${one ? 'changes' : 'change'} (${changed.length} of ${total} rows).`;
}
