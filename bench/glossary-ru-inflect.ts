/**
 * Writes bench/data/glossary-ru-forms.json: case and number forms of every Russian term of the
 * shipped glossary, for the planted-defect bench (bench/glossary-planted.bench.ts, kind c). The
 * forms come from an independent source, the OpenCorpora dictionary through Az.js (npm `az`), never
 * from core/glossary/ru-forms.ts, so the bench does not test the matcher against its own rules.
 * `az` is not a dependency of the project: install it anywhere and pass its folder.
 *
 *   mkdir -p /tmp/az && (cd /tmp/az && npm init -y && npm install az@0.2.3)
 *   node --import tsx bench/glossary-ru-inflect.ts /tmp/az/node_modules/az
 *
 * A term is read as adjectives (and participles, «один») agreeing with a head noun, optionally «и»
 * or «—» and a second such group, then a tail kept as written (Совет Безопасности ООН → Совета Безопасности
 * ООН). Forms: genitive, dative, instrumental, prepositional in the term's own number, and the
 * nominative and genitive of the other number when the head noun has one (not for a name). A term Az cannot read
 * (an acronym, a head it does not know) gets no forms.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { loadGlossaryFiles } from '../services/glossary-files';

/* eslint-disable @typescript-eslint/no-explicit-any -- Az.js has no types */
const azDir = process.argv[2];
if (!azDir) throw new Error('usage: node --import tsx bench/glossary-ru-inflect.ts AZ_PACKAGE_DIR');
const Az: any = createRequire(join(azDir, 'package.json'))(azDir);
const root = join(__dirname, '..');

const CASES = ['gent', 'datv', 'ablt', 'loct'] as const;
const AGREEING = new Set(['ADJF', 'PRTF', 'NUMR']);

/** The capitals of the term's word, part by part (Азиатско-Тихоокеанское → Азиатско-Тихоокеанского). */
function keepCase(model: string, word: string): string {
  const from = model.split('-');
  const parts = word.split('-');
  if (from.length !== parts.length) return word;
  return parts.map((w, i) => (from[i]![0] === from[i]![0]!.toUpperCase() && w !== '' ? w[0]!.toUpperCase() + w.slice(1) : w)).join('-');
}

/** Whether `b` is `a` with at most its last four letters changed (a case ending, not another word). */
function sameWord(a: string, b: string): boolean {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k >= Math.max(1, a.length - 4);
}

/**
 * A parse of `word` in the nominative of the wanted part of speech: one whose dictionary form is the
 * word itself first (Евразия, not a plural of «евразие»), else one whose dictionary form differs in
 * the ending only; never a parse of a shorter word inside it (многополярность as «полярность»,
 * Владимир as «мир»).
 */
function nominative(word: string, pos: (p: string) => boolean): any {
  const w = word.toLowerCase().replace(/ё/g, 'е');
  const parses: any[] = (Az.Morph(word.toLowerCase()) as any[]).filter((p) => pos(String(p.tag.POST)) && p.tag.nomn && !p.tag.Abbr && !p.tag.Fixd);
  const lemma = (p: any): string => String(p.normalize().word).replace(/ё/g, 'е');
  return parses.find((p) => lemma(p) === w) ?? parses.find((p) => sameWord(w, lemma(p)));
}

/** One agreeing group: [adjective parses…, noun parse] from `words[from]`, or null. */
function group(words: readonly string[], from: number): { parses: any[]; end: number } | null {
  const parses: any[] = [];
  let i = from;
  for (; i < words.length; i++) {
    const w = words[i]!;
    if (/^[\p{Lu}\d]{2,}$/u.test(w) || !/^[а-яё-]+$/iu.test(w)) break;
    const adj = nominative(w, (p) => AGREEING.has(p));
    const noun = nominative(w, (p) => p === 'NOUN');
    if (noun && (!adj || i === words.length - 1 || !nominative(words[i + 1] ?? '', (p) => p === 'NOUN' || AGREEING.has(p)))) {
      parses.push(noun);
      // A first name and a surname decline together (Владимир Путин → Владимира Путина).
      const surname = noun.tag.Name ? nominative(words[i + 1] ?? '', (p) => p === 'NOUN') : undefined;
      if (surname?.tag.Surn) return { parses: [...parses, surname], end: i + 2 };
      return { parses, end: i + 1 };
    }
    if (!adj) break;
    parses.push(adj);
  }
  return null;
}

function inflectGroup(words: readonly string[], from: number, g: { parses: any[] }, grams: string[], plural: boolean): string[] | null {
  const noun = g.parses.at(-1);
  const number = plural ? (noun.tag.plur ? 'sing' : 'plur') : noun.tag.plur ? 'plur' : 'sing';
  const out: string[] = [];
  for (let k = 0; k < g.parses.length; k++) {
    const p = g.parses[k];
    const isNoun = String(p.tag.POST) === 'NOUN';
    const want = isNoun ? [...grams, number] : number === 'plur' ? [...grams, 'plur'] : [...grams, 'sing', String(noun.tag.GNdr)];
    const f = p.inflect(want);
    if (!f || !sameWord(words[from + k]!.toLowerCase(), String(f.word))) return null;
    out.push(keepCase(words[from + k]!, String(f.word)));
  }
  return out;
}

function forms(term: string): Record<string, string> | null {
  const words = term.split(/\s+/u);
  const groups: Array<{ from: number; parses: any[] }> = [];
  let at = 0;
  for (;;) {
    const g = group(words, at);
    if (!g) break;
    groups.push({ from: at, parses: g.parses });
    at = g.end;
    if ((words[at] === 'и' || words[at] === '—') && group(words, at + 1)) {
      at++;
      continue;
    }
    break;
  }
  if (groups.length === 0) return null;
  const head = groups[0]!.parses.at(-1);
  // A name and a surname (a capitalised word ending in a consonant, where a genitive tail ends in a
  // vowel, -й or -ь: Совет Безопасности, Организация Объединённых Наций): no forms rather than
  // «Владимира Путин».
  if (groups[0]!.parses.length === 1 && /^\p{Lu}[а-яё]*[бвгджзклмнпрстфхцчшщ]$/u.test(words[at] ?? '')) return null;
  // A name (capitalised: Совет Безопасности) has no other number; nor has a mass noun.
  const other = !/^\p{Lu}/u.test(term) && !head.tag.Sgtm && !head.tag.Pltm && !head.tag.Fixd;
  const wanted: Array<[string, string[], boolean]> = CASES.map((c) => [c, [c], false]);
  if (other) wanted.push(['nomn-other-number', ['nomn'], true], ['gent-other-number', ['gent'], true]);
  const out: Record<string, string> = {};
  for (const [name, grams, plural] of wanted) {
    const result = [...words];
    let ok = true;
    for (const g of groups) {
      const w = inflectGroup(words, g.from, g, grams, plural);
      if (!w) {
        ok = false;
        break;
      }
      result.splice(g.from, w.length, ...w);
    }
    if (ok && result.join(' ') !== term) out[name] = result.join(' ');
  }
  return Object.keys(out).length > 0 ? out : null;
}

async function main(): Promise<void> {
  await new Promise<void>((resolve, reject) => Az.Morph.init(join(azDir!, 'dicts'), (err: unknown) => (err ? reject(err) : resolve())));
  const { termBase } = await loadGlossaryFiles([join(root, 'glossary')]);
  const terms = [...new Set(termBase.concepts.flatMap((c) => c.terms.filter((t) => t.lang === 'ru').map((t) => t.text)))].sort();
  const table: Record<string, Record<string, string>> = {};
  for (const t of terms) {
    const f = forms(t);
    if (f) table[t] = f;
  }
  mkdirSync(join(root, 'bench', 'data'), { recursive: true });
  writeFileSync(join(root, 'bench', 'data', 'glossary-ru-forms.json'), `${JSON.stringify(table, null, 1)}\n`);
  process.stdout.write(`${Object.keys(table).length} of ${terms.length} Russian terms declined\n`);
}

void main();
