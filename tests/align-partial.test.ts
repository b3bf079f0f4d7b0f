/**
 * A translation that covers only part of the source — the first sentences of a draft in progress,
 * its last ones, or a section from the middle — on the real joint-statement sample, zh→en and
 * zh→ru. The translated sentences must meet the source sentences they translate, and the rest of
 * the source must be omissions: the completeness checks ("the translation stops here") rely on it.
 * The expected beads are those of the complete draft's alignment, which the other tests trust.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { alignableWithBreaks, alignDocs } from '../core/align';
import type { Bead, Doc } from '../core/model';
import { importText } from '../core/text';
import { loadLexicon } from '../services/lexicon';
import { buildCli, CLI } from './fixtures/qa/build-cli';

const ROOT = join(__dirname, '..');
const samplePath = (lang: string) => join(ROOT, 'samples', `joint-statement-2025-05-08.${lang}.txt`);
const read = (lang: 'zh' | 'en' | 'ru'): Doc => importText(readFileSync(samplePath(lang), 'utf8'), lang);
const zhDoc = read('zh');
// The sentences the aligner sees (noise paragraphs such as page markers left out).
const srcIds = alignableWithBreaks(zhDoc).sentences.map((s) => s.id);

const langs = ['en', 'ru'] as const;
type Lang = (typeof langs)[number];
function setup(lang: Lang) {
  const target = read(lang);
  const lexicon = loadLexicon(lang);
  return { target, lexicon, full: alignDocs(zhDoc, target, { lexicon }) };
}
const setups: Record<Lang, ReturnType<typeof setup>> = { en: setup('en'), ru: setup('ru') };

const text = (b: Bead) => `[${b.src.join(' ')}]:[${b.tgt.join(' ')}]`;

/**
 * The beads of the complete draft's alignment that hold target sentences `from`…`to − 1`, widened to
 * whole beads (a draft stops after a sentence of the source, not half-way through its translation).
 */
function section(lang: Lang, from: number, to: number): Bead[] {
  const { target, full } = setups[lang];
  const ids = alignableWithBreaks(target).sentences.map((s) => s.id);
  const first = full.beads.findIndex((b) => b.tgt.includes(ids[from]!));
  const last = full.beads.findIndex((b) => b.tgt.includes(ids[to - 1]!));
  return full.beads.slice(first, last + 1).filter((b) => b.tgt.length > 0);
}

/** The target Doc with only the given sentences, in their paragraphs (emptied paragraphs dropped). */
function draftOf(target: Doc, keep: ReadonlySet<string>): Doc {
  return {
    ...target,
    paragraphs: target.paragraphs.map((p) => ({ ...p, sentences: p.sentences.filter((s) => keep.has(s.id)) })).filter((p) => p.sentences.length > 0),
  };
}

const targetCount = (lang: Lang) => alignableWithBreaks(setups[lang].target).sentences.length;

const cases = langs.flatMap((lang) => {
  const m = targetCount(lang);
  return [
    ...[1, 3, 5, 10].map((n) => ({ lang, name: `the first ${n}`, from: 0, to: n })),
    ...[1, 3, 5, 10].map((n) => ({ lang, name: `the last ${n}`, from: m - n, to: m })),
    ...[
      [10, 15],
      [20, 30],
      [40, 55],
    ].map(([from, to]) => ({ lang, name: `sentences ${from}–${to! - 1}`, from: from!, to: to! })),
    // One or two sentences from the middle: a key's frequency measured on such a draft alone made
    // every match look common, and the title won (not all positions pass yet: decision 0003).
    ...[3, 15, 33, 50].map((j) => ({ lang, name: `sentence ${j}`, from: j, to: j + 1 })),
    ...[15, 36, 44].map((j) => ({ lang, name: `sentences ${j}–${j + 1}`, from: j, to: j + 2 })),
  ].map((c) => [`zh→${c.lang}, ${c.name} target sentences`, c] as const);
});

describe('a translation of part of the source (joint-statement sample)', () => {
  it('aligns the complete drafts with most target sentences paired (the reference the cases use)', () => {
    for (const lang of langs) {
      const paired = setups[lang].full.beads.filter((b) => b.src.length > 0 && b.tgt.length > 0).reduce((n, b) => n + b.tgt.length, 0);
      expect(paired).toBeGreaterThan(0.9 * targetCount(lang));
    }
  });

  it.each(cases)('%s: the same beads as in the complete draft, the rest of the source 1:0', (_, { lang, from, to }) => {
    const expected = section(lang, from, to);
    const draft = draftOf(setups[lang].target, new Set(expected.flatMap((b) => b.tgt)));
    const beads = alignDocs(zhDoc, draft, { lexicon: setups[lang].lexicon }).beads;
    expect(beads.filter((b) => b.tgt.length > 0).map(text)).toEqual(expected.map(text));
    const translated = new Set(expected.flatMap((b) => b.src));
    const rest = beads.filter((b) => b.tgt.length === 0);
    expect(rest.map(text)).toEqual(srcIds.filter((id) => !translated.has(id)).map((id) => `[${id}]:[]`));
  });
});

describe('duizhao check on a draft that stops early', () => {
  beforeAll(() => {
    buildCli();
  }, 60_000);

  it.each([
    ['en', 6],
    ['ru', 6],
    ['en', 20],
    ['ru', 12],
  ] as const)('zh→%s, first %i lines: one completeness.untranslated-tail, at the first untranslated source sentence', async (lang, lines) => {
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-partial-'));
    const draftText = readFileSync(samplePath(lang), 'utf8').split('\n').slice(0, lines).join('\n') + '\n';
    const draftPath = join(dir, `draft.${lang}.txt`);
    writeFileSync(draftPath, draftText);
    // Where the translation stops: after the last source sentence the complete draft pairs with it.
    const draftIds = new Set(importText(draftText, lang).paragraphs.flatMap((p) => p.sentences.map((s) => s.id)));
    const lastTranslated = Math.max(...setups[lang].full.beads.filter((b) => b.tgt.some((id) => draftIds.has(id))).flatMap((b) => b.src.map((id) => srcIds.indexOf(id))));
    const { stdout } = await new Promise<{ stdout: string }>((resolve, reject) => {
      execFile(process.execPath, [CLI, 'check', samplePath('zh'), draftPath, '--format', 'json'], { cwd: ROOT, encoding: 'utf8' }, (err, out, stderr) => {
        if (err && err.code !== 1) reject(new Error(stderr));
        else resolve({ stdout: out });
      });
    });
    const findings = (JSON.parse(stdout) as { findings: Array<{ check: string; lang: string; message: string; source: { sentences: string[] } }> }).findings;
    const tails = findings.filter((f) => f.check === 'completeness.untranslated-tail');
    expect(tails).toHaveLength(1);
    expect(tails[0]!.lang).toBe(lang);
    expect(tails[0]!.source.sentences).toEqual([srcIds[lastTranslated + 1]]);
    expect(tails[0]!.message).toContain(`the last ${srcIds.length - lastTranslated - 1} source sentences`);
    // The translated part has no omission of its own: it met its sources.
    expect(findings.filter((f) => f.check === 'completeness.omission')).toEqual([]);
  });
});
