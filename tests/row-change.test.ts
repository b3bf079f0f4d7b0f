/**
 * What a re-alignment does to the grid, said before it is applied: which current rows change, and
 * whether nothing does (then the app says "Alignment unchanged" and asks nothing). On the
 * strategic-stability sample with both drafts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Project } from '../core/model';
import { createSampleProject } from '../core/project';
import { buildRows, mergeWithNext, sentenceText, setSentenceText } from '../core/project/edit';
import { createHistory, record, rederive, redo, undo } from '../core/project/history';
import { runChecks } from '../core/qa';
import { refreshScores } from '../renderer/src/state/refresh-scores';
import { adoptScores, changedRows, describeChangedRows, sameBeads, scoreAdopter } from '../core/project/row-change';
import { projectEngine, realignTarget } from '../services/engine';

const text = (lang: string) => readFileSync(join(__dirname, '..', 'samples', `strategic-stability-2025-05-08.${lang}.txt`), 'utf8');
const sample: Project = createSampleProject({ name: 's', zh: text('zh'), en: text('en'), ru: text('ru') }, projectEngine);

describe('rows a re-alignment changes', () => {
  it('re-aligning the freshly aligned sample changes no row: same beads', () => {
    const after = { ...sample, alignments: { ...sample.alignments, en: realignTarget(sample, 'en'), ru: realignTarget(sample, 'ru') } };
    expect(sameBeads(sample.alignments.en, after.alignments.en)).toBe(true);
    expect(sameBeads(sample.alignments.ru, after.alignments.ru)).toBe(true);
    expect(changedRows(sample, after)).toEqual({ changed: [], total: buildRows(sample).length });
  });

  it('names exactly the rows whose beads differ: a merge of two English beads changes their two rows', () => {
    const rows = buildRows(sample);
    const bead = 7;
    const merged = mergeWithNext(sample, 'en', bead);
    expect(sameBeads(sample.alignments.en, merged.alignments.en)).toBe(false);
    const expected = rows.flatMap((r, i) => (r.targets.en!.beads.some((b) => b === bead || b === bead + 1) ? [i] : []));
    expect(expected.length).toBe(2);
    expect(changedRows(sample, merged)).toEqual({ changed: expected, total: rows.length });
    // And back: from the merged grid, its one merged row changes.
    const mergedRows = buildRows(merged);
    expect(changedRows(merged, sample).changed).toEqual(mergedRows.flatMap((r, i) => (r.targets.en!.beads.includes(bead) ? [i] : [])));
  });

  it('a bead split differently inside the same row still changes the row', () => {
    const p = mergeWithNext(mergeWithNext(sample, 'ru', 3), 'en', 3);
    // The row of zh→en bead 3 now holds zh→ru bead 3 too; splitting only the Russian back changes it.
    const row = buildRows(p).findIndex((r) => r.targets.en!.beads.includes(3));
    const splitRu = { ...p, alignments: { ...p.alignments, ru: sample.alignments.ru } };
    expect(changedRows(p, splitRu).changed).toContain(row);
  });

  it('says which rows change, as runs, and how many of all', () => {
    expect(describeChangedRows({ changed: [3], total: 56 })).toBe('Row 4 changes (1 of 56 rows).');
    expect(describeChangedRows({ changed: [3, 4, 5, 30], total: 56 })).toBe('Rows 4–6 and 31 change (4 of 56 rows).');
    expect(describeChangedRows({ changed: [0, 2, 4, 6, 8, 10, 12, 13], total: 56 })).toBe('Rows 1, 3, 5, 7, 9, 11, … change (8 of 56 rows).');
  });

  it('same beads judged anew: the fresh scores and verdicts replace stale ones, nothing else of a bead changes', () => {
    // As a file saved by an older aligner (or before the glossary grew) might hold them.
    const stale = sample.alignments.en!.beads.map((b, i) => {
      const { verdict: _v, ...rest } = b;
      return i === 0 ? { ...rest, score: 0.3, confirmed: true } : { ...rest, score: 0.3 };
    });
    const current = { ...sample.alignments.en!, beads: stale };
    const fresh = realignTarget(sample, 'en');
    expect(sameBeads(current, fresh)).toBe(true);
    const adopted = adoptScores(current, fresh, sample);
    expect(adopted.beads.map((b) => b.score)).toEqual(fresh.beads.map((b) => b.score));
    expect(adopted.beads.map((b) => b.verdict)).toEqual(fresh.beads.map((b) => b.verdict));
    expect(fresh.beads.some((b) => b.score !== 0.3)).toBe(true);
    expect(adopted.beads[0]!.confirmed).toBe(true);
    expect(adopted.beads.map((b) => [b.src, b.tgt, b.origin])).toEqual(current.beads.map((b) => [b.src, b.tgt, b.origin]));
    // Nothing new: the very same object, so nothing redraws.
    expect(adoptScores(sample.alignments.en!, fresh, sample)).toBe(sample.alignments.en);
    expect(() => adoptScores(mergeWithNext(sample, 'en', 7).alignments.en!, fresh, sample)).toThrow(/different beads/);
  });

  it('an undo step holding other beads (a merge since) takes the fresh judgement of the beads it shares; each alignment and bead adopted once', () => {
    const staleBeads = sample.alignments.en!.beads.map((b) => {
      const { verdict: _v, ...rest } = b;
      return { ...rest, score: 0.3 };
    });
    const stale: Project = { ...sample, alignments: { ...sample.alignments, en: { ...sample.alignments.en!, beads: staleBeads } } };
    const merged = mergeWithNext(stale, 'en', 7).alignments.en!;
    const fresh = realignTarget(sample, 'en');
    const adopt = scoreAdopter('en', fresh, sample);
    const adopted = adopt(merged, sample);
    expect(adopted.beads).toHaveLength(merged.beads.length);
    // Beads 0–6 and from 9 on are fresh's (merged's 8 on); the merged bead keeps its own score.
    adopted.beads.forEach((b, i) => {
      if (i === 7) expect(b).toBe(merged.beads[7]);
      else expect(b.score).toBe(fresh.beads[i < 7 ? i : i + 1]!.score);
    });
    expect(fresh.beads.filter((b) => b.score !== 0.3).length).toBeGreaterThan(10);
    // The stale alignment before the merge shares beads with it: adopted, they are shared still.
    const before = adopt(stale.alignments.en!, stale);
    expect(before.beads.map((b) => b.score)).toEqual(fresh.beads.map((b) => b.score));
    expect(before.beads[0]).toBe(adopted.beads[0]);
    expect(adopt(merged, sample)).toBe(adopted);
  });

  it('undo and redo after fresh confidence: each step keeps the judgement of the text it shows', () => {
    // The source of zh→en bead 3 cut to its first half: the same beads, but a partial translation now.
    const bead = 3;
    const id = sample.alignments.en!.beads[bead]!.src[0]!;
    const original = sentenceText(sample, 'zh', id)!;
    const edited = setSentenceText(sample, 'zh', id, `${original.slice(0, Math.floor(original.length / 2))}。`);
    let history = record(createHistory(sample), edited, { label: 'typing', coalesceKey: `zh:${id}` });
    const fresh = realignTarget(edited, 'en');
    expect(sameBeads(edited.alignments.en, fresh)).toBe(true);
    const before = sample.alignments.en!.beads[bead]!;
    const after = fresh.beads[bead]!;
    expect(after.score).toBeLessThan(before.score - 0.1);
    const session = {
      refresh(change: (p: Project) => Project): Project {
        history = rederive(history, change);
        return history.present.state;
      },
    };
    expect(refreshScores(session, edited, [['en', fresh]])).toBe(true);
    const completeness = (p: Project) => runChecks(p).filter((f) => f.check.startsWith('completeness.'));
    const judgement = (p: Project) => {
      const b = p.alignments.en!.beads[bead]!;
      return { score: b.score, verdict: b.verdict };
    };
    expect(judgement(history.present.state)).toEqual({ score: after.score, verdict: after.verdict });

    // Undo: the text as it was, and the judgement of that text (before: the edited text's score, and
    // its verdict, stale for this text, so the completeness checks lost the bead's own).
    history = undo(history);
    const undone = history.present.state;
    expect(sentenceText(undone, 'zh', id)).toBe(original);
    expect(judgement(undone)).toEqual({ score: before.score, verdict: before.verdict });
    expect(completeness(undone)).toEqual(completeness(sample));
    // Redo: the edited text and its fresh judgement.
    history = redo(history);
    expect(judgement(history.present.state)).toEqual({ score: after.score, verdict: after.verdict });
    expect(completeness(history.present.state)).toEqual(completeness({ ...edited, alignments: { ...edited.alignments, en: fresh } }));
  });
});
