import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeStage, percentDone, planNewProject } from '../core/project/new-project-stages';
import { createNewProjectStageHandlers } from '../services/new-project-stages';
import { createSampleProject } from '../core/project';
import { projectEngine } from '../services/engine';
import { readTmx } from '../core/formats/tmx-read';
import { writeTmx } from '../core/formats/tmx-write';

// New project runs stage by stage (issue 10): determinate progress, Cancel between stages, and a
// draft of another document asked about in the app as the CLI warns about it.
const sample = (name: string, lang: string) => readFileSync(join(__dirname, '..', 'samples', `${name}.${lang}.txt`), 'utf8');

describe('New project stages', () => {
  it('segments every text, then aligns every draft; the percentage only grows and ends at 100', () => {
    const stages = planNewProject({ zh: 10_000, en: 14_000, ru: 14_500 });
    expect(stages.map((s) => `${s.kind}:${s.kind === 'segment' || s.kind === 'align' ? s.lang : ''}`)).toEqual(['segment:zh', 'segment:en', 'segment:ru', 'align:en', 'align:ru', 'check:']);
    // QA is the last stage, so 100 % means the findings are on screen; it weighs less than an alignment.
    expect(stages[5]!.weight).toBeLessThan(stages[3]!.weight);
    expect(percentDone(stages, 5)).toBeLessThan(100);
    expect(percentDone(stages, 5)).toBeGreaterThan(80);
    expect(describeStage(stages[5]!)).toBe('Checking the new project (QA)');
    const percents = stages.map((_, i) => percentDone(stages, i));
    expect(percents[0]).toBe(0);
    for (let i = 1; i < percents.length; i++) expect(percents[i]!).toBeGreaterThan(percents[i - 1]!);
    expect(percentDone(stages, stages.length)).toBe(100);
    // Alignment is most of the work (measured: 120–530 ms against 2–15 ms for segmenting).
    expect(percentDone(stages, 3)).toBeLessThan(20);
    expect(describeStage(stages[3]!)).toBe('Aligning the English draft');
    expect(planNewProject({ zh: 50, ru: 0 }).map((s) => s.kind)).toEqual(['segment', 'segment', 'align', 'check']);
  });

  it('align:docs asks "wrong file?" for a draft of another document, not for the real draft', async () => {
    const h = createNewProjectStageHandlers();
    const seg = async (lang: 'zh' | 'en', text: string) => (await h['project:segment']({ lang, source: { text } })).doc;
    const zh = await seg('zh', sample('joint-statement-2025-05-08', 'zh'));
    const real = await h['align:docs']({ source: zh, target: await seg('en', sample('joint-statement-2025-05-08', 'en')) });
    expect(real.wrongDocument).toBeNull();
    expect(real.alignment.beads.length).toBeGreaterThan(50);
    const other = await h['align:docs']({ source: zh, target: await seg('en', sample('strategic-stability-2025-05-08', 'en')) });
    expect(other.wrongDocument?.message).toMatch(/^The English draft matches only \d+ % of the source — wrong file\?$/);
    expect(other.wrongDocument!.lift).toBeLessThan(other.wrongDocument!.bar);
    await expect(h['align:docs']({ source: zh, target: zh })).rejects.toThrow(/English or Russian/);
  }, 60_000);
});

describe('align:judge: an opened project is judged as New project judges its drafts', () => {
  it('names the draft of another document in a saved project and in its TMX export, not the real translation', async () => {
    const h = createNewProjectStageHandlers();
    const zh = sample('joint-statement-2025-05-08', 'zh');
    const real = createSampleProject({ name: 'Real', zh, en: sample('joint-statement-2025-05-08', 'en'), ru: sample('joint-statement-2025-05-08', 'ru') }, projectEngine);
    expect((await h['align:judge']({ project: real })).questions).toEqual([]);

    const other = createSampleProject({ name: 'Other', zh, en: sample('strategic-stability-2025-05-08', 'en'), ru: sample('joint-statement-2025-05-08', 'ru') }, projectEngine);
    const { questions } = await h['align:judge']({ project: other });
    expect(questions.map((q) => q.lang)).toEqual(['en']);
    expect(questions[0]!.message).toMatch(/^The English draft matches only \d+ % of the source — wrong file\?$/);

    // The same project exported as TMX and imported again (Import TMX/XLIFF…) is judged the same way.
    const imported = readTmx(writeTmx(other, ['en']), 'other.tmx');
    expect((await h['align:judge']({ project: imported })).questions.map((q) => q.lang)).toEqual(['en']);
  }, 60_000);
});
