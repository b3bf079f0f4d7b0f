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
import { buildRows, mergeWithNext } from '../core/project/edit';
import { changedRows, describeChangedRows, sameBeads } from '../core/project/row-change';
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
});
