/**
 * Spelling speed (CPU time): loading each Hunspell dictionary (hunspell-asm), the spelling check over
 * the 5,000-sentence trilingual project (goal < 1 s), and the editor's live check of one edited
 * sentence (goal < 5 ms). The app runs the same code in its QA worker; these figures are Node's.
 *
 * The big project repeats the sample, so after its first copy every word is a cache hit. Hence also
 * the cost of a word not seen before, and what a document of 20,000 distinct word forms would cost.
 */
import { join } from 'node:path';
import type { Doc, TargetLang } from '../core/model';
import { createQaContext } from '../core/qa';
import type { QaContext } from '../core/qa';
import { spellingMisspelling } from '../core/qa/checks/spelling-misspelling';
import { createSpeller, glossaryTargetWords, spellTokens } from '../core/spelling';
import type { SpellChecker, SpellLocale, Speller } from '../core/spelling';
import { loadGlossaryFiles } from '../services/glossary-files';
import { hunspellChecker, readDictionaryFiles } from '../services/spelling/dictionaries';
import { readTeamDictionary, teamDictionaryPath } from '../services/spelling/team-dictionary';
import { repeatProject, sampleProject } from './repeat-project';

export const title = 'Spelling: dictionary load, a 5,000-sentence trilingual project, one edited sentence';

const root = join(__dirname, '..');
const SOURCE_SENTENCES = 5_000;

/** CPU milliseconds (user + system) of a call. */
async function cpu<T>(work: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const start = process.cpuUsage();
  const value = await work();
  const used = process.cpuUsage(start);
  return { ms: (used.user + used.system) / 1000, value };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1] ?? 0;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))] ?? 0;
}

const sentenceCount = (doc: Doc | undefined) => doc?.paragraphs.reduce((n, p) => n + (p.excluded ? 0 : p.sentences.length), 0) ?? 0;

/** A made-up word no dictionary knows, different for each i (letters only: words with digits are skipped). */
function nonceWord(i: number): string {
  let s = '';
  let n = i + 1;
  while (n > 0) {
    s += String.fromCharCode(97 + (n % 26));
    n = Math.floor(n / 26);
  }
  return `zq${s}vex`;
}

export default async function run(): Promise<string[]> {
  const lines: string[] = [];

  // 1. Dictionaries. The first load also compiles Hunspell's WebAssembly (once per process).
  const files = { 'en-US': await readDictionaryFiles('en-US'), 'en-GB': await readDictionaryFiles('en-GB'), ru: await readDictionaryFiles('ru') };
  const first = await cpu(() => hunspellChecker('en-US', files['en-US']));
  const load: Record<SpellLocale, number> = { 'en-US': 0, 'en-GB': 0, ru: 0 };
  const checkers: Partial<Record<SpellLocale, SpellChecker>> = {};
  for (const locale of ['en-US', 'en-GB', 'ru'] as const) {
    const r = await cpu(() => hunspellChecker(locale, files[locale]));
    load[locale] = r.ms;
    checkers[locale] = r.value;
  }
  const mb = (l: SpellLocale) => ((files[l].aff.length + files[l].dic.length) / 1e6).toFixed(1);
  lines.push(
    `dictionary load (files in memory → Hunspell), CPU: en-US ${load['en-US'].toFixed(0)} ms (${mb('en-US')} MB), en-GB ${load['en-GB'].toFixed(0)} ms (${mb('en-GB')} MB), ru ${load.ru.toFixed(0)} ms (${mb('ru')} MB); ` +
      `WebAssembly compile once ${(first.ms - load['en-US']).toFixed(0)} ms`,
  );

  // 2. The spelling check over the big project, as the QA run does it (suggestions for each unknown word included).
  const base = sampleProject();
  const project = repeatProject(base, SOURCE_SENTENCES);
  const { termBase } = await loadGlossaryFiles([join(root, 'glossary')]);
  const team = await readTeamDictionary(teamDictionaryPath(join(root, 'glossary')));
  const accepted = [...team.words, ...glossaryTargetWords(termBase)];
  const newSpeller = (): Speller => createSpeller({ checkers: { en: checkers['en-US']!, ru: checkers.ru! }, acceptedWords: accepted });
  const built = await cpu(newSpeller);
  // The bead views are built once per QA run for all checks; spelling's own cost is the rest.
  const context = await cpu(() => createQaContext(project, { speller: built.value }));
  const spellProject = (ctx: QaContext) => {
    let found = 0;
    for (const lang of ['en', 'ru'] as const) for (const bead of ctx.beads[lang] ?? []) found += spellingMisspelling.run(bead, ctx).length;
    return found;
  };
  const cold = await cpu(() => spellProject(context.value));
  const warm = await cpu(() => spellProject(context.value));
  const targetSentences = sentenceCount(project.targets.en) + sentenceCount(project.targets.ru);
  let tokens = 0;
  const distinct = new Set<string>();
  for (const lang of ['en', 'ru'] as const) {
    for (const para of project.targets[lang]?.paragraphs ?? []) if (!para.excluded) for (const s of para.sentences) for (const t of spellTokens(s.text)) {
      tokens++;
      distinct.add(t.word);
    }
  }
  // What a word the caches have not seen costs, in real text: one copy of the sample with a fresh
  // speller (every distinct word looked up once; the code already warm), less its per-word share.
  const baseContext = createQaContext(base, { speller: newSpeller() });
  let baseTokens = 0;
  const baseDistinct = new Set<string>();
  for (const lang of ['en', 'ru'] as const) for (const bead of baseContext.beads[lang] ?? []) for (const t of bead.target) for (const w of spellTokens(t.sentence.text)) {
    baseTokens++;
    baseDistinct.add(w.word);
  }
  const once = await cpu(() => spellProject(baseContext));
  const perToken = warm.ms / tokens;
  const perUnseen = ((once.ms - baseTokens * perToken) / baseDistinct.size) * 1000;
  const unseen = 20_000;
  const estimate = warm.ms + (unseen * perUnseen) / 1000;
  lines.push(
    `project: ${sentenceCount(project.source)} zh + ${sentenceCount(project.targets.en)} en + ${sentenceCount(project.targets.ru)} ru sentences, ${tokens} words (${distinct.size} distinct: the sample repeated); accepted words ${accepted.length} (glossary + team), speller built in ${built.ms.toFixed(0)} ms CPU`,
    `spelling check over all ${targetSentences} en/ru sentences (${cold.value} findings), CPU: ${cold.ms.toFixed(0)} ms from cold caches, ${warm.ms.toFixed(0)} ms warm (bead views, shared by all checks: ${context.ms.toFixed(0)} ms)`,
    `a word not seen before (one copy of the sample, fresh speller: ${baseDistinct.size} distinct words in ${once.ms.toFixed(0)} ms): ${perUnseen.toFixed(0)} µs → a 5,000-sentence document of ${unseen.toLocaleString('en')} distinct word forms ≈ ${estimate.toFixed(0)} ms CPU`,
  );

  // 3. The editor's live check: one sentence just typed into, with a word no cache has seen.
  const speller = newSpeller();
  spellProject(createQaContext(base, { speller })); // the worker's speller has seen the project's words by the time you type
  const live: number[] = [];
  const sentences: Array<{ lang: TargetLang; text: string }> = [];
  for (const lang of ['en', 'ru'] as const) for (const para of project.targets[lang]?.paragraphs ?? []) for (const s of para.sentences) sentences.push({ lang, text: s.text });
  for (let i = 0; i < 1_000; i++) {
    const s = sentences[(i * 7919) % sentences.length]!;
    const text = `${s.text} ${nonceWord(i)}`;
    const r = await cpu(() => speller.misspellings(text, s.lang));
    if (!r.value.some((m) => m.word === nonceWord(i))) throw new Error(`the made-up word ${nonceWord(i)} was not flagged`);
    live.push(r.ms);
  }
  lines.push(`live check of one edited sentence (a new unknown word in it), CPU: median ${median(live).toFixed(2)} ms, 99th percentile ${percentile(live, 0.99).toFixed(2)} ms over ${live.length} sentences`);

  // 4. Suggestions: asked only when the quick-fix menu opens (or the QA run words a finding), cached per word.
  const suggest: Record<TargetLang, number[]> = { en: [], ru: [] };
  const typos: Record<TargetLang, string[]> = { en: ['goverment', 'stategic', 'agreemnt', 'secuirty', 'nucelar'], ru: ['стратегичесой', 'безопасносте', 'договорённостм', 'сотрудничесво', 'государствмми'] };
  for (const lang of ['en', 'ru'] as const) {
    for (const word of typos[lang]) suggest[lang].push((await cpu(() => speller.suggestions(word, lang))).ms);
  }
  lines.push(`suggestions for one unknown word (first time; cached after), CPU: en median ${median(suggest.en).toFixed(0)} ms, ru median ${median(suggest.ru).toFixed(0)} ms`);
  return lines;
}
