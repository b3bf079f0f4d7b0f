import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Project, TargetLang } from '../core/model';
import {
  EditError,
  alignmentProblems,
  buildRows,
  insertEmptyPartner,
  mergeWithNext,
  moveSentence,
  setBeadConfirmed,
  setSentenceText,
  splitAtCursor,
  splitBead,
  docOf,
  requireSentence,
} from '../core/project/edit';
import { makeAlignment, makeDoc, makeProject, sampleChineseSentences } from './edit-helpers';

const zh = sampleChineseSentences(4);
// English a translator would write for the first four sentences of the strategic-stability statement.
const en = [
  'On the occasion of the 80th anniversary of the victory in the Second World War and the founding of the United Nations, the two sides stress the paramount importance of maintaining global strategic stability.',
  'The two sides are convinced that the peoples of all countries share a common destiny.',
  'No country or organisation may ensure its own security at the expense of the security of others.',
  'The two sides call on all countries to uphold the principle of equal and indivisible security.',
  'The two sides stress the importance of constructive relations among major powers.',
];

function sample(): Project {
  const source = makeDoc('zh', [zh.slice(0, 2), zh.slice(2, 4)]);
  const target = makeDoc('en', [en.slice(0, 3), en.slice(3)]);
  // s0↔e0, s1↔e1+e2 (a 1:2 split), s2↔e3, s3↔e4
  return makeProject(source, { en: target }, { en: makeAlignment('en', source, target, [[1, 1], [1, 2], [1, 1], [1, 1]]) });
}

const textOf = (p: Project, lang: 'zh' | TargetLang) => docOf(p, lang)!.paragraphs.flatMap((para) => para.sentences.map((s) => s.text));

describe('alignment edits on real sentences', () => {
  it('merges a bead with the next and marks it manual', () => {
    const p = mergeWithNext(sample(), 'en', 0);
    const beads = p.alignments.en!.beads;
    expect(beads).toHaveLength(3);
    expect(beads[0]).toMatchObject({ src: ['zh-s0', 'zh-s1'], tgt: ['en-s0', 'en-s1', 'en-s2'], origin: 'manual', score: 1 });
    expect(alignmentProblems(p, 'en')).toEqual([]);
  });

  it('splits a target sentence at the cursor, splitting its bead and keeping every character', () => {
    const before = sample();
    const sentence = en[3]!;
    const cut = sentence.indexOf(' to uphold');
    const p = splitAtCursor(before, 'en', 'en', 'en-s3', cut);
    expect(textOf(p, 'en')).toContain('The two sides call on all countries');
    expect(textOf(p, 'en')).toContain('to uphold the principle of equal and indivisible security.');
    expect(textOf(p, 'en').join(' ')).toBe(textOf(before, 'en').join(' '));
    expect(p.alignments.en!.beads).toHaveLength(5);
    expect(alignmentProblems(p, 'en')).toEqual([]);
  });

  it('splits a 1:2 bead between sentences when the cursor is at a sentence end', () => {
    const p = splitAtCursor(sample(), 'en', 'en', 'en-s1', en[1]!.length);
    const beads = p.alignments.en!.beads;
    expect(beads[1]!.tgt).toEqual(['en-s1']);
    expect(beads[2]!.tgt).toEqual(['en-s2']);
    expect(beads[1]!.src.length + beads[2]!.src.length).toBe(1);
    expect(alignmentProblems(p, 'en')).toEqual([]);
  });

  it('splits a Chinese sentence at the cursor and keeps it in the other alignment\'s bead', () => {
    const source = makeDoc('zh', [zh.slice(0, 2)]);
    const enDoc = makeDoc('en', [en.slice(0, 2)]);
    const ruDoc = makeDoc('ru', [['Стороны подчёркивают важность глобальной стратегической стабильности.', 'Стороны убеждены в общей судьбе народов.']]);
    const project = makeProject(source, { en: enDoc, ru: ruDoc }, {
      en: makeAlignment('en', source, enDoc, [[1, 1], [1, 1]]),
      ru: makeAlignment('ru', source, ruDoc, [[1, 1], [1, 1]]),
    });
    const cut = zh[1]!.indexOf('各国及');
    const p = splitAtCursor(project, 'en', 'zh', 'zh-s1', cut);
    expect(textOf(p, 'zh')).toEqual([zh[0], zh[1]!.slice(0, cut), zh[1]!.slice(cut)]);
    expect(alignmentProblems(p, 'en')).toEqual([]);
    expect(alignmentProblems(p, 'ru')).toEqual([]);
    expect(p.alignments.ru!.beads[1]!.src).toEqual(['zh-s1', 'zh-s2']);
    expect(p.alignments.en!.beads).toHaveLength(3);
  });

  it('moves boundary sentences between neighbouring beads and drops a bead left empty', () => {
    let p = moveSentence(sample(), 'en', 1, 'tgt', 'prev');
    expect(p.alignments.en!.beads[0]!.tgt).toEqual(['en-s0', 'en-s1']);
    expect(p.alignments.en!.beads[1]!.tgt).toEqual(['en-s2']);
    p = moveSentence(p, 'en', 1, 'tgt', 'prev');
    p = moveSentence(p, 'en', 1, 'src', 'prev');
    expect(p.alignments.en!.beads).toHaveLength(3);
    expect(alignmentProblems(p, 'en')).toEqual([]);
    expect(moveSentence(p, 'en', 0, 'src', 'prev')).toBe(p); // nothing before the first bead
  });

  it('inserts an empty partner for an omission in reading order', () => {
    const source = makeDoc('zh', [zh.slice(0, 3)]);
    const target = makeDoc('en', [[en[0]!, en[3]!]]);
    const project = makeProject(source, { en: target }, { en: makeAlignment('en', source, target, [[1, 1], [1, 0], [1, 1]]) });
    const { project: p, sentenceId } = insertEmptyPartner(project, 'en', 1);
    expect(p.alignments.en!.beads[1]!.tgt).toEqual([sentenceId]);
    expect(textOf(p, 'en')).toEqual([en[0], '', en[3]]);
    expect(requireSentence(docOf(p, 'en')!, sentenceId).status).toBe('empty');
    expect(alignmentProblems(p, 'en')).toEqual([]);
  });

  it('confirms a bead, and typing into it takes the confirmation back', () => {
    let p = setBeadConfirmed(sample(), 'en', 1, true);
    expect(p.alignments.en!.beads[1]!.confirmed).toBe(true);
    expect(requireSentence(docOf(p, 'en')!, 'en-s2').status).toBe('confirmed');
    p = setSentenceText(p, 'en', 'en-s2', 'No country may ensure its own security at the expense of others.');
    expect(p.alignments.en!.beads[1]!.confirmed).toBe(false);
    expect(requireSentence(docOf(p, 'en')!, 'en-s2').status).toBe('edited');
    expect(setSentenceText(p, 'en', 'en-s0', '')).not.toBe(p);
    expect(requireSentence(docOf(setSentenceText(p, 'en', 'en-s0', ' '), 'en')!, 'en-s0').status).toBe('empty');
  });

  it('rejects impossible edits with a clear error and leaves the project alone', () => {
    const p = sample();
    expect(() => mergeWithNext(p, 'en', 3)).toThrow(/no bead 4/);
    expect(() => mergeWithNext(p, 'ru', 0)).toThrow(/no zh→ru alignment/);
    expect(() => splitBead(p, 'en', 0, 1, 1)).toThrow(EditError);
    expect(() => setSentenceText(p, 'en', 'en-s99', 'x')).toThrow(/no en sentence with id "en-s99"/);
    expect(p).toEqual(sample());
  });

  it('shares unchanged parts between snapshots (cheap undo)', () => {
    const before = sample();
    const after = setSentenceText(before, 'en', 'en-s4', 'Changed.');
    expect(after.source).toBe(before.source);
    expect(after.targets.en!.paragraphs[0]).toBe(before.targets.en!.paragraphs[0]);
    expect(setSentenceText(before, 'en', 'en-s4', en[4]!)).toBe(before);
  });
});

/** A random aligned project: bead shapes drawn from 0:1 … 3:3, never empty on both sides. */
const arbitraryProject = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })).filter(([a, b]) => a + b > 0), { minLength: 1, maxLength: 14 })
  .chain((sizes) => {
    const nSrc = sizes.reduce((n, [a]) => n + a, 0);
    const nTgt = sizes.reduce((n, [, b]) => n + b, 0);
    return fc.record({
      sizes: fc.constant(sizes),
      srcBreak: fc.integer({ min: 0, max: nSrc }),
      tgtBreak: fc.integer({ min: 0, max: nTgt }),
      nSrc: fc.constant(nSrc),
      nTgt: fc.constant(nTgt),
    });
  })
  .map(({ sizes, srcBreak, tgtBreak, nSrc, nTgt }) => {
    const src = Array.from({ length: nSrc }, (_, i) => zh[i % zh.length]!);
    const tgt = Array.from({ length: nTgt }, (_, i) => en[i % en.length]!);
    const source = makeDoc('zh', [src.slice(0, srcBreak), src.slice(srcBreak)]);
    const target = makeDoc('en', [tgt.slice(0, tgtBreak), tgt.slice(tgtBreak)]);
    return makeProject(source, { en: target }, { en: makeAlignment('en', source, target, sizes) });
  });

type Op = (p: Project) => Project;
const arbitraryOp: fc.Arbitrary<Op> = fc.oneof(
  fc.nat().map((i): Op => (p) => mergeWithNext(p, 'en', i % p.alignments.en!.beads.length)),
  fc.tuple(fc.nat(), fc.nat(), fc.nat()).map(([i, a, b]): Op => (p) => {
    const bead = p.alignments.en!.beads[i % p.alignments.en!.beads.length]!;
    return splitBead(p, 'en', i % p.alignments.en!.beads.length, a % (bead.src.length + 1), b % (bead.tgt.length + 1));
  }),
  fc.tuple(fc.nat(), fc.boolean(), fc.boolean()).map(([i, src, prev]): Op => (p) =>
    moveSentence(p, 'en', i % p.alignments.en!.beads.length, src ? 'src' : 'tgt', prev ? 'prev' : 'next'),
  ),
  fc.tuple(fc.nat(), fc.boolean(), fc.nat()).map(([i, onSource, offset]): Op => (p) => {
    const lang = onSource ? 'zh' : 'en';
    const ids = docOf(p, lang)!.paragraphs.flatMap((para) => para.sentences);
    if (ids.length === 0) return p;
    const s = ids[i % ids.length]!;
    return splitAtCursor(p, 'en', lang, s.id, offset % (s.text.length + 1));
  }),
  fc.nat().map((i): Op => (p) => insertEmptyPartner(p, 'en', i % p.alignments.en!.beads.length).project),
  fc.tuple(fc.nat(), fc.boolean()).map(([i, c]): Op => (p) => setBeadConfirmed(p, 'en', i % p.alignments.en!.beads.length, c)),
);

const letters = (p: Project, lang: 'zh' | 'en') => textOf(p, lang).join('').replace(/\s/g, '');

describe('alignment edit invariants (property-based)', () => {
  it('beads stay ordered, cover every sentence once, and no text is lost, whatever the edits', () => {
    fc.assert(
      fc.property(arbitraryProject, fc.array(arbitraryOp, { maxLength: 12 }), (start, ops) => {
        expect(alignmentProblems(start, 'en')).toEqual([]);
        let p = start;
        for (const op of ops) {
          try {
            p = op(p);
          } catch (err) {
            if (!(err instanceof EditError)) throw err;
          }
          expect(alignmentProblems(p, 'en')).toEqual([]);
          expect(letters(p, 'zh')).toBe(letters(start, 'zh'));
          expect(letters(p, 'en')).toBe(letters(start, 'en'));
          // The grid shows every aligned sentence exactly once.
          const rows = buildRows(p);
          expect(rows.flatMap((r) => r.src)).toEqual(p.alignments.en!.beads.flatMap((b) => b.src));
          expect(rows.flatMap((r) => r.targets.en?.sentences ?? [])).toEqual(p.alignments.en!.beads.flatMap((b) => b.tgt));
        }
      }),
      { numRuns: 300 },
    );
  });
});
