/**
 * Glossary QA on planted defects (run by glossary-planted.bench.ts). Where a target sentence renders
 * a glossary term of its source correctly (the matcher finds a required rendering of a concept the
 * source has, and neither glossary check says anything about that concept), one defect is planted in
 * a copy of the bead, once for each kind that applies (each copy holds one defect):
 *
 * - forbidden: the rendering replaced by a forbidden variant of the concept (Russian: in the case of
 *   the rendering it replaces, when that case is known) — glossary.forbidden-term must flag it;
 * - missing: the rendering replaced by a paraphrase (one content word swapped for a near-synonym
 *   that is no rendering of the concept) or, when no word has one, deleted — glossary.missing-term
 *   must flag it (a forbidden-term finding on the concept counts too);
 * - inflected: the rendering put into another case or number (Russian: forms of the OpenCorpora
 *   dictionary, bench/data/glossary-ru-forms.json, never Duizhao's own declension rules) or, in
 *   English, into the plural or the possessive — must NOT be flagged: any new glossary finding on the
 *   bead is a false alarm.
 *
 * Each plant is checked on its own (one defect per bead copy) with the two glossary checks as the
 * app runs them. The unplanted beads give the false alarms of the drafts as they are.
 * Deterministic: a seeded generator picks the beads, kinds and variants.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { alignDocs } from '../core/align';
import { createTermMatcher } from '../core/glossary';
import type { Concept, TermMatcher } from '../core/glossary';
import type { Project, TargetLang } from '../core/model';
import { createProject } from '../core/project';
import { createQaContext, CHECKS } from '../core/qa';
import type { BeadCheck, BeadView, Finding } from '../core/qa';
import { importText } from '../core/text';
import { loadGlossaryFiles } from '../services/glossary-files';
import { loadLexicon } from '../services/lexicon';
import { rng } from '../tests/helpers/rng';

const root = join(__dirname, '..');

export type PlantKind = 'forbidden' | 'missing' | 'inflected';
export const KINDS: readonly PlantKind[] = ['forbidden', 'missing', 'inflected'];

export interface Plant {
  set: string;
  kind: PlantKind;
  lang: TargetLang;
  bead: number;
  zh: string;
  before: string;
  after: string;
  /** What the plant did, for reading misses: "deleted", "paraphrase", "gent", "plural"… */
  how: string;
  /** Glossary findings on the planted bead that the unplanted bead did not have. */
  added: string[];
  /** forbidden / missing: flagged; inflected: not flagged. */
  ok: boolean;
}

export interface SetResult {
  set: string;
  lang: TargetLang;
  beads: number;
  sentences: number;
  /** Glossary findings on the unplanted beads. */
  baseline: string[];
}

function shuffle<T>(xs: T[], rand: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

const GLOSSARY_CHECKS = CHECKS.filter((c): c is BeadCheck => c.scope === 'bead' && c.id.startsWith('glossary.'));

function glossaryFindings(bead: BeadView, matcher: TermMatcher): Finding[] {
  return GLOSSARY_CHECKS.flatMap((c) => c.run(bead, { matcher, ratioStats: {}, beads: {}, untranslatedTail: {} }));
}

/**
 * Near-synonyms that are a plausible first-draft slip and no rendering of the same concept: one
 * content word of the rendering swapped. Russian pairs share their declension, so the ending the
 * sentence gave the word carries over (стабильности → устойчивости).
 */
const PARAPHRASE: Record<TargetLang, Array<[RegExp, string]>> = {
  en: [
    [/^stability$/i, 'balance'],
    [/^security$/i, 'safety'],
    [/^cooperation$/i, 'collaboration'],
    [/^partnership$/i, 'alliance'],
    [/^treaty$/i, 'pact'],
    [/^organi[sz]ation$/i, 'body'],
    [/^weapons$/i, 'arms'],
    [/^charter$/i, 'statute'],
    [/^mentality$/i, 'mindset'],
    [/^initiative$/i, 'plan'],
    [/^community$/i, 'commonwealth'],
    [/^principle$/i, 'tenet'],
    [/^countries$/i, 'nations'],
    [/^states$/i, 'nations'],
    [/^president$/i, 'leader'],
    [/^statement$/i, 'declaration'],
    [/^defen[cs]e$/i, 'protection'],
    [/^disarmament$/i, 'demilitarization'],
    [/^council$/i, 'board'],
    [/^war$/i, 'conflict'],
    [/^world$/i, 'globe'],
    [/^visit$/i, 'trip'],
    [/^hegemonism$/i, 'domination'],
    [/^multilateralism$/i, 'internationalism'],
    [/^multipolarity$/i, 'pluralism'],
    [/^globalization$/i, 'integration'],
    [/^governance$/i, 'management'],
    [/^sanctions$/i, 'penalties'],
    [/^development$/i, 'growth'],
  ],
  ru: [
    [/^стабильност/i, 'устойчивост'],
    [/^безопасност/i, 'защищённост'],
    [/^сотрудничеств/i, 'содружеств'],
    [/^партн[её]рств/i, 'содружеств'],
    [/^договор/i, 'пакт'],
    [/^устав/i, 'статут'],
    [/^организаци/i, 'ассоциаци'],
    [/^инициатив/i, 'программ'],
    [/^сообществ/i, 'содружеств'],
    [/^принцип/i, 'постулат'],
    [/^стран/i, 'держав'],
    [/^председател/i, 'руководител'],
    [/^заявлени/i, 'обращени'],
    [/^совет/i, 'комитет'],
    [/^войн/i, 'битв'],
    [/^визит/i, 'вояж'],
    [/^гегемонизм/i, 'диктат'],
    [/^многосторонност/i, 'коллективност'],
    [/^многополярност/i, 'полицентричност'],
    [/^глобализаци/i, 'интеграци'],
    [/^санкци/i, 'ограничени'],
  ],
};

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;

/** One word of `text` swapped for its near-synonym (the rest of the word, its ending, kept); null when none has one. */
function paraphrase(text: string, lang: TargetLang): string | null {
  for (const m of text.matchAll(WORD)) {
    for (const [re, to] of PARAPHRASE[lang]) {
      const hit = re.exec(m[0]);
      if (!hit) continue;
      // Russian: the matched stem is replaced and the ending stays; English: the whole word.
      let swapped = lang === 'ru' ? to + m[0].slice(hit[0].length) : to;
      if (/^\p{Lu}/u.test(m[0])) swapped = swapped.charAt(0).toUpperCase() + swapped.slice(1);
      return text.slice(0, m.index) + swapped + text.slice(m.index + m[0].length);
    }
  }
  return null;
}

/** English plural of a rendering's last word, or its possessive (names: the possessive). */
function englishInflection(text: string, rand: () => number): { text: string; how: string } | null {
  const m = /([\p{L}]+)$/u.exec(text);
  if (!m) return null;
  const last = m[1]!;
  const upper = /^\p{Lu}/u.test(last);
  const possessive = upper || rand() < 0.5 || /s$/iu.test(last);
  if (possessive) return { text: /s$/u.test(last) ? `${text}’` : `${text}’s`, how: 'possessive' };
  const plural = /[^aeiou]y$/iu.test(last) ? `${last.slice(0, -1)}ies` : /(?:s|x|z|ch|sh)$/iu.test(last) ? `${last}es` : `${last}s`;
  return { text: text.slice(0, m.index) + plural, how: 'plural' };
}

const fold = (s: string): string => s.toLowerCase().replace(/ё/g, 'е').replace(/[’']/g, '');

/** Capital first letter as the replaced text had it, at a sentence start (a term in lower case after a full stop). */
function matchCapital(original: string, replacement: string): string {
  if (/^\p{Lu}/u.test(original) && /^\p{Ll}/u.test(replacement)) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

type RuForms = Record<string, Record<string, string>>;

/** The case name of `used` among the forms of `term` ("nomn" for the term itself); undefined when none. */
function caseOf(used: string, term: string, forms: RuForms): string | undefined {
  if (fold(used) === fold(term)) return 'nomn';
  const f = forms[term];
  return f ? Object.keys(f).find((k) => fold(f[k]!) === fold(used)) : undefined;
}

/** Whether a glossary finding's message is about the source term `zh` (not a longer term holding it). */
function aboutConcept(message: string, zh: string): boolean {
  return message.includes(`Glossary: ${zh} should be translated`) || message.includes(`forbidden rendering of ${zh};`) || message.includes(`forbidden rendering of ${zh}.`);
}

/** A bead with one target sentence's text replaced: a fresh view, so no check's cache sees the old one. */
function withTarget(bead: BeadView, sentenceId: string, text: string): BeadView {
  return { ...bead, target: bead.target.map((s) => (s.sentence.id === sentenceId ? { ...s, sentence: { ...s.sentence, text } } : s)) };
}

interface Candidate {
  bead: BeadView;
  concept: Concept;
  zh: string;
  /** The required renderings of the concept in the target: [sentence id, start, end, matched term]. */
  spans: Array<{ sentence: string; start: number; end: number; term: string }>;
}

/** Every (bead, concept) whose rendering is correct and unflagged: where a defect can be planted. */
function candidates(beads: readonly BeadView[], matcher: TermMatcher): Candidate[] {
  const out: Candidate[] = [];
  for (const bead of beads) {
    if (bead.source.length === 0 || bead.target.length === 0) continue;
    const sourceText = bead.source.map((s) => s.sentence.text).join(' ');
    const sourceHits = matcher.findSourceTerms(sourceText);
    if (sourceHits.length === 0) continue;
    const flagged = glossaryFindings(bead, matcher).map((f) => f.message);
    const seen = new Set<string>();
    for (const hit of sourceHits) {
      if (seen.has(hit.concept.id)) continue;
      seen.add(hit.concept.id);
      // The same Chinese words twice, or a homograph: planting one leaves the other; skip.
      if (sourceHits.some((h) => h !== hit && (h.concept.id === hit.concept.id ? h.span.start !== hit.span.start : h.span.start === hit.span.start))) continue;
      if (flagged.some((m) => aboutConcept(m, hit.text))) continue;
      const spans: Candidate['spans'] = [];
      let forbidden = false;
      for (const s of bead.target) {
        for (const t of matcher.findTargetTerms(s.sentence.text, bead.lang)) {
          if (t.concept.id !== hit.concept.id) continue;
          if (t.term.status === 'deprecated') forbidden = true;
          // Longest rendering at each place: nested shorter ones (Совет Безопасности in Совет Безопасности ООН) go with it.
          else if (!spans.some((o) => o.sentence === s.sentence.id && o.start <= t.span.start && o.end >= t.span.end)) {
            spans.push({ sentence: s.sentence.id, start: t.span.start, end: t.span.end, term: t.term.text });
          }
        }
      }
      if (forbidden || spans.length === 0) continue;
      // Overlapping renderings of one concept (two readings of the same words): plant where they do not.
      const overlapping = spans.some((a, i) => spans.some((b, j) => i !== j && a.sentence === b.sentence && a.start < b.end && b.start < a.end));
      if (overlapping) continue;
      out.push({ bead, concept: hit.concept, zh: hit.text, spans });
    }
  }
  return out;
}

/** Replaces each span (right to left per sentence) by what `replace` returns; null: not plantable. */
function planted(c: Candidate, replace: (used: string, term: string) => string | null): BeadView | null {
  let bead = c.bead;
  const bySentence = new Map<string, Candidate['spans']>();
  for (const s of c.spans) bySentence.set(s.sentence, [...(bySentence.get(s.sentence) ?? []), s]);
  for (const [id, spans] of bySentence) {
    let text = bead.target.find((s) => s.sentence.id === id)!.sentence.text;
    for (const s of [...spans].sort((a, b) => b.start - a.start)) {
      const used = text.slice(s.start, s.end);
      const r = replace(used, s.term);
      if (r === null) return null;
      text = text.slice(0, s.start) + r + text.slice(s.end);
    }
    // A deletion leaves two spaces or a space before punctuation: tidy as a translator's cut would.
    text = text.replace(/ {2,}/g, ' ').replace(/ ([,.;:)»])/gu, '$1').trim();
    bead = withTarget(bead, id, text);
  }
  return bead;
}

function targetText(bead: BeadView): string {
  return bead.target.map((s) => s.sentence.text).join(' ');
}

function plantOne(set: string, kind: PlantKind, c: Candidate, matcher: TermMatcher, forms: RuForms, rand: () => number, baseline: readonly string[]): Plant | null {
  const lang = c.bead.lang;
  let how = '';
  let bead: BeadView | null;
  if (kind === 'forbidden') {
    const variants = matcher.forbiddenTargets(c.concept, lang);
    if (variants.length === 0) return null;
    const variant = variants[Math.floor(rand() * variants.length)]!.text;
    how = `→ ${variant}`;
    bead = planted(c, (used, term) => {
      if (lang !== 'ru') return matchCapital(used, variant);
      const kase = caseOf(used, term, forms);
      // The case the rendering stood in, when known; else as the glossary writes it.
      const form = kase === undefined || kase === 'nomn' ? variant : forms[variant]?.[kase];
      if (form === undefined) return null;
      if (kase && kase !== 'nomn') how = `→ ${variant} (${kase})`;
      return matchCapital(used, form);
    });
  } else if (kind === 'missing') {
    const para = rand() < 0.75;
    how = para ? 'paraphrase' : 'deleted';
    bead = planted(c, (used) => (para ? paraphrase(used, lang) : ''));
    if (!bead && para) {
      how = 'deleted';
      bead = planted(c, () => '');
    }
    // Still rendered (a paraphrase that is an admitted rendering, a second mention): no defect.
    if (bead && matcher.findTargetTerms(targetText(bead), lang).some((t) => t.concept.id === c.concept.id && t.term.status !== 'deprecated')) return null;
  } else {
    if (c.spans.length !== 1) return null;
    if (lang === 'ru') {
      const f = forms[c.spans[0]!.term];
      if (!f) return null;
      bead = planted(c, (used, term) => {
        const kase = caseOf(used, term, forms);
        const options = Object.keys(f).filter((k) => k !== kase && fold(f[k]!) !== fold(used));
        if (options.length === 0) return null;
        const k = options[Math.floor(rand() * options.length)]!;
        how = k;
        return matchCapital(used, f[k]!);
      });
    } else {
      bead = planted(c, (used) => {
        const r = englishInflection(used, rand);
        if (!r) return null;
        how = r.how;
        return r.text;
      });
    }
  }
  if (!bead) return null;
  const after = glossaryFindings(bead, matcher).map((f) => `${f.check}: ${f.message}`);
  const left = [...baseline];
  const added = after.filter((m) => {
    const i = left.indexOf(m);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
  const onConcept = added.filter((m) => aboutConcept(m, c.zh));
  const ok = kind === 'inflected' ? added.length === 0 : kind === 'forbidden' ? onConcept.some((m) => m.startsWith('glossary.forbidden-term')) : onConcept.length > 0;
  return { set, kind, lang, bead: c.bead.index, zh: c.zh, before: targetText(c.bead), after: targetText(bead), how, added, ok };
}

function sentenceCount(bead: BeadView): number {
  return bead.target.length;
}

/** Plants into one set's beads; returns the plants and the unplanted findings. */
export function plantSet(set: string, beads: readonly BeadView[], matcher: TermMatcher, forms: RuForms, seed: number): { plants: Plant[]; result: SetResult } {
  const rand = rng(seed);
  const lang = beads[0]?.lang ?? 'en';
  const baselineByBead = new Map<BeadView, string[]>();
  const baseline: string[] = [];
  for (const b of beads) {
    const f = glossaryFindings(b, matcher).map((x) => `${x.check}: ${x.message}`);
    baselineByBead.set(b, f);
    for (const m of f) baseline.push(`#${b.index}: ${m}`);
  }
  const plants: Plant[] = [];
  // Every kind that applies, each in its own copy of the bead: one defect per planted bead.
  for (const c of shuffle(candidates(beads, matcher), rand)) {
    for (const kind of KINDS) {
      const p = plantOne(set, kind, c, matcher, forms, rand, baselineByBead.get(c.bead) ?? []);
      if (p) plants.push(p);
    }
  }
  return { plants, result: { set, lang, beads: beads.filter((b) => b.target.length > 0).length, sentences: beads.reduce((n, b) => n + sentenceCount(b), 0), baseline } };
}

/** The built-in samples, aligned as the app aligns them (English with the lexicon). */
function sampleBeads(name: string): Partial<Record<TargetLang, BeadView[]>> {
  const read = (lang: string) => readFileSync(join(root, 'samples', `${name}.${lang}.txt`), 'utf8');
  const lexicon = loadLexicon();
  const project: Project = createProject(
    { name, source: importText(read('zh'), 'zh'), targets: { en: importText(read('en'), 'en'), ru: importText(read('ru'), 'ru') } },
    (s, t) => alignDocs(s, t, t.lang === 'en' ? { lexicon } : {}),
  );
  return createQaContext(project).beads;
}

/** A line-aligned corpus (zh.txt / en.txt / ru.txt, one segment a line) as one-line beads. */
function lineBeads(dir: string, lang: TargetLang): BeadView[] {
  const zh = readFileSync(join(dir, 'zh.txt'), 'utf8').split('\n');
  const tgt = readFileSync(join(dir, `${lang}.txt`), 'utf8').split('\n');
  const views: BeadView[] = [];
  for (let i = 0; i < Math.min(zh.length, tgt.length); i++) {
    if (!zh[i]!.trim() || !tgt[i]!.trim()) continue;
    const located = (id: string, text: string) => [{ sentence: { id, text, status: 'draft' as const }, para: i, heading: false }];
    views.push({ lang, index: i, source: located(`s${i}`, zh[i]!), target: located(`t${i}`, tgt[i]!) });
  }
  return views;
}

export async function runPlanted(seed: number): Promise<{ plants: Plant[]; sets: SetResult[] }> {
  const { termBase } = await loadGlossaryFiles([join(root, 'glossary')]);
  const matcher = createTermMatcher(termBase);
  const forms = JSON.parse(readFileSync(join(__dirname, 'data', 'glossary-ru-forms.json'), 'utf8')) as RuForms;
  const sets: Array<[string, BeadView[]]> = [];
  for (const name of ['strategic-stability-2025-05-08', 'joint-statement-2025-05-08']) {
    const beads = sampleBeads(name);
    for (const lang of ['en', 'ru'] as const) sets.push([`${name.split('-2025')[0]}-${lang}`, beads[lang] ?? []]);
  }
  // More aligned text, where the shared bench data is beside the repo (bench only; tests never read it).
  const shared = [join(root, '..', 'shared'), '/work/shared'].map((d) => join(d, 'bench', 'omissions', 'data')).find((d) => existsSync(d));
  if (shared) {
    for (const [name, dir] of [['flores', 'flores200_devtest'], ['wmt22', 'wmt22_general_en2zhru']] as const) {
      for (const lang of ['en', 'ru'] as const) sets.push([`${name}-${lang}`, lineBeads(join(shared, dir), lang)]);
    }
  }
  const plants: Plant[] = [];
  const results: SetResult[] = [];
  sets.forEach(([name, beads], i) => {
    const { plants: p, result } = plantSet(name, beads, matcher, forms, seed * 31 + i);
    plants.push(...p);
    results.push(result);
  });
  return { plants, sets: results };
}
