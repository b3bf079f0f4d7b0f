/**
 * `check` speed (issue 17): everything `duizhao check` does after its inputs are loaded and the
 * glossary matcher and spelling dictionaries are built — every check (completeness verdicts, glossary,
 * spelling included), the project's dismissals, the report model and the JSON and text reports — over
 * a 5,000-sentence trilingual project. Target: under 1 s of CPU (process.cpuUsage, user + system).
 *
 * The project is the sample repeated with fresh ids (bench/repeat-project); each copy's verdict is
 * re-fingerprinted to its new ids, so the verdict-based completeness checks do their real work
 * instead of skipping every bead as stale.
 */
import { join } from 'node:path';
import { createTermMatcher } from '../core/glossary';
import type { Alignment, Doc, Project, TargetLang } from '../core/model';
import { verdictFingerprint } from '../core/model/verdict';
import { buildReport, CHECK_IDS, dismissFinding, loadHanReadings, needsHanReadings, partitionDismissed, renderJsonReport, renderTextReport, runChecks } from '../core/qa';
import type { QaOptions } from '../core/qa';
import { loadGlossaryFiles } from '../services/glossary-files';
import { loadSpeller } from '../services/spelling/speller';
import { repeatProject, sampleProject } from './repeat-project';
import { cpuMs } from './cpu';

export const title = 'check: a 5,000-sentence trilingual project, after the glossary is built (CPU)';

const root = join(__dirname, '..');
const SOURCE_SENTENCES = 5_000;
const RUNS = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1] ?? 0;
}

/** Verdicts whose fingerprint names the copy's sentence ids, as an alignment of that text would give. */
export function refreshVerdicts(project: Project): { project: Project; current: number } {
  const texts = (doc: Doc | undefined) => new Map((doc?.paragraphs ?? []).flatMap((p) => p.sentences.map((s) => [s.id, s] as const)));
  const src = texts(project.source);
  let current = 0;
  const alignments: Partial<Record<TargetLang, Alignment>> = {};
  for (const lang of ['en', 'ru'] as const) {
    const a = project.alignments[lang];
    if (!a) continue;
    const tgt = texts(project.targets[lang]);
    alignments[lang] = {
      ...a,
      beads: a.beads.map((b) => {
        if (!b.verdict) return b;
        current++;
        return { ...b, verdict: { ...b.verdict, of: verdictFingerprint(b.src.map((id) => src.get(id)!), b.tgt.map((id) => tgt.get(id)!)) } };
      }),
    };
  }
  return { project: { ...project, alignments }, current };
}

/** What `check` does once the project, matcher and speller are there: findings, dismissals, reports. */
function checkOnce(project: Project, options: QaOptions): { findings: number; dismissed: number } {
  const { shown, dismissed } = partitionDismissed(project, runChecks(project, options));
  const report = { ...buildReport(project, shown, ['bench']), dismissed: dismissed.length };
  renderJsonReport(report);
  renderTextReport(report, { colour: false });
  return { findings: shown.length, dismissed: dismissed.length };
}

export default async function run(): Promise<string[]> {
  const { project: repeated, current } = refreshVerdicts(repeatProject(sampleProject(), SOURCE_SENTENCES));
  const { termBase } = await loadGlossaryFiles([join(root, 'glossary')]);
  const matcher = createTermMatcher(termBase);
  const speller = await loadSpeller({ langs: ['en', 'ru'], english: 'en-US', skipAllCaps: true });
  // A reviewer's dismissals: the first 20 completeness findings (one key covers every copy of the same sentence text).
  let project = repeated;
  for (const f of runChecks(project, { matcher }).filter((x) => x.check.startsWith('completeness.')).slice(0, 20)) project = dismissFinding(project, f);
  const sentences = project.source.paragraphs.reduce((n, p) => n + (p.excluded ? 0 : p.sentences.length), 0);

  // As `check` does: pinyin-pro's readings (names.spelling) when a translation has a candidate name.
  // Loaded once per process, so measured apart from the runs.
  const before = process.cpuUsage();
  const readings = needsHanReadings(project) ? await loadHanReadings() : undefined;
  const loaded = process.cpuUsage(before);
  const lines = [`project: ${sentences} zh sentences, en + ru; ${current} beads with a current verdict; term base ${termBase.concepts.length} concepts; ${project.settings.dismissed?.length ?? 0} dismissals`];
  const runs: Array<[string, QaOptions]> = [
    ['all checks incl. spelling', { matcher, speller, ...(readings ? { readings } : {}) }],
    ['all checks, no spelling', { matcher, ...(readings ? { readings } : {}) }],
    ['completeness checks only', { disabled: CHECK_IDS.filter((id) => !id.startsWith('completeness.')) }],
  ];
  lines.push(`Han readings for names.spelling: ${readings ? `pinyin-pro loaded in ${((loaded.user + loaded.system) / 1000).toFixed(0)} ms CPU (once per process)` : 'not needed'}`);
  for (const [label, opts] of runs) {
    let out = checkOnce(project, opts); // warm-up: JIT, stem caches
    const cpu: number[] = [];
    for (let i = 0; i < RUNS; i++) cpu.push(cpuMs(() => (out = checkOnce(project, opts))));
    lines.push(`${label}: median ${median(cpu).toFixed(0)} ms CPU (max ${Math.max(...cpu).toFixed(0)}) over ${RUNS} runs; ${out.findings} findings shown, ${out.dismissed} dismissed`);
  }
  return lines;
}
