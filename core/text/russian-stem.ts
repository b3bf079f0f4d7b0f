/**
 * The Snowball Russian stemmer, written out for speed: the same stems as the `snowball-stemmers`
 * package's russian stemmer (checked word for word in tests/russian-stem.test.ts) at a fraction of
 * its cost (that generated code spent ~37 µs a word on a cold process: 35 ms for the 943 distinct
 * words of the joint statement's Russian draft; issue 13).
 *
 * Suffixes are removed only inside RV (after the first vowel); a suffix list yields its longest
 * member that fits in RV and only it. ё is not a vowel here, as in the generated code (the aligner
 * reads it as е before stemming). The word is expected lower-cased.
 */

const VOWELS = new Set(['а', 'е', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я']);

/** Longest first: the first that fits is the longest. */
function byLength(list: readonly string[]): readonly string[] {
  return [...list].sort((a, b) => b.length - a.length);
}

/** Perfective gerunds: the first group only after а or я. */
const GERUND_AFTER_A = ['в', 'вши', 'вшись'];
const GERUND = byLength([...GERUND_AFTER_A, 'ив', 'ивши', 'ившись', 'ыв', 'ывши', 'ывшись']);
const ADJECTIVE = byLength(['ее', 'ие', 'ые', 'ое', 'ими', 'ыми', 'ей', 'ий', 'ый', 'ой', 'ем', 'им', 'ым', 'ом', 'его', 'ого', 'ему', 'ому', 'их', 'ых', 'ую', 'юю', 'ая', 'яя', 'ою', 'ею']);
const PARTICIPLE_AFTER_A = ['ем', 'нн', 'вш', 'ющ', 'щ'];
const PARTICIPLE = byLength([...PARTICIPLE_AFTER_A, 'ивш', 'ывш', 'ующ']);
const REFLEXIVE = ['ся', 'сь'];
const VERB_AFTER_A = ['ла', 'на', 'ете', 'йте', 'ли', 'й', 'л', 'ем', 'н', 'ло', 'но', 'ет', 'ют', 'ны', 'ть', 'ешь', 'нно'];
const VERB = byLength([
  ...VERB_AFTER_A,
  ...['ила', 'ыла', 'ена', 'ейте', 'уйте', 'ите', 'или', 'ыли', 'ей', 'уй', 'ил', 'ыл', 'им', 'ым', 'ен', 'ило', 'ыло', 'ено', 'ят', 'ует', 'уют', 'ит', 'ыт', 'ены', 'ить', 'ыть', 'ишь', 'ую', 'ю'],
]);
const NOUN = byLength(['а', 'ев', 'ов', 'ие', 'ье', 'е', 'иями', 'ями', 'ами', 'еи', 'ии', 'и', 'ией', 'ей', 'ой', 'ий', 'й', 'иям', 'ям', 'ием', 'ем', 'ам', 'ом', 'о', 'у', 'ах', 'иях', 'ях', 'ы', 'ь', 'ию', 'ью', 'ю', 'ия', 'ья', 'я']);
const DERIVATIONAL = ['ость', 'ост'];
const SUPERLATIVE = ['ейше', 'ейш'];

const AFTER_A = {
  gerund: new Set(GERUND_AFTER_A),
  participle: new Set(PARTICIPLE_AFTER_A),
  verb: new Set(VERB_AFTER_A),
};

/** The longest suffix of `list` that lies wholly at or after `rv`, or undefined. */
function suffixIn(w: string, rv: number, list: readonly string[]): string | undefined {
  const room = w.length - rv;
  for (const s of list) if (s.length <= room && w.endsWith(s)) return s;
  return undefined;
}

/** Is the letter before a suffix of this length а or я, inside RV? */
function afterA(w: string, suffixLength: number, rv: number): boolean {
  const k = w.length - suffixLength - 1;
  return k >= rv && (w[k] === 'а' || w[k] === 'я');
}

/** Where RV and R2 start: after the first vowel; R2 after vowel, non-vowel, vowel, non-vowel. */
function regions(w: string): { rv: number; r2: number } {
  const len = w.length;
  const isVowel = (k: number) => VOWELS.has(w[k]!);
  let k = 0;
  while (k < len && !isVowel(k)) k++;
  if (k >= len) return { rv: len, r2: len };
  const rv = k + 1;
  k = rv;
  while (k < len && isVowel(k)) k++;
  if (k >= len) return { rv, r2: len };
  k++;
  while (k < len && !isVowel(k)) k++;
  if (k >= len) return { rv, r2: len };
  k++;
  while (k < len && isVowel(k)) k++;
  return { rv, r2: k >= len ? len : k + 1 };
}

/** Removes a suffix of `list` (longest in RV), honouring the а/я rule of `afterASet`; undefined when none applies. */
function removeFrom(w: string, rv: number, list: readonly string[], afterASet?: ReadonlySet<string>): string | undefined {
  const s = suffixIn(w, rv, list);
  if (s === undefined) return undefined;
  if (afterASet?.has(s) && !afterA(w, s.length, rv)) return undefined;
  return w.slice(0, w.length - s.length);
}

/** Snowball Russian stem of a lower-cased word. */
export function russianStem(word: string): string {
  const { rv, r2 } = regions(word);
  let w = word;
  const gerund = removeFrom(w, rv, GERUND, AFTER_A.gerund);
  if (gerund !== undefined) {
    w = gerund;
  } else {
    w = removeFrom(w, rv, REFLEXIVE) ?? w;
    const adjective = removeFrom(w, rv, ADJECTIVE);
    if (adjective !== undefined) w = removeFrom(adjective, rv, PARTICIPLE, AFTER_A.participle) ?? adjective;
    else w = removeFrom(w, rv, VERB, AFTER_A.verb) ?? removeFrom(w, rv, NOUN) ?? w;
  }
  if (w.length - 1 >= rv && w.endsWith('и')) w = w.slice(0, -1);
  const derivational = suffixIn(w, rv, DERIVATIONAL);
  if (derivational !== undefined && w.length - derivational.length >= r2) w = w.slice(0, w.length - derivational.length);
  return tidyUp(w, rv);
}

/** A superlative ending goes (and then нн → н), нн → н, or a final ь goes. */
function tidyUp(word: string, rv: number): string {
  let w = word;
  const superlative = suffixIn(w, rv, SUPERLATIVE);
  if (superlative !== undefined) {
    w = w.slice(0, w.length - superlative.length);
    return doubleN(w, rv) ? w.slice(0, -1) : w;
  }
  if (doubleN(w, rv)) return w.slice(0, -1);
  if (w.length - 1 >= rv && w.endsWith('ь')) return w.slice(0, -1);
  return w;
}

/** Ends in нн, both inside RV. */
function doubleN(w: string, rv: number): boolean {
  return w.length - 2 >= rv && w.endsWith('нн');
}
