import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exportProject, importFile } from '../core/formats';
import { buildUnits } from '../core/formats/export-units';
import type { Bead, Doc, Lang, Project, SegmentStatus } from '../core/model/types';
import { DEFAULT_SETTINGS, PROJECT_SCHEMA_VERSION } from '../core/model/types';

/**
 * Round-trip invariant on random projects: for every XML format, export → import gives back the
 * same documents (sentence ids, texts, statuses, paragraphs) and the same beads. Texts mix Han,
 * Cyrillic, XML-special characters, CR/LF/tab, astral characters, spaces at the edges and empty
 * placeholders, which is where writers and readers usually disagree.
 */
const piece = fc.constantFrom('双方', '。', '“', '”', 'Стороны', ' ', '  ', '&', '<', '>', '"', "'", ']]>', '\n', '\r', '\r\n', '\t', '😀', 'NATO', '&amp;', '%20', '/', '-', '');
const text = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));
const status = fc.constantFrom<SegmentStatus>('empty', 'mt', 'draft', 'edited', 'confirmed');
const shapes: Array<[number, number]> = [[1, 1], [1, 1], [1, 0], [0, 1], [2, 1], [1, 2], [2, 2], [3, 1]];

function doc(lang: Lang, texts: Array<{ text: string; status: SegmentStatus; newPara: boolean }>): Doc {
  const paragraphs: Doc['paragraphs'] = [];
  texts.forEach((t, i) => {
    if (i === 0 || t.newPara) paragraphs.push({ id: `${lang}-p${paragraphs.length}`, sentences: [] });
    paragraphs.at(-1)!.sentences.push({ id: `${lang}-s${i}`, text: t.text, status: t.status });
  });
  return { lang, paragraphs, flags: [] };
}

const sentence = fc.record({ text, status, newPara: fc.boolean() });
const beadMeta = fc.record({ score: fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000), origin: fc.constantFrom<'auto' | 'manual'>('auto', 'manual'), confirmed: fc.boolean() });

const alignmentPlan = fc.array(fc.record({ shape: fc.constantFrom(...shapes), meta: beadMeta }), { minLength: 1, maxLength: 8 });
/** A project always has source text (createProject refuses an empty source): at least one bead with a source side. */
const firstPlan = alignmentPlan.filter((plan) => plan.some((b) => b.shape[0] > 0));

/** Beads for a plan over the first source sentences; returns how many of each side it used. */
function beadsFor(target: 'en' | 'ru', plan: Array<{ shape: [number, number]; meta: { score: number; origin: 'auto' | 'manual'; confirmed: boolean } }>, srcCount?: number) {
  let i = 0;
  let j = 0;
  const beads: Bead[] = [];
  for (const { shape, meta } of plan) {
    const m = shape[1];
    const n = srcCount === undefined ? shape[0] : Math.min(shape[0], srcCount - i);
    if (n === 0 && m === 0) continue;
    const b: Bead = { src: [], tgt: [], score: meta.score, origin: meta.origin, ...(meta.confirmed ? { confirmed: true } : {}) };
    for (let k = 0; k < n; k++) b.src.push(`zh-s${i++}`);
    for (let k = 0; k < m; k++) b.tgt.push(`${target}-s${j++}`);
    beads.push(b);
  }
  // The second alignment must cover every source sentence too: the rest go into 1:1 beads.
  if (srcCount !== undefined) while (i < srcCount) beads.push({ src: [`zh-s${i++}`], tgt: [`${target}-s${j++}`], score: 1, origin: 'auto' });
  return { beads, srcUsed: i, tgtUsed: j };
}

const projectArb = fc
  .record({
    name: text,
    enPlan: firstPlan,
    ruPlan: alignmentPlan,
    src: fc.array(sentence, { minLength: 24, maxLength: 24 }),
    en: fc.array(sentence, { minLength: 48, maxLength: 48 }),
    ru: fc.array(sentence, { minLength: 48, maxLength: 48 }),
  })
  .map(({ name, enPlan, ruPlan, src, en, ru }): Project => {
    const e = beadsFor('en', enPlan);
    const r = beadsFor('ru', ruPlan, e.srcUsed);
    return {
      version: PROJECT_SCHEMA_VERSION,
      name: name.replace(/[\r\n\t]/g, ' ').trim() || 'p',
      source: doc('zh', src.slice(0, e.srcUsed)),
      targets: { en: doc('en', en.slice(0, e.tgtUsed)), ru: doc('ru', ru.slice(0, r.tgtUsed)) },
      alignments: { en: { source: 'zh', target: 'en', beads: e.beads }, ru: { source: 'zh', target: 'ru', beads: r.beads } },
      glossaryPaths: [],
      settings: { ...DEFAULT_SETTINGS },
    };
  });

const docShape = (d: Doc | undefined): unknown => d?.paragraphs.map((p) => ({ id: p.id, s: p.sentences.map((s) => [s.id, s.text, s.status]) }));

describe('export → import is lossless on random projects', () => {
  for (const format of ['tmx', 'xliff', 'xliff12'] as const) {
    it(format, async () => {
      await fc.assert(
        fc.asyncProperty(projectArb, fc.constantFrom<'en' | 'ru'>('en', 'ru'), async (p, t) => {
          const bilingual = { ...p, targets: { [t]: p.targets[t] }, alignments: { [t]: p.alignments[t] } };
          const r = await exportProject(bilingual, format, { target: t });
          const back = await importFile(`x.${r.extension}`, new TextEncoder().encode(r.data as string));
          if (back.kind !== 'project') throw new Error('project expected');
          const q = back.project;
          expect(docShape(q.source)).toEqual(docShape(p.source));
          expect(docShape(q.targets[t])).toEqual(docShape(p.targets[t]));
          expect(q.alignments[t]!.beads.map((b) => [b.src, b.tgt, b.score, b.origin])).toEqual(p.alignments[t]!.beads.map((b) => [b.src, b.tgt, b.score, b.origin]));
          expect(buildUnits(q, [t]).map((u) => u.targets[t]?.status)).toEqual(buildUnits(p, [t]).map((u) => u.targets[t]?.status));
        }),
        { numRuns: 60 },
      );
    });
  }

  it('tmx3: every document comes back, and the joined units hold the same text', async () => {
    const unitTexts = (p: Project): unknown =>
      buildUnits(p, ['en', 'ru']).map((u) => [u.source.sentences.map((s) => s.id), u.targets.en?.sentences.map((s) => s.text), u.targets.ru?.sentences.map((s) => s.text)]);
    await fc.assert(
      fc.asyncProperty(projectArb, async (p) => {
        const r = await exportProject(p, 'tmx3');
        const back = await importFile('x.tmx', new TextEncoder().encode(r.data as string));
        if (back.kind !== 'project') throw new Error('project expected');
        const q = back.project;
        for (const l of ['en', 'ru'] as const) expect(docShape(q.targets[l])).toEqual(docShape(p.targets[l]));
        expect(docShape(q.source)).toEqual(docShape(p.source));
        expect(unitTexts(q)).toEqual(unitTexts(p));
      }),
      { numRuns: 60 },
    );
  });
});
