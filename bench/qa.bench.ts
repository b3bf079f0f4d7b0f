/**
 * QA speed: every check (glossary included, with the shipped term base) over a 5,000-sentence
 * trilingual project, built from the strategic-stability sample and its two drafts, aligned once and
 * repeated with fresh ids (noise paragraphs of the raw source included, not counted). Target: well under 1 s for the batch run; the live per-bead check must
 * fit in a keystroke.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignDocs } from '../core/align';
import { createTermMatcher } from '../core/glossary';
import type { Alignment, Doc, Project, TargetLang } from '../core/model';
import { createProject } from '../core/project';
import { checkBead, createQaContext, runChecks } from '../core/qa';
import { importText } from '../core/text';
import { loadGlossaryFiles } from '../main/services/glossary-files';
import { loadLexicon } from '../main/services/lexicon';

export const title = 'QA: all checks over a 5,000-sentence trilingual project';

const root = join(__dirname, '..');
const SOURCE_SENTENCES = 5_000;

/** The project repeated until its source has at least `sentences` aligned sentences; ids stay unique. */
function repeatProject(base: Project, sentences: number): Project {
  const perCopy = base.source.paragraphs.reduce((n, p) => n + (p.excluded ? 0 : p.sentences.length), 0);
  const copies = Math.ceil(sentences / perCopy);
  const copyDoc = (doc: Doc): Doc => ({
    lang: doc.lang,
    flags: [],
    paragraphs: Array.from({ length: copies }, (_, c) =>
      doc.paragraphs.map((p) => ({ ...p, id: `${p.id}-c${c}`, sentences: p.sentences.map((s) => ({ ...s, id: `${s.id}-c${c}` })) })),
    ).flat(),
  });
  const copyAlignment = (a: Alignment): Alignment => ({
    ...a,
    beads: Array.from({ length: copies }, (_, c) => a.beads.map((b) => ({ ...b, src: b.src.map((id) => `${id}-c${c}`), tgt: b.tgt.map((id) => `${id}-c${c}`) }))).flat(),
  });
  const targets: Partial<Record<TargetLang, Doc>> = {};
  const alignments: Partial<Record<TargetLang, Alignment>> = {};
  for (const lang of ['en', 'ru'] as const) {
    const t = base.targets[lang];
    const a = base.alignments[lang];
    if (t && a) {
      targets[lang] = copyDoc(t);
      alignments[lang] = copyAlignment(a);
    }
  }
  return { ...base, source: copyDoc(base.source), targets, alignments };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1] ?? 0;
}

export default async function run(): Promise<string[]> {
  const read = (lang: string) => readFileSync(join(root, 'samples', `strategic-stability-2025-05-08.${lang}.txt`), 'utf8');
  const lexicon = loadLexicon();
  const base = createProject(
    { name: 'bench', source: importText(read('zh'), 'zh'), targets: { en: importText(read('en'), 'en'), ru: importText(read('ru'), 'ru') } },
    (s, t) => alignDocs(s, t, t.lang === 'en' ? { lexicon } : {}),
  );
  const project = repeatProject(base, SOURCE_SENTENCES);
  const count = (doc: Doc | undefined) => doc?.paragraphs.reduce((n, p) => n + (p.excluded ? 0 : p.sentences.length), 0) ?? 0;
  const chars = [project.source, project.targets.en, project.targets.ru].reduce((n, d) => n + (d?.paragraphs.reduce((m, p) => m + p.sentences.reduce((k, s) => k + s.text.length, 0), 0) ?? 0), 0);
  const { termBase } = await loadGlossaryFiles([join(root, 'glossary')]);
  const matcher = createTermMatcher(termBase);

  runChecks(project, { matcher }); // warm-up: JIT, stem caches
  const times: number[] = [];
  const cpu: number[] = [];
  let findings = 0;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    findings = runChecks(project, { matcher }).length;
    times.push(performance.now() - start);
    cpu.push(process.cpuUsage(startCpu).user / 1000);
  }

  const ctx = createQaContext(project, { matcher });
  const beads = project.alignments.en?.beads.length ?? 0;
  const live: number[] = [];
  for (let i = 0; i < 1_000; i++) {
    const index = (i * 7919) % beads;
    const start = performance.now();
    checkBead(project, 'en', index, ctx, { matcher });
    live.push(performance.now() - start);
  }
  return [
    `project: ${count(project.source)} zh + ${count(project.targets.en)} en + ${count(project.targets.ru)} ru sentences, ${(chars / 1e6).toFixed(2)} M characters; term base ${termBase.concepts.length} concepts`,
    `runChecks (all checks, ${findings} findings): median ${median(times).toFixed(0)} ms wall, ${median(cpu).toFixed(0)} ms CPU; best ${Math.min(...times).toFixed(0)} ms over ${times.length} runs`,
    `checkBead (live, one bead, context prebuilt): median ${median(live).toFixed(2)} ms, max ${Math.max(...live).toFixed(2)} ms over ${live.length} beads`,
  ];
}
