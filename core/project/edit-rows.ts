import type { Alignment, Doc, Project, TargetLang } from '../model/types';
import { alignableSentences } from '../model/doc';
import { alignedTargets } from './edit-doc';

/** What one target column shows in a row: its sentences and the beads of its alignment they came from. */
export interface RowTarget {
  sentences: string[];
  /** Indexes into the alignment's beads, ascending. */
  beads: number[];
  /** The lowest confidence among those beads. */
  score: number;
  /** Every bead of the row is confirmed. */
  confirmed: boolean;
  /** Every bead of the row was set by a human. */
  manual: boolean;
}

/** One line of the trilingual grid. */
export interface Row {
  /** Stable across edits that do not touch this row (a sentence id), for React keys and scroll anchors. */
  key: string;
  /** Source sentence ids. */
  src: string[];
  targets: Partial<Record<TargetLang, RowTarget>>;
  /** 0-based index of the source paragraph the row starts in. */
  para: number;
}

/**
 * The trilingual view: the join of the zh→en and zh→ru alignments on source sentences. A row is the
 * smallest run of source sentences that both alignments cut the same way, with the target sentences
 * of their beads; a bead with no source (an addition) that falls between rows is a row of its own.
 * With no alignment at all, each source sentence is a row.
 */
export function buildRows(project: Project): Row[] {
  const sourceSentences = alignableSentences(project.source);
  const order = new Map<string, number>();
  sourceSentences.forEach((s, i) => order.set(s.id, i));
  const paraOf = new Map<string, number>();
  project.source.paragraphs.forEach((p, i) => p.sentences.forEach((s) => paraOf.set(s.id, i)));

  const targets = alignedTargets(project);
  if (targets.length === 0) return sourceSentences.map((s) => ({ key: s.id, src: [s.id], targets: {}, para: paraOf.get(s.id) ?? 0 }));

  const alignments = targets.map((t) => project.alignments[t] as Alignment);
  const pointers = targets.map(() => 0);
  const lastOrdinal = (ids: string[]): number => ids.reduce((m, id) => Math.max(m, order.get(id) ?? -1), -1);
  const rows: Row[] = [];
  let para = 0;

  const take = (k: number, row: Row): number => {
    const alignment = alignments[k]!;
    const index = pointers[k]!++;
    const bead = alignment.beads[index]!;
    const t = targets[k]!;
    const cell = (row.targets[t] ??= { sentences: [], beads: [], score: 1, confirmed: true, manual: true });
    for (const id of bead.tgt) cell.sentences.push(id);
    cell.beads.push(index);
    cell.score = Math.min(cell.score, bead.score);
    cell.confirmed &&= bead.confirmed === true;
    cell.manual &&= bead.origin === 'manual';
    for (const id of bead.src) if (!row.src.includes(id)) row.src.push(id);
    return lastOrdinal(bead.src);
  };

  while (pointers.some((p, k) => p < alignments[k]!.beads.length)) {
    const row: Row = { key: '', src: [], targets: {}, para };
    // An addition waiting at the front of an alignment is its own row.
    const addition = alignments.findIndex((a, k) => a.beads[pointers[k]!]?.src.length === 0);
    if (addition >= 0) {
      take(addition, row);
    } else {
      let end = -1;
      alignments.forEach((a, k) => {
        const bead = a.beads[pointers[k]!];
        if (bead) end = Math.max(end, lastOrdinal(bead.src));
      });
      const covered = targets.map(() => -1);
      let grew = true;
      while (grew) {
        grew = false;
        for (let k = 0; k < alignments.length; k++) {
          while (pointers[k]! < alignments[k]!.beads.length && covered[k]! < end) {
            const last = take(k, row);
            if (last >= 0) covered[k] = last;
            if (last > end) [end, grew] = [last, true];
          }
        }
      }
      row.src.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    }
    const first = row.src[0];
    if (first !== undefined) para = paraOf.get(first) ?? para;
    row.para = para;
    row.key = first ?? Object.entries(row.targets).map(([t, c]) => `${t}:${c!.sentences[0] ?? c!.beads[0]}`).join('|');
    rows.push(row);
  }
  return rows;
}

/**
 * Whether two snapshots of a Doc hold the same sentences in the same paragraphs (texts may differ):
 * the rows then stay the same, so typing in the source does not rebuild the join. O(paragraphs)
 * when edits share untouched paragraphs, as the editing functions do.
 */
export function sameSentenceLayout(a: Doc, b: Doc): boolean {
  if (a === b) return true;
  if (a.paragraphs.length !== b.paragraphs.length) return false;
  return a.paragraphs.every((p, i) => {
    const q = b.paragraphs[i]!;
    if (p === q) return true;
    return p.excluded === q.excluded && p.sentences.length === q.sentences.length && p.sentences.every((s, j) => s.id === q.sentences[j]!.id);
  });
}
