/**
 * Term matching speed: a 10,000-concept term base (the shipped glossary plus generated concepts with
 * zh, en and ru terms of 2-5 words, as real terms mostly are) over 1,000,000 characters of each language (the sample
 * statements and drafts repeated). Target: well under 1 s per language.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { createTermMatcher, mergeTermBases, parseTermBaseFile, serializeTbx } from '../core/glossary';
import type { Concept } from '../core/glossary';
import type { TargetLang } from '../core/model';

export const title = 'Glossary: 10,000-term base × 1,000,000 characters';

const root = join(__dirname, '..');
const TERMS = 10_000;
const CHARS = 1_000_000;

/** Deterministic generator (mulberry32), so runs are comparable. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words taken from real text, so generated terms hit the same stems the scan sees. */
function words(text: string): string[] {
  return [...new Set(text.match(/\p{L}{3,}/gu) ?? [])];
}

function generatedConcepts(zhText: string, en: string[], ru: string[]): Concept[] {
  const rand = rng(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const han = [...new Set(zhText.match(/\p{Script=Han}/gu) ?? [])];
  const concepts: Concept[] = [];
  for (let i = 0; i < TERMS; i++) {
    const n = 2 + Math.floor(rand() * 4);
    const zh = Array.from({ length: 2 + Math.floor(rand() * 6) }, () => pick(han)).join('');
    concepts.push({
      id: `gen-${i}`,
      origin: { file: 'generated', line: i + 1 },
      terms: [
        { lang: 'zh', status: 'preferred', text: zh },
        { lang: 'en', status: 'preferred', text: Array.from({ length: n }, () => pick(en)).join(' ') },
        { lang: 'ru', status: i % 7 === 0 ? 'deprecated' : 'preferred', text: Array.from({ length: n }, () => pick(ru)).join(' ') },
      ],
    });
  }
  return concepts;
}

function repeatTo(text: string, size: number): string {
  return text.repeat(Math.ceil(size / text.length)).slice(0, size);
}

function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const out = fn();
  return [out, performance.now() - start];
}

export default async function run(): Promise<string[]> {
  const read = (f: string) => readFileSync(join(root, f), 'utf8');
  const zh = read('samples/strategic-stability-2025-05-08.zh.txt') + read('samples/joint-statement-2025-05-08.zh.txt');
  const text: Record<'zh' | TargetLang, string> = {
    zh: repeatTo(zh, CHARS),
    en: repeatTo(read('samples/strategic-stability-2025-05-08.en.txt') + read('samples/joint-statement-2025-05-08.en.txt'), CHARS),
    ru: repeatTo(read('samples/strategic-stability-2025-05-08.ru.txt') + read('samples/joint-statement-2025-05-08.ru.txt'), CHARS),
  };
  const shipped = ['diplomatic.tbx', 'set-phrases.csv'].map((f) => parseTermBaseFile(f, read(`glossary/${f}`)));
  const generated = { concepts: generatedConcepts(zh, words(text.en), words(text.ru)), problems: [] };
  const [{ termBase }, mergeMs] = time(() => mergeTermBases([...shipped, generated]));
  const [matcher, buildMs] = time(() => createTermMatcher(termBase));

  const lines = [
    // Figures are wall-clock: on a shared machine they scale with the load.
    `machine: ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)} at start`,
    `term base: ${termBase.concepts.length} concepts (${shipped[0]!.concepts.length + shipped[1]!.concepts.length} shipped + ${TERMS} generated); merge ${mergeMs.toFixed(0)} ms, matcher build ${buildMs.toFixed(0)} ms`,
  ];
  const [tbx, writeMs] = time(() => serializeTbx(termBase));
  const [reread, readMs] = time(() => parseTermBaseFile('big.tbx', tbx));
  lines.push(`TBX: written in ${writeMs.toFixed(0)} ms (${(tbx.length / 1e6).toFixed(1)} M chars), read back in ${readMs.toFixed(0)} ms (${reread.concepts.length} concepts, ${reread.problems.length} problems)`);
  // Warm-up pass (JIT, stem cache), then the measured pass.
  matcher.findSourceTerms(text.zh.slice(0, 10_000));
  const [zhHits, zhMs] = time(() => matcher.findSourceTerms(text.zh));
  lines.push(`zh source terms: ${CHARS.toLocaleString('en')} chars in ${zhMs.toFixed(0)} ms, ${zhHits.length} hits`);
  for (const lang of ['en', 'ru'] as const) {
    const [, coldMs] = time(() => matcher.findTargetTerms(text[lang], lang));
    const [hits, warmMs] = time(() => matcher.findTargetTerms(text[lang], lang));
    lines.push(`${lang} target terms: ${CHARS.toLocaleString('en')} chars in ${warmMs.toFixed(0)} ms (first pass, stems not cached: ${coldMs.toFixed(0)} ms), ${hits.length} hits`);
  }
  // The QA asks sentence by sentence: 5,000 sentences of each language, one call each.
  const sentences = (t: string, stop: RegExp) => t.split(stop).filter((x) => x.trim() !== '').slice(0, 5000);
  const zhSentences = sentences(text.zh, /(?<=。)/);
  const enSentences = sentences(text.en, /(?<=\.)\s+/);
  const ruSentences = sentences(text.ru, /(?<=\.)\s+/);
  const [, perSentenceMs] = time(() => {
    for (const x of zhSentences) matcher.findSourceTerms(x);
    for (const x of enSentences) matcher.findTargetTerms(x, 'en');
    for (const x of ruSentences) matcher.findTargetTerms(x, 'ru');
  });
  lines.push(`sentence by sentence: ${zhSentences.length} zh + ${enSentences.length} en + ${ruSentences.length} ru calls in ${perSentenceMs.toFixed(0)} ms`);
  const small = createTermMatcher(mergeTermBases(shipped).termBase);
  small.findSourceTerms(text.zh.slice(0, 10_000));
  const [, smallZh] = time(() => small.findSourceTerms(text.zh));
  const [, smallRu] = time(() => small.findTargetTerms(text.ru, 'ru'));
  lines.push(`shipped glossary alone over the same text: zh ${smallZh.toFixed(0)} ms, ru ${smallRu.toFixed(0)} ms`);
  return lines;
}
