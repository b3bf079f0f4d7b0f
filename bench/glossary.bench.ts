/**
 * Term matching speed: a 10,000-concept term base (the shipped glossary plus generated concepts with
 * zh, en and ru terms of 2-5 words, as real terms mostly are; bench/big-term-base.ts) over 1,000,000
 * characters of each language (the sample statements and drafts repeated). Target: well under 1 s per
 * language. Then end to end, in a fresh process (bench/glossary-qa-run.ts): matcher build and every QA
 * check over an aligned trilingual project of 1,000,000 characters.
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { createTermMatcher, mergeTermBases, parseTermBaseFile, serializeTbx } from '../core/glossary';
import type { TargetLang } from '../core/model';
import { markTargetTerms } from '../core/qa/term-marks';
import { bigTermBase, GENERATED_TERMS, repeatTo, sampleText, shippedFiles } from './big-term-base';

export const title = 'Glossary: 10,000-term base × 1,000,000 characters';

const CHARS = 1_000_000;

function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const out = fn();
  return [out, performance.now() - start];
}

export default async function run(): Promise<string[]> {
  const text: Record<'zh' | TargetLang, string> = { zh: repeatTo(sampleText('zh'), CHARS), en: repeatTo(sampleText('en'), CHARS), ru: repeatTo(sampleText('ru'), CHARS) };
  const shipped = shippedFiles();
  const [termBase, mergeMs] = time(() => bigTermBase(shipped));
  const [matcher, buildMs] = time(() => createTermMatcher(termBase));

  const lines = [
    // Figures are wall-clock: on a shared machine they scale with the load.
    `machine: ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)} at start`,
    `term base: ${termBase.concepts.length} concepts (${shipped[0]!.concepts.length + shipped[1]!.concepts.length} shipped + ${GENERATED_TERMS} generated); generated and merged in ${mergeMs.toFixed(0)} ms, matcher build ${buildMs.toFixed(0)} ms`,
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
  // Target-side highlights: the terms the source asks for, marked in 1 M characters of translation.
  const asked = matcher.findSourceTerms(text.zh);
  for (const lang of ['en', 'ru'] as const) {
    const cpu = process.cpuUsage();
    const [marks, marksMs] = time(() => markTargetTerms(matcher, asked, text[lang], lang));
    const used = process.cpuUsage(cpu);
    lines.push(`${lang} target-side marks: ${CHARS.toLocaleString('en')} chars in ${marksMs.toFixed(0)} ms (CPU ${((used.user + used.system) / 1000).toFixed(0)} ms), ${marks.length} marks`);
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
  lines.push(...endToEnd());
  return lines;
}

interface EndToEnd {
  concepts: number;
  sentences: Record<'zh' | TargetLang, number>;
  chars: Record<'zh' | TargetLang, number>;
  build: { ms: number; cpuMs: number };
  first: { ms: number; cpuMs: number; findings: number; glossaryFindings: number };
  warmAll: number;
  warmGlossary: number;
  warmWithoutGlossary: number;
}

/** The end-to-end figure, from a fresh Node process (a cold start: no JIT, no stem cache). */
function endToEnd(): string[] {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(__dirname, 'glossary-qa-run.ts')], { cwd: join(__dirname, '..'), encoding: 'utf8' });
  const r = JSON.parse(out) as EndToEnd;
  const m = (n: number) => `${(n / 1e6).toFixed(2)} M`;
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  return [
    `end to end, fresh process: ${r.concepts} concepts × aligned project of ${m(r.chars.zh + r.chars.en + r.chars.ru)} chars (zh ${m(r.chars.zh)}, en ${m(r.chars.en)}, ru ${m(r.chars.ru)}; ${r.sentences.zh} zh sentences)`,
    `  matcher build ${ms(r.build.ms)} (${ms(r.build.cpuMs)} CPU) + all checks, first run ${ms(r.first.ms)} (${ms(r.first.cpuMs)} CPU; ${r.first.findings} findings, ${r.first.glossaryFindings} glossary) = ${ms(r.build.ms + r.first.ms)} wall, ${ms(r.build.cpuMs + r.first.cpuMs)} CPU`,
    `  warm (matcher built, median of 3): all checks ${ms(r.warmAll)}; glossary checks alone ${ms(r.warmGlossary)}; the other checks alone ${ms(r.warmWithoutGlossary)}`,
  ];
}
