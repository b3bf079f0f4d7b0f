/**
 * The term matcher against a brute-force reference on random term bases and texts: the reference
 * gives each term word its symbol the plain way (one word at a time, no caches, the rules the
 * matcher documents: stem key, whole word and vowel-less stem as aliases, acronyms apart) and tries
 * every term at every word position; the matcher must return exactly the same hits, in the same
 * order. Words come from the real sample drafts, so inflected forms share stems, and Snowball's
 * quirks (Устав / Устава, ассамблея / ассамблеи) meet the aliasing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTermMatcher } from '../core/glossary';
import type { Concept, Term, TermStatus } from '../core/glossary';
import { SAFE_STEM_LENGTH } from '../core/glossary/data/target-words';
import { foldZhCode, isZhSkipped, zhMatchForm } from '../core/glossary/term-helpers';
import { foldWord, wordKeys, wordTokens } from '../core/glossary/term-tokens';
import { isIndeclinable } from '../core/glossary/ru-names';
import { RU_INDECLINABLE } from '../core/glossary/data/ru-declension';
import type { TargetLang } from '../core/model';

const SAMPLES = join(__dirname, '..', 'samples');
const sample = (lang: string) =>
  ['strategic-stability', 'joint-statement'].map((s) => readFileSync(join(SAMPLES, `${s}-2025-05-08.${lang}.txt`), 'utf8')).join('\n');

/**
 * Real words of each draft in families that share their first letters (Устав, Устава, Уставом;
 * partnership, partnerships), so inflected forms meet on one stem and Snowball's inconsistencies
 * meet the aliasing. Terms are written into the random texts with their words re-inflected.
 */
function families(text: string, groups: number): string[][] {
  const byPrefix = new Map<string, Set<string>>();
  for (const w of text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*['’]?/gu) ?? []) {
    const prefix = w.toLowerCase().slice(0, 5);
    if (!byPrefix.has(prefix)) byPrefix.set(prefix, new Set());
    byPrefix.get(prefix)!.add(w);
  }
  return [...byPrefix.values()].filter((f) => f.size >= 2).slice(0, groups).map((f) => [...f]);
}
/** Forms the matcher's documented rules are about: acronyms, possessives, articles, ё, short and odd stems. */
const FAMILIES: Record<TargetLang, string[][]> = {
  en: [
    ...families(sample('en'), 30),
    ['UN', 'un', 'UNESCO', 'U.N.'],
    ['US', 'U.S.', 'U.S.A.'],
    ['States’', 'States', 'State’s'],
    ['Organisation’s', 'Organisation', 'organisations'],
    ['Iron', 'iron'],
    ['Dome’', 'Dome'],
    ['the', 'a', 'The'],
    ['Belt-and-Road', 'Belt and Road'],
  ],
  ru: [
    ...families(sample('ru'), 30),
    ['Устав', 'Устава', 'Уставом', 'Уставной'],
    ['ООН', 'оон'],
    ['ассамблея', 'ассамблеи', 'Ассамблеей'],
    ['Юг', 'Юга', 'юге'],
    ['Си', 'си'],
    ['в', 'В'],
    ['партнёрство', 'партнерства', 'партнёрством'],
  ],
};
const WORDS: Record<TargetLang, string[]> = { en: FAMILIES.en.flat(), ru: FAMILIES.ru.flat() };
/** A word of the same family (another inflected form of it, most of the time). */
function sibling(word: string, lang: TargetLang, n: number): string {
  const family = FAMILIES[lang].find((f) => f.includes(word)) ?? [word];
  return family[n % family.length]!;
}
const HAN = [...sample('zh').replace(/\s/g, '')].slice(0, 3000).join('');

/** A passing run takes about a second; a failing one stops shrinking after 30 s and still fails. */
const SHRINK_LIMIT = { interruptAfterTimeLimit: 30_000, markInterruptAsFailure: true };

const STATUSES: TermStatus[] = ['preferred', 'admitted', 'deprecated'];

interface Hit {
  concept: string;
  term?: string;
  start: number;
  end: number;
}

/** The target hits the matcher must give, by brute force. */
function referenceTargets(concepts: readonly Concept[], text: string, lang: TargetLang): Hit[] {
  const symbols = new Map<string, number>();
  const intern = (k: string): number => {
    if (!symbols.has(k)) symbols.set(k, symbols.size);
    return symbols.get(k)!;
  };
  const terms: Array<{ concept: Concept; term: Term; seq: number[]; exact?: string }> = [];
  for (const concept of concepts) {
    for (const term of concept.terms) {
      if (term.lang !== lang) continue;
      const tokens = wordTokens(term.text, lang);
      if (tokens.length === 0) continue;
      // Russian: a word that never inflects matches only as written, judged by its ending while the
      // term's head lasts (nominative adjectives before it), anywhere when listed.
      let head = true;
      let firstFixed = false;
      const seq = tokens.map((t, i) => {
        const raw = term.text.slice(t.start, t.end);
        const fixed = lang === 'ru' && isIndeclinable(t.word, raw) && (head || RU_INDECLINABLE.has(t.word));
        head &&= /(?:ый|ий|ой|ая|яя|ое|ее|ые)$/u.test(raw);
        if (i === 0) firstFixed = fixed;
        if (fixed) return symbols.get(t.word) ?? intern(t.word);
        if (t.dotted) return intern(`=${t.dotted}`);
        if (t.acronym) return intern(`=${t.acronym}`);
        const sym = symbols.get(t.key) ?? symbols.get(t.word) ?? intern(t.key);
        for (const alias of [t.word, t.key, t.bare]) if (alias !== undefined && !symbols.has(alias)) symbols.set(alias, sym);
        return sym;
      });
      if (terms.some((x) => x.concept === concept && x.term.text === term.text)) continue;
      const only = tokens[0]!;
      // One word: a short stem, or a word that never inflects, matches only as written.
      const exact = tokens.length === 1 && (firstFixed || (!only.acronym && only.key.length < SAFE_STEM_LENGTH)) ? only.word : undefined;
      terms.push({ concept, term, seq, exact });
    }
  }
  // A term's U.N. also stands for UN where no term is UN.
  for (const k of [...symbols.keys()]) if (k.startsWith('=') && k.includes('.') && !symbols.has(k.replaceAll('.', ''))) symbols.set(k.replaceAll('.', ''), symbols.get(k)!);
  const words = wordTokens(text, lang).map((t) => {
    const dotted = t.dotted === undefined ? undefined : symbols.get(`=${t.dotted}`);
    const acronym = t.acronym === undefined ? undefined : symbols.get(`=${t.acronym}`);
    const sym = dotted ?? acronym ?? symbols.get(t.key) ?? symbols.get(t.word) ?? (t.bare === undefined ? undefined : symbols.get(t.bare)) ?? -1;
    const last = text.charCodeAt(t.end - 1);
    return { sym, start: t.start, end: t.end - (last === 0x27 || last === 0x2019 ? 1 : 0) };
  });
  const hits: Hit[] = [];
  // Reading order of the ends, then longest first, then term-base order: the order the automaton reports in.
  for (let end = 1; end <= words.length; end++) {
    const here = terms.filter((x) => x.seq.length <= end && x.seq.every((s, k) => words[end - x.seq.length + k]!.sym === s));
    here.sort((a, b) => b.seq.length - a.seq.length);
    for (const x of here) {
      const start = words[end - x.seq.length]!.start;
      const stop = words[end - 1]!.end;
      if (x.exact !== undefined && foldWord(text.slice(start, stop), lang) !== x.exact) continue;
      hits.push({ concept: x.concept.id, term: x.term.text, start, end: stop });
    }
  }
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The source hits the matcher must give, by brute force: leftmost, then longest, no overlap. */
function referenceSources(concepts: readonly Concept[], text: string): Hit[] {
  const read: number[] = [];
  let folded = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isZhSkipped(code)) continue;
    read.push(i);
    folded += String.fromCharCode(foldZhCode(code));
  }
  const forms = new Map<string, Concept[]>();
  for (const concept of concepts) {
    for (const term of concept.terms) {
      const form = term.lang === 'zh' ? zhMatchForm(term.text) : '';
      if (form === '') continue;
      const list = forms.get(form) ?? [];
      if (!list.includes(concept)) list.push(concept);
      forms.set(form, list);
    }
  }
  const hits: Hit[] = [];
  let reached = 0;
  for (let k = 0; k < folded.length; k++) {
    let best = '';
    for (const form of forms.keys()) if (form.length > best.length && folded.startsWith(form, k)) best = form;
    if (best === '' || read[k]! < reached) continue;
    const start = read[k]!;
    const end = read[k + best.length - 1]! + 1;
    reached = end;
    for (const c of forms.get(best)!) hits.push({ concept: c.id, start, end });
  }
  return hits;
}

/** A random term base over the pools: duplicates, shared words and all three statuses on purpose. */
const termBaseArb = fc.array(
  fc.record({
    zh: fc.array(fc.tuple(fc.nat(HAN.length - 1), fc.integer({ min: 1, max: 5 })), { minLength: 1, maxLength: 2 }),
    en: fc.array(fc.tuple(fc.array(fc.constantFrom(...WORDS.en), { minLength: 1, maxLength: 3 }), fc.constantFrom(...STATUSES)), { maxLength: 3 }),
    ru: fc.array(fc.tuple(fc.array(fc.constantFrom(...WORDS.ru), { minLength: 1, maxLength: 3 }), fc.constantFrom(...STATUSES)), { maxLength: 3 }),
  }),
  { minLength: 1, maxLength: 25 },
);

function concepts(raw: ReadonlyArray<{ zh: Array<[number, number]>; en: Array<[string[], TermStatus]>; ru: Array<[string[], TermStatus]> }>): Concept[] {
  return raw.map((c, i) => ({
    id: `c${i}`,
    origin: { file: 'random', line: i + 1 },
    terms: [
      ...c.zh.map(([at, n]): Term => ({ lang: 'zh', status: 'preferred', text: HAN.slice(at, at + n) })),
      ...c.en.map(([w, status]): Term => ({ lang: 'en', status, text: w.join(' ') })),
      ...c.ru.map(([w, status]): Term => ({ lang: 'ru', status, text: w.join(' ') })),
    ],
  }));
}

/** A text over the same pool, with some terms of the base written in, separated by spaces and punctuation. */
function textArb(lang: TargetLang): fc.Arbitrary<string[]> {
  return fc.array(fc.oneof(fc.constantFrom(...WORDS[lang]), fc.constantFrom(' ', ', ', '. ', '“', '’ ', '-', ' the ')), { maxLength: 80 });
}

const simplify = (hits: Array<{ concept: Concept; term?: Term; span: { start: number; end: number } }>): Hit[] =>
  hits.map((h) => ({ concept: h.concept.id, ...(h.term ? { term: h.term.text } : {}), start: h.span.start, end: h.span.end }));

describe('the term matcher finds exactly what brute force finds', () => {
  // The properties must not hold vacuously: count what the reference found.
  let found = 0;
  for (const lang of ['en', 'ru'] as const) {
    it(`${lang} targets: random term bases from the draft's own words, random texts with terms written in`, () => {
      fc.assert(
        fc.property(termBaseArb, textArb(lang), fc.array(fc.nat(), { maxLength: 6 }), (raw, generated, inserts) => {
          const base = concepts(raw);
          const own = base.flatMap((c) => c.terms.filter((t) => t.lang === lang).map((t) => t.text));
          // A copy: fast-check replays and shrinks the generated value, which must stay as generated.
          const parts = [...generated];
          for (const n of inserts) {
            if (own.length === 0) break;
            const inflected = own[n % own.length]!.split(' ').map((w, i) => sibling(w, lang, n >> i));
            parts.splice(n % (parts.length + 1), 0, ` ${inflected.join(' ')} `);
          }
          const text = parts.join(' ');
          const expected = referenceTargets(base, text, lang);
          found += expected.length;
          expect(simplify(createTermMatcher({ concepts: base }).findTargetTerms(text, lang))).toEqual(expected);
        }),
        { numRuns: 200, ...SHRINK_LIMIT },
      );
      expect(found).toBeGreaterThan(150);
      found = 0;
    });
  }

  it('zh sources: random term bases cut from the sample, random stretches of it with 《》 and spaces', () => {
    fc.assert(
      fc.property(termBaseArb, fc.nat(HAN.length - 1), fc.integer({ min: 0, max: 300 }), fc.array(fc.nat(), { maxLength: 6 }), (raw, at, n, marks) => {
        const base = concepts(raw);
        const chars = [...HAN.slice(at, at + n)];
        for (const m of marks) chars.splice(m % (chars.length + 1), 0, ['《', '》', ' ', '（'][m % 4]!);
        const text = chars.join('');
        const expected = referenceSources(base, text);
        found += expected.length;
        expect(simplify(createTermMatcher({ concepts: base }).findSourceTerms(text))).toEqual(expected);
      }),
      { numRuns: 150, ...SHRINK_LIMIT },
    );
    expect(found).toBeGreaterThan(150);
    found = 0;
  });

  it('agrees on the keys it is built from: a word the base spells is found by its own spelling', () => {
    // Guards the reference itself: the words it would intern are the matcher's words.
    for (const lang of ['en', 'ru'] as const) {
      for (const w of WORDS[lang]) {
        const keys = wordKeys(w, lang);
        if (!keys) continue;
        const base: Concept[] = [{ id: 'x', origin: { file: 'f', line: 1 }, terms: [{ lang, status: 'preferred', text: w }] }];
        expect(referenceTargets(base, w, lang).length, w).toBeGreaterThan(0);
        expect(createTermMatcher({ concepts: base }).findTargetTerms(w, lang).length, w).toBeGreaterThan(0);
      }
    }
  });
});
