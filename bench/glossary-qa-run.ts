/**
 * The end-to-end glossary figure, run by glossary.bench.ts in a fresh Node process so nothing is
 * warm (no JIT, no stem cache), as when the app or the CLI starts: the 10,000-concept term base
 * loaded, the matcher built, then every QA check over an aligned trilingual project of about
 * 1,000,000 characters (zh + en + ru). Prints one JSON object.
 */
import { createTermMatcher } from '../core/glossary';
import type { Doc } from '../core/model';
import { CHECK_IDS, runChecks } from '../core/qa';
import { bigTermBase } from './big-term-base';
import { repeatProject, sampleProject } from './repeat-project';

const CHARS = Number(process.argv[2] ?? 1_000_000);

const sentenceCount = (doc: Doc | undefined) => doc?.paragraphs.reduce((n, p) => n + (p.excluded ? 0 : p.sentences.length), 0) ?? 0;
const charCount = (doc: Doc | undefined) => doc?.paragraphs.reduce((n, p) => n + p.sentences.reduce((k, s) => k + s.text.length, 0), 0) ?? 0;

function timed<T>(fn: () => T): { out: T; ms: number; cpuMs: number } {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const out = fn();
  const used = process.cpuUsage(cpu);
  return { out, ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
}

const base = sampleProject();
const baseChars = charCount(base.source) + charCount(base.targets.en) + charCount(base.targets.ru);
const project = repeatProject(base, Math.round((sentenceCount(base.source) * CHARS) / baseChars));
const termBase = bigTermBase();

// Cold, in this order: what a fresh start does.
const build = timed(() => createTermMatcher(termBase));
const matcher = build.out;
const first = timed(() => runChecks(project, { matcher }));
const glossaryOnly = CHECK_IDS.filter((id) => !id.startsWith('glossary.'));
const runs = Array.from({ length: 3 }, () => ({
  all: timed(() => runChecks(project, { matcher })),
  glossary: timed(() => runChecks(project, { matcher, disabled: glossaryOnly })),
  none: timed(() => runChecks(project, {})),
}));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

process.stdout.write(
  JSON.stringify({
    concepts: termBase.concepts.length,
    sentences: { zh: sentenceCount(project.source), en: sentenceCount(project.targets.en), ru: sentenceCount(project.targets.ru) },
    chars: { zh: charCount(project.source), en: charCount(project.targets.en), ru: charCount(project.targets.ru) },
    build: { ms: build.ms, cpuMs: build.cpuMs },
    first: { ms: first.ms, cpuMs: first.cpuMs, findings: first.out.length, glossaryFindings: first.out.filter((f) => f.check.startsWith('glossary.')).length },
    warmAll: median(runs.map((r) => r.all.ms)),
    warmGlossary: median(runs.map((r) => r.glossary.ms)),
    warmWithoutGlossary: median(runs.map((r) => r.none.ms)),
  }),
);
