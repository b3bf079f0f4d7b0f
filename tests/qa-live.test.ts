import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignDocs } from '../core/align';
import { createProject } from '../core/project';
import { CHECKS, checkBead, createQaContext, runChecks } from '../core/qa';
import { importText } from '../core/text';

const read = (lang: string) => readFileSync(join(__dirname, '..', 'samples', `strategic-stability-2025-05-08.${lang}.txt`), 'utf8');

describe('checkBead, the live per-bead form', () => {
  it('gives, bead by bead, exactly the bead-check findings of the batch run on the Russian sample draft', () => {
    const project = createProject({ name: 'sample', source: importText(read('zh'), 'zh'), targets: { ru: importText(read('ru'), 'ru') } }, alignDocs);
    const beadChecks = new Set(CHECKS.filter((c) => c.scope === 'bead').map((c) => c.id));
    const batch = runChecks(project).filter((f) => beadChecks.has(f.check));
    const ctx = createQaContext(project);
    const beads = project.alignments.ru?.beads.length ?? 0;
    const live = Array.from({ length: beads }, (_, i) => checkBead(project, 'ru', i, ctx)).flat();
    const key = (f: (typeof batch)[number]) => JSON.stringify(f);
    expect(live.map(key).sort()).toEqual(batch.map(key).sort());
    expect(batch.length).toBeGreaterThan(0);
  });

  it('sees an edit at once: typing Chinese into a clean Russian sentence raises a finding on that bead only', () => {
    const project = createProject({ name: 'sample', source: importText(read('zh'), 'zh'), targets: { ru: importText(read('ru'), 'ru') } }, alignDocs);
    const ctx = createQaContext(project);
    const index = project.alignments.ru?.beads.findIndex((b, i) => b.src.length === 1 && b.tgt.length === 1 && checkBead(project, 'ru', i, ctx).length === 0) ?? -1;
    expect(index).toBeGreaterThanOrEqual(0);
    const id = project.alignments.ru?.beads[index]?.tgt[0];
    const sentence = project.targets.ru?.paragraphs.flatMap((p) => p.sentences).find((s) => s.id === id);
    if (!sentence) throw new Error('no sentence');
    sentence.text = `${sentence.text} 双方`;
    expect(checkBead(project, 'ru', index, ctx).map((f) => f.check)).toEqual(['untranslated.chinese']);
  });
});
