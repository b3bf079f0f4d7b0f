/**
 * The 10,000-concept term base of the glossary benches: the shipped glossary plus generated concepts
 * with zh, en and ru terms of 2-5 words (as real terms mostly are), their words taken from the sample
 * drafts so they share stems with the texts scanned. Deterministic, so runs are comparable.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeTermBases, parseTermBaseFile } from '../core/glossary';
import type { Concept, ParsedTermFile, TermBase } from '../core/glossary';

export const GENERATED_TERMS = 10_000;

const root = join(__dirname, '..');
const read = (f: string) => readFileSync(join(root, f), 'utf8');

/** Both sample statements of one language, concatenated. */
export function sampleText(lang: 'zh' | 'en' | 'ru'): string {
  return read(`samples/strategic-stability-2025-05-08.${lang}.txt`) + read(`samples/joint-statement-2025-05-08.${lang}.txt`);
}

/** `text` repeated and cut to exactly `size` characters. */
export function repeatTo(text: string, size: number): string {
  return text.repeat(Math.ceil(size / text.length)).slice(0, size);
}

/** Deterministic generator (mulberry32). */
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

function generatedConcepts(): Concept[] {
  const rand = rng(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const han = [...new Set(sampleText('zh').match(/\p{Script=Han}/gu) ?? [])];
  // Words of the million-character texts the glossary bench scans (so the base stays what it was).
  const en = words(repeatTo(sampleText('en'), 1_000_000));
  const ru = words(repeatTo(sampleText('ru'), 1_000_000));
  const concepts: Concept[] = [];
  for (let i = 0; i < GENERATED_TERMS; i++) {
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

/** The shipped glossary files, parsed. */
export function shippedFiles(): ParsedTermFile[] {
  return ['diplomatic.tbx', 'set-phrases.csv'].map((f) => parseTermBaseFile(f, read(`glossary/${f}`)));
}

/** The shipped glossary merged with the generated concepts. */
export function bigTermBase(shipped: ParsedTermFile[] = shippedFiles()): TermBase {
  return mergeTermBases([...shipped, { concepts: generatedConcepts(), problems: [] }]).termBase;
}
