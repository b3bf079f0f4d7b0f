import type { TargetLang } from '../model/types';
import { TARGET_LANGS } from '../model/types';
import { BoundedMemo } from '../text/bounded-memo';
import { toSimplified } from './zh-simplified';
import { AhoCorasick } from './aho-corasick';
import { foldZhCode, forbiddenTargets, isZhSkipped, requiredTargets, zhMatchForm } from './term-helpers';
import { SAFE_STEM_LENGTH } from './data/target-words';
import { RU_INDECLINABLE } from './data/ru-declension';
import { foldWord, forEachWord, negatedByNon, wordKeys, wordPattern, type WordToken } from './term-tokens';
import { ruTermForms } from './ru-forms';
import { aninPlural, isIndeclinable } from './ru-names';
import type { Concept, SourceTermHit, TargetTermHit, Term, TermBase, TermMatcher } from './types';

interface Entry {
  concept: Concept;
  term: Term;
  /** For a one-word term with a short stem: the only (folded) form it matches. */
  exact?: string;
}

/** One language's automaton over interned word symbols. */
interface TargetIndex {
  automaton: AhoCorasick;
  /** Pattern index → the terms it stands for (one text may be a term of several concepts). */
  entries: Entry[][];
  /** Pattern index → number of words (to find where a match starts). */
  lengths: number[];
  /** Word key / folded word / "=ACRONYM" / "=A.C." (dotted) → symbol. */
  symbols: Map<string, number>;
  /** Raw word of a text → symbol (SKIP for articles, -1 for words of no term): words repeat. */
  rawSymbols: BoundedMemo<string, number>;
}

// Local bindings of the helpers the Chinese scan calls per character: a CommonJS build of core/
// (tsx, vitest, the bench) reads an imported function through a getter on every call.
const zhSkipped = isZhSkipped;
const zhFold = foldZhCode;

/** Symbol of a word term matching passes over (an article). */
const SKIP = -2;
/** A cache, not an index: bounded so reading many books does not grow it forever. */
const SEEN_LIMIT = 200_000;

function buildSourceIndex(concepts: readonly Concept[]): { automaton: AhoCorasick; entries: Entry[][]; lengths: number[] } {
  const byText = new Map<string, number>();
  const patterns: number[][] = [];
  const entries: Entry[][] = [];
  for (const concept of concepts) {
    for (const term of concept.terms) {
      if (term.lang !== 'zh') continue;
      // A traditional-script term also matches simplified text (zh-Hant folds onto zh).
      const form = zhMatchForm(term.text);
      const simplified = hasHan(term.text) ? zhMatchForm(toSimplified(term.text)) : form;
      for (const f of simplified === form ? [form] : [form, simplified]) addSourcePattern(f, concept, term);
    }
  }
  return { automaton: new AhoCorasick(patterns), entries, lengths: patterns.map((u) => u.length) };

  function addSourcePattern(form: string, concept: Concept, term: Concept['terms'][number]): void {
    if (form === '') return;
    let index = byText.get(form);
    if (index === undefined) {
      index = patterns.length;
      byText.set(form, index);
      // UTF-16 code units, the same units findSourceTerms reads with charCodeAt.
      const units: number[] = [];
      for (let i = 0; i < form.length; i++) units.push(form.charCodeAt(i));
      patterns.push(units);
      entries.push([]);
    }
    const list = entries[index]!;
    if (!list.some((e) => e.concept === concept)) list.push({ concept, term });
  }
}

const HAN_RE = /\p{Script=Han}/u;
function hasHan(text: string): boolean {
  return HAN_RE.test(text);
}

/** The symbol of a raw word of a text, cached per matcher and language (TargetIndex.rawSymbols). */
function rawSymbolOf(symbols: ReadonlyMap<string, number>, raw: string, lang: TargetLang): number {
  const keys = wordKeys(raw, lang);
  return keys ? symbolOf(symbols, keys) : SKIP;
}

/** What building needs of one spelling of a term word. */
interface TermWord {
  /** SKIP for an article. */
  sym: number;
  /** For a one-word term: the only folded form it may match (short stems), else undefined. */
  exact?: string;
}

/** A Russian adjective in the nominative (not -ие, which ends nouns too: соглашение). */
const NOMINATIVE_ADJECTIVE = /(?:ый|ий|ой|ая|яя|ое|ее|ые)$/u;

/** Appends the symbols of a term's words to `seq`; returns its first word (undefined: no word). A function of its own, so the build loop around it stays small for the JIT. */
function termSequence(text: string, words: RegExp, termWord: (raw: string, head: boolean) => TermWord, seq: number[]): TermWord | undefined {
  let first: TermWord | undefined;
  // Still in the term's head: only nominative adjectives so far («совместное коммюнике»).
  let head = true;
  words.lastIndex = 0;
  for (let m = words.exec(text); m !== null; m = words.exec(text)) {
    const w = termWord(m[0], head);
    head &&= NOMINATIVE_ADJECTIVE.test(m[0]);
    if (w.sym === SKIP) continue;
    first ??= w;
    seq.push(w.sym);
  }
  return first;
}

function buildTargetIndex(concepts: readonly Concept[], lang: TargetLang): TargetIndex {
  const symbols = new Map<string, number>();
  const intern = (k: string): number => {
    let s = symbols.get(k);
    if (s === undefined) {
      s = symbols.size;
      symbols.set(k, s);
    }
    return s;
  };
  // A term base repeats its words (organisation, cooperation, treaty…): each spelling is folded,
  // stemmed and given its symbol once. The same spelling always gets the same symbol, because a key
  // once in `symbols` keeps its value, so caching changes nothing.
  const termWords = new Map<string, TermWord>();
  const termWord = (raw: string, head: boolean): TermWord => {
    // A word that never inflects (кофе, коммюнике, пенальти) matches only as written: a changed
    // ending is another word or a misspelling. Judged by its ending only in the term's head, where
    // it stands in the nominative; a tail word (о сотрудничестве, миру) is a case form of a noun
    // that declines, and keeps its stem.
    const fixed = lang === 'ru' && isIndeclinable(foldWord(raw, 'ru'), raw) && (head || RU_INDECLINABLE.has(foldWord(raw, 'ru')));
    const cacheKey = fixed ? `\u0001${raw}` : raw;
    let w = termWords.get(cacheKey);
    if (w === undefined) {
      const t = wordKeys(raw, lang);
      if (t === null) w = { sym: SKIP };
      // Matched as written even when a declining use of the same spelling in another term gave
      // its symbol other spellings (юге alone, and «основополагающие юге» whose юге is a case form).
      else if (fixed) w = { sym: symbols.get(t.word) ?? intern(t.word), exact: t.word };
      // U.N. is a symbol of its own, so a team may forbid the dotted spelling and require UN.
      else if (t.dotted) w = { sym: intern(`=${t.dotted}`) };
      else if (t.acronym) w = { sym: intern(`=${t.acronym}`) };
      else {
        const sym = symbols.get(t.key) ?? symbols.get(t.word) ?? intern(t.key);
        // The whole word is a second way in: Snowball stems "Устав" to "уста" but "Устава" to "устав".
        if (!symbols.has(t.word)) symbols.set(t.word, sym);
        if (!symbols.has(t.key)) symbols.set(t.key, sym);
        if (t.bare && !symbols.has(t.bare)) symbols.set(t.bare, sym);
        w = t.key.length < SAFE_STEM_LENGTH ? { sym, exact: t.word } : { sym };
      }
      termWords.set(cacheKey, w);
    }
    return w;
  };
  const words = wordPattern();
  const byPattern = new Map<string, number>();
  const patterns: number[][] = [];
  const entries: Entry[][] = [];
  for (const concept of concepts) {
    for (const term of concept.terms) {
      if (term.lang !== lang) continue;
      const seq: number[] = [];
      const first = termSequence(term.text, words, termWord, seq);
      if (first === undefined) continue;
      const id = seq.join(' ');
      let index = byPattern.get(id);
      if (index === undefined) {
        index = patterns.length;
        byPattern.set(id, index);
        patterns.push(seq);
        entries.push([]);
      }
      const list = entries[index]!;
      if (list.some((e) => e.concept === concept && e.term.text === term.text)) continue;
      const entry: Entry = { concept, term };
      if (seq.length === 1 && first.exact !== undefined) entry.exact = first.exact;
      list.push(entry);
    }
  }
  if (lang === 'ru') addRussianFormKeys(concepts, symbols, termWords, words);
  addUndottedKeys(symbols);
  return { automaton: new AhoCorasick(patterns), entries, lengths: patterns.map((p) => p.length), symbols, rawSymbols: new BoundedMemo(SEEN_LIMIT, (raw) => rawSymbolOf(symbols, raw, lang)) };
}

/**
 * Snowball gives some case forms another stem than the nominative (систему → "сист", дня → "дня",
 * обезьяна → "обезья"): the forms generated by rule (ru-forms.ts) are a further way in, word by word.
 * After all term words have their keys, so a form never takes a key another term's word owns.
 */
function addRussianFormKeys(concepts: readonly Concept[], symbols: Map<string, number>, termWords: Map<string, TermWord>, words: RegExp): void {
  const addKey = (k: string | undefined, sym: number): void => {
    if (k !== undefined && !symbols.has(k)) symbols.set(k, sym);
  };
  // Term bases repeat their words: each (word, form) pair is keyed once, each term text declined once.
  const done = new Set<string>();
  const declined = new Set<string>();
  for (const concept of concepts) {
    for (const term of concept.terms) {
      if (term.lang !== 'ru' || declined.has(term.text)) continue;
      declined.add(term.text);
      const base = term.text.match(words) ?? [];
      // гражданин → граждане, граждан: the plural drops -ин, and Snowball stems it apart. Fleeting
      // vowels likewise (порядок → порядка, гонка → гонок).
      for (const b of base) {
        const sym = termWords.get(b)?.sym;
        if (sym === undefined || sym < 0) continue;
        for (const plural of [...aninPlural(foldWord(b, 'ru')), ...fleetingVowelForms(foldWord(b, 'ru'))]) {
          const keys = wordKeys(plural, 'ru');
          if (keys) {
            addKey(keys.key, sym);
            addKey(keys.word, sym);
          }
        }
      }
      const forms = ruTermForms(term.text);
      if (!forms) continue;
      for (const form of Object.values(forms)) {
        const raw = form.match(words) ?? [];
        if (raw.length !== base.length) continue;
        for (let i = 0; i < raw.length; i++) {
          const sym = termWords.get(base[i]!)?.sym;
          if (sym === undefined || sym < 0 || raw[i] === base[i]) continue;
          const pair = `${base[i]!}\u0000${raw[i]!}`;
          if (done.has(pair)) continue;
          done.add(pair);
          const keys = wordKeys(raw[i]!, 'ru');
          if (!keys || keys.acronym) continue;
          addKey(keys.key, sym);
          addKey(keys.word, sym);
          addKey(keys.bare, sym);
        }
      }
    }
  }
}

/**
 * A term written U.N. also matches UN in a text, unless another term owns UN. (The reverse, a text's
 * U.N. for a term UN, is symbolOf's fallback.) After every term word has its key, like the Russian forms.
 */
function addUndottedKeys(symbols: Map<string, number>): void {
  const dotted = [...symbols].filter(([k]) => k.startsWith('=') && k.includes('.'));
  for (const [k, sym] of dotted) {
    const plain = k.replaceAll('.', '');
    if (!symbols.has(plain)) symbols.set(plain, sym);
  }
}

const RU_VOWEL = 'аеёиоуыэюя';
const HUSHING = 'жшчщ';

/**
 * The forms of a Russian word that Snowball stems apart from it because a vowel comes and goes
 * (беглые гласные), generated by rule for any word, not listed: a masculine noun in consonant + -ок /
 * -ек / -ец loses the vowel in every other form (порядок → порядка, конец → конца, and their plurals),
 * a noun in consonant + -ка / -ки takes one in the genitive plural (гонка → гонок, поставки →
 * поставок, ручка → ручек, копейка → копеек). Used as extra keys of the term's word only, so a word
 * that keeps its vowel (восток → востока) loses nothing: the extra key matches no real form of it.
 */
function fleetingVowelForms(word: string): string[] {
  const out: string[] = [];
  const dropped = /^(.*[^аеёиоуыэюяйь])[оеё]([кц])$/u.exec(word);
  if (dropped && dropped[1]!.length >= 3 && [...dropped[1]!].some((c) => RU_VOWEL.includes(c))) out.push(`${dropped[1]}${dropped[2]}а`, `${dropped[1]}${dropped[2]}ов`);
  const inserted = /^(.*)([^аеёиоуыэюя])к[аи]$/u.exec(word);
  if (inserted && inserted[1]!.length >= 2 && [...inserted[1]!].some((c) => RU_VOWEL.includes(c))) {
    const [stem, before] = [inserted[1]!, inserted[2]!];
    // й and ь give way to е (копейка → копеек); else о, or е after a hushing consonant (ручка → ручек).
    out.push(before === 'й' || before === 'ь' ? `${stem}ек` : `${stem}${before}${HUSHING.includes(before) ? 'е' : 'о'}к`);
  }
  return out;
}

function symbolOf(symbols: ReadonlyMap<string, number>, t: Omit<WordToken, 'start' | 'end'>): number {
  if (t.dotted) {
    const s = symbols.get(`=${t.dotted}`);
    if (s !== undefined) return s;
  }
  if (t.acronym) {
    const s = symbols.get(`=${t.acronym}`);
    if (s !== undefined) return s;
  }
  return symbols.get(t.key) ?? symbols.get(t.word) ?? (t.bare === undefined ? undefined : symbols.get(t.bare)) ?? -1;
}

/**
 * Builds the term lookups once for a term base: one automaton over characters for Chinese and one
 * over word symbols for each target language, so a lookup is linear in the text whatever the size of
 * the term base.
 */
export function createTermMatcher(termBase: TermBase): TermMatcher {
  const source = buildSourceIndex(termBase.concepts);
  const targets = new Map<TargetLang, TargetIndex>();
  const targetIndex = (lang: TargetLang): TargetIndex => {
    let index = targets.get(lang);
    if (!index) {
      index = buildTargetIndex(termBase.concepts, lang);
      targets.set(lang, index);
    }
    return index;
  };
  // Built eagerly: a matcher is made once per term base and then used from many places.
  for (const lang of TARGET_LANGS) targetIndex(lang);
  // findSourceTerms' offsets, kept between calls: a typed array allocated per sentence cost a
  // quarter of the scan. Only the entries a call writes are read, and a scan never calls another.
  let readScratch = new Int32Array(256);

  return {
    findSourceTerms(text: string): SourceTermHit[] {
      const found: Array<{ pattern: number; start: number; end: number }> = [];
      // Offsets of the characters the automaton read: 《》 and spaces are looked through.
      if (readScratch.length < text.length) readScratch = new Int32Array(Math.max(text.length, readScratch.length * 2));
      const read = readScratch;
      let k = 0;
      let end = 0;
      const emit = (p: number): void => {
        found.push({ pattern: p, start: read[k - source.lengths[p]!]!, end });
      };
      const automaton = source.automaton;
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (zhSkipped(code)) continue;
        read[k++] = i;
        state = automaton.step(state, zhFold(code));
        if (state !== 0 && automaton.hasOutput(state)) {
          end = i + 1;
          automaton.outputs(state, emit);
        }
      }
      // Longest match with correct nesting: leftmost start first, longer first, no overlaps.
      found.sort((a, b) => a.start - b.start || b.end - a.end);
      const hits: SourceTermHit[] = [];
      let reached = 0;
      for (const f of found) {
        if (f.start < reached) continue;
        reached = f.end;
        for (const e of source.entries[f.pattern]!) hits.push({ concept: e.concept, span: { start: f.start, end: f.end }, text: text.slice(f.start, f.end) });
      }
      return hits;
    },

    findTargetTerms(text: string, lang: TargetLang): TargetTermHit[] {
      const index = targetIndex(lang);
      const { automaton, lengths, entries } = index;
      const hits: TargetTermHit[] = [];
      // Offsets of the words read so far (articles skipped), to turn a match into a span.
      const starts: number[] = [];
      const ends: number[] = [];
      const emit = (p: number): void => {
        const span = { start: starts[starts.length - lengths[p]!]!, end: ends[ends.length - 1]! };
        if (negatedByNon(text, span.start)) return;
        for (const e of entries[p]!) {
          if (e.exact !== undefined && foldWord(text.slice(span.start, span.end), lang) !== e.exact) continue;
          hits.push({ concept: e.concept, term: e.term, span, lang });
        }
      };
      let state = 0;
      forEachWord(text, (start, end) => {
        const sym = index.rawSymbols.get(text.slice(start, end));
        if (sym === SKIP) return;
        starts.push(start);
        // A closing single quote (‘Iron Dome’) or a plural possessive (States’) is not part of the term.
        const last = text.charCodeAt(end - 1);
        ends.push(end - (last === 0x27 || last === 0x2019 ? 1 : 0));
        state = automaton.step(state, sym);
        if (state !== 0 && automaton.hasOutput(state)) automaton.outputs(state, emit);
      });
      hits.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
      return hits;
    },

    requiredTargets,
    forbiddenTargets,
  };
}
