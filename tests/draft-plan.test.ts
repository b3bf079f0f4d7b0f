import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyDrafts, batchDraftItems, billedCharacters, DEEPL_LIMITS, estimateDraft, formFieldBytes, planDraft } from '../core/draft';
import { alignableSentences, allSentences } from '../core/model';
import type { Project, Sentence, TargetLang } from '../core/model';
import { alignmentProblems } from '../core/project/edit-invariants';
import { projectEngine } from '../services/engine';
import { loadSampleProject } from '../services/sample-project';
import { spreadOneToOne, withOmissions } from './helpers/draft-sample';

const SAMPLES = join(__dirname, '..', 'samples');

function byId(project: Project, target: TargetLang): Map<string, Sentence> {
  return new Map(allSentences(project.targets[target]!).map((s) => [s.id, s]));
}

let sample: Project;
beforeAll(async () => {
  sample = await loadSampleProject(SAMPLES, projectEngine);
}, 30_000);

describe('planDraft on the sample', () => {
  it.each(['en', 'ru'] as const)('plans exactly the source sentences of beads without %s text', (target) => {
    const omitted = spreadOneToOne(sample, target);
    const project = withOmissions(sample, target, omitted);
    const beads = project.alignments[target]!.beads;
    const expected = beads.filter((b) => b.src.length > 0 && b.tgt.length === 0).map((b) => b.src);
    expect(expected.length).toBeGreaterThanOrEqual(omitted.length);
    const items = planDraft(project, target);
    expect(items.map((i) => i.srcIds)).toEqual(expected);
    const src = new Map(alignableSentences(project.source).map((s) => [s.id, s.text.trim()]));
    for (const item of items) expect(item.text).toBe(item.srcIds.map((id) => src.get(id)).join(''));
  });

  it('drafts every source sentence of a project with no text in the target language', () => {
    const bare: Project = { ...sample, targets: { en: sample.targets.en! }, alignments: { en: sample.alignments.en! } };
    const items = planDraft(bare, 'ru');
    expect(items.map((i) => i.srcIds[0])).toEqual(alignableSentences(sample.source).map((s) => s.id));
  });

  it('never plans beads whose target holds human text, and fills empty placeholders', () => {
    const p = structuredClone(sample);
    const bead = p.alignments.en!.beads.find((b) => b.src.length === 1 && b.tgt.length === 1)!;
    const sentence = p.targets.en!.paragraphs.flatMap((x) => x.sentences).find((s) => s.id === bead.tgt[0])!;
    sentence.text = '';
    sentence.status = 'empty';
    expect(planDraft(p, 'en').some((i) => i.fillId === sentence.id)).toBe(true);
    sentence.status = 'edited'; // emptied on purpose by the translator
    expect(planDraft(p, 'en').some((i) => i.fillId === sentence.id)).toBe(false);
  });
});

describe('batchDraftItems', () => {
  it('keeps every request within 50 texts and the body limit, in source order, losing no item', () => {
    const bare: Project = { ...sample, targets: {}, alignments: {} };
    // Many copies of the source make a document long enough to need several requests.
    const long = { ...bare.source, paragraphs: Array.from({ length: 6 }, (_, k) => bare.source.paragraphs.map((para) => ({ ...para, id: `${para.id}-${k}`, sentences: para.sentences.map((s) => ({ ...s, id: `${s.id}-${k}` })) }))).flat() };
    const items = planDraft({ ...bare, source: long }, 'en');
    const batches = batchDraftItems(items, long);
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.flatMap((b) => b.items)).toEqual(items);
    for (const b of batches) {
      expect(b.items.length).toBeLessThanOrEqual(DEEPL_LIMITS.maxTextsPerRequest);
      const bytes = b.items.reduce((n, i) => n + formFieldBytes('text', i.text), 0) + formFieldBytes('context', b.context);
      expect(bytes).toBeLessThanOrEqual(DEEPL_LIMITS.maxRequestBytes - DEEPL_LIMITS.reservedBytes);
    }
  });

  it('gives far-apart omissions their own request with their own neighbours as context', () => {
    const omitted = spreadOneToOne(sample, 'en');
    const project = withOmissions(sample, 'en', omitted);
    const batches = batchDraftItems(planDraft(project, 'en'), project.source);
    const src = alignableSentences(project.source).map((s) => s.text.trim());
    // The three adjacent omissions in the middle share one request.
    expect(batches.some((b) => b.items.length >= 3)).toBe(true);
    for (const b of batches) {
      const first = b.items[0]!.position;
      if (first > 0) expect(b.context).toContain(src[first - 1]!);
      for (const item of b.items) expect(b.context).not.toContain(item.text);
    }
  });

  it('estimates billed characters as code points of the texts only', () => {
    expect(billedCharacters('中国𠀀a')).toBe(4);
    const items = planDraft(withOmissions(sample, 'ru', spreadOneToOne(sample, 'ru')), 'ru');
    const estimate = estimateDraft(batchDraftItems(items, sample.source));
    expect(estimate.characters).toBe(items.reduce((n, i) => n + Array.from(i.text).length, 0));
    expect(estimate.segments).toBe(items.length);
  });
});

describe('applyDrafts', () => {
  it.each(['en', 'ru'] as const)('fills exactly the omissions in %s, keeps every other sentence, and keeps the alignment sound', (target) => {
    const project = withOmissions(sample, target, spreadOneToOne(sample, target));
    const items = planDraft(project, target);
    const before = byId(project, target);
    const { project: out, applied, skipped } = applyDrafts(project, target, items.map((i) => ({ ...i, text: `MT ${i.srcIds.join('+')}` })));
    expect(skipped).toEqual([]);
    expect(applied).toHaveLength(items.length);
    expect(alignmentProblems(out, target)).toEqual([]);
    const after = byId(out, target);
    for (const [id, s] of before) expect(after.get(id)).toEqual(s);
    for (const id of applied) expect(after.get(id)!.status).toBe('mt');
    for (const item of items) {
      const bead = out.alignments[target]!.beads.find((b) => b.src.join() === item.srcIds.join())!;
      expect(bead).toMatchObject({ tgt: [expect.any(String)], origin: 'manual', score: 1 });
      expect(after.get(bead.tgt[0]!)!.text).toBe(`MT ${item.srcIds.join('+')}`);
    }
    expect(project.targets[target]).toEqual(withOmissions(sample, target, spreadOneToOne(sample, target)).targets[target]); // input untouched
  });

  it('puts a drafted sentence in the target paragraph of its source paragraph', () => {
    const omitted = spreadOneToOne(sample, 'en');
    const project = withOmissions(sample, 'en', omitted);
    const out = applyDrafts(project, 'en', planDraft(project, 'en').map((i) => ({ ...i, text: 'X.' }))).project;
    const srcPara = new Map(project.source.paragraphs.flatMap((p) => p.sentences.map((s) => [s.id, p.id] as const)));
    const tgtPara = new Map(out.targets.en!.paragraphs.flatMap((p) => p.sentences.map((s) => [s.id, p.id] as const)));
    // Where sample beads are 1:1 and paragraphs correspond, the drafted sentence shares a paragraph
    // with the translation of a source sentence from its own source paragraph.
    const beads = out.alignments.en!.beads;
    for (const i of omitted) {
      const mine = tgtPara.get(beads[i]!.tgt[0]!);
      const neighbours = [beads[i - 1], beads[i + 1]].filter((b) => b && b.src.length && b.tgt.length && srcPara.get(b.src[0]!) === srcPara.get(beads[i]!.src[0]!));
      for (const n of neighbours) expect(tgtPara.get(n!.tgt[0]!)).toBe(mine);
    }
  });

  it('builds a whole target from a bare source, one target paragraph per source paragraph', () => {
    const bare: Project = { ...sample, targets: {}, alignments: {} };
    const items = planDraft(bare, 'ru');
    const { project: out } = applyDrafts(bare, 'ru', items.map((i) => ({ ...i, text: `RU ${i.srcIds[0]}` })));
    expect(alignmentProblems(out, 'ru')).toEqual([]);
    const srcParas = bare.source.paragraphs.filter((p) => !p.excluded && p.sentences.length > 0).map((p) => p.sentences.map((s) => `RU ${s.id}`));
    expect(out.targets.ru!.paragraphs.map((p) => p.sentences.map((s) => s.text))).toEqual(srcParas);
  });

  it('gives the same project whatever order the results come in', () => {
    const project = withOmissions(sample, 'en', spreadOneToOne(sample, 'en'));
    const results = planDraft(project, 'en').map((i) => ({ ...i, text: `MT ${i.position}` }));
    expect(applyDrafts(project, 'en', [...results].reverse()).project).toEqual(applyDrafts(project, 'en', results).project);
  });

  it('never overwrites text a translator typed while the request was out', () => {
    const project = withOmissions(sample, 'en', spreadOneToOne(sample, 'en'));
    const items = planDraft(project, 'en');
    const first = applyDrafts(project, 'en', [{ ...items[0]!, text: 'Typed by hand.' }]).project;
    const humanId = first.alignments.en!.beads.find((b) => b.src.join() === items[0]!.srcIds.join())!.tgt[0]!;
    const edited = structuredClone(first);
    edited.targets.en!.paragraphs.forEach((p) => p.sentences.forEach((s) => s.id === humanId && (s.status = 'edited')));
    const second = applyDrafts(edited, 'en', items.map((i) => ({ ...i, text: 'MT.' })));
    expect(second.skipped).toEqual([{ srcIds: items[0]!.srcIds, reason: expect.stringContaining('by hand') }]);
    expect(byId(second.project, 'en').get(humanId)).toMatchObject({ text: 'Typed by hand.', status: 'edited' });
    expect(second.applied).toHaveLength(items.length - 1);
  });
});
