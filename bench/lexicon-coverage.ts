/**
 * How much of a Chinese sentence the alignment lexicon can find in its reference translation: the
 * evidence the aligner and the completeness verdict judge with. For every content word of a zh line
 * (dictionary max-match, stop words and numerals left out) it asks: does the lexicon give it any
 * target stem ("has"), and is one of them among the stems of the reference line — exactly, as the
 * aligner matches keys ("exact"), or on the verdict's looser key, the first five letters with ё as е
 * ("loose", core/align/verdict/source-words.ts)?
 *
 *   node --import tsx bench/lexicon-coverage.ts [ru|en]     (DUIZHAO_LEXICON_RU=FILE: another zh→ru lexicon)
 *
 * Then, per omission set, the words the completeness verdicts count (evidenceWords: dictionary words,
 * numbers, Latin tokens, names) found in the reference line and in the line half a document away,
 * without and with the pairs learned from the document itself, cross-fitted as the aligner hands
 * them to the verdicts (learned-evidence.ts); documents are runs of DOC lines (default 60, the
 * omission bench's smallest pseudo-document) aligned 1:1.
 *
 * Data, read only: ../shared/bench/omissions/data (line-aligned zh/en/ru: FLORES-200 devtest, WMT22)
 * and, for English, the 1:1 gold beads of ../shared/bench/align/data (zh→en only).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lexicon } from '../core/align';
import { contentWords, coverageOf, type Coverage } from '../core/align/lexicon-coverage';
import { crossFittedPairs, evidenceWords } from '../core/align/learned-evidence';
import type { LearnedIndex } from '../core/align/learn-pairs';
import { isCovered, targetKeys } from '../core/align/verdict/source-words';
import type { TargetLang } from '../core/model/types';
import { loadLexicon } from '../services/lexicon';

/** ../shared beside the project root, or /work/shared from a worktree (as the bench's shell scripts look). */
const besideRoot = join(__dirname, '..', '..', 'shared', 'bench');
const shared = existsSync(besideRoot) ? besideRoot : '/work/shared/bench';
const langs = (process.argv[2] ? [process.argv[2]] : ['ru', 'en']) as TargetLang[];

function lines(path: string): string[] {
  return readFileSync(path, 'utf8').split('\n').slice(0, -1);
}

/** Pairs of (zh, target) lines of one bench set. */
function omissionPairs(dir: string, lang: TargetLang): Array<[string, string]> {
  const zh = lines(join(dir, 'zh.txt'));
  const tgt = lines(join(dir, `${lang}.txt`));
  return zh.map((z, k) => [z, tgt[k] ?? '']);
}

/** The 1:1 gold beads of an align bench set, as (zh, en) pairs. */
function alignPairs(dir: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const doc of readdirSync(dir).sort()) {
    const d = join(dir, doc);
    if (!existsSync(join(d, 'gold.align'))) continue;
    const src = lines(join(d, 'src.txt'));
    const tgt = lines(join(d, 'tgt.txt'));
    for (const l of lines(join(d, 'gold.align'))) {
      const m = /^\[(\d+)\]:\[(\d+)\]$/.exec(l.replace(/\s/g, ''));
      if (m) out.push([src[Number(m[1])]!, tgt[Number(m[2])]!]);
    }
  }
  return out;
}

function report(name: string, pairs: ReadonlyArray<[string, string]>, lang: TargetLang, lexicon: Lexicon): string {
  const total: Coverage = { words: 0, has: 0, exact: 0, loose: 0 };
  const chance: Coverage = { words: 0, has: 0, exact: 0, loose: 0 };
  const add = (sum: Coverage, c: Coverage) => {
    sum.words += c.words;
    sum.has += c.has;
    sum.exact += c.exact;
    sum.loose += c.loose;
  };
  pairs.forEach(([zh, tgt], k) => {
    const words = contentWords(zh, lexicon);
    add(total, coverageOf(words, tgt, lang));
    // The same words against the translation of a line half the set away: what a stem list finds by chance.
    add(chance, coverageOf(words, pairs[(k + Math.floor(pairs.length / 2)) % pairs.length]![1], lang));
  });
  const pct = (n: number) => `${((100 * n) / Math.max(1, total.words)).toFixed(1)} %`.padStart(7);
  return `${name.padEnd(14)} zh→${lang} ${String(pairs.length).padStart(5)} lines ${String(total.words).padStart(6)} words  has ${pct(total.has)}  exact ${pct(total.exact)}  loose ${pct(total.loose)}  by chance: exact ${pct(chance.exact)}  loose ${pct(chance.loose)}`;
}

const DOC = Number(process.env.DOC ?? 60);

/** Verdict words found in the own line and by chance, without and with the document's learned pairs. */
function verdictReport(name: string, pairs: ReadonlyArray<[string, string]>, lang: TargetLang, lexicon: Lexicon): string {
  const c = { words: 0, own: 0, chance: 0, lWords: 0, lOwn: 0, lChance: 0 };
  for (let d = 0; d + DOC <= pairs.length; d += DOC) {
    const doc = pairs.slice(d, d + DOC);
    const src = doc.map((p) => p[0]);
    const tgt = doc.map((p) => p[1]);
    const learned = crossFittedPairs(src, tgt, src.map((_, i) => ({ i, a: 1, j: i, b: 1 })), lang, lexicon);
    const keys = tgt.map((t) => targetKeys([t], lang));
    const count = (i: number, index: LearnedIndex | undefined, words: 'words' | 'lWords', own: 'own' | 'lOwn', chance: 'chance' | 'lChance') => {
      for (const w of evidenceWords(src[i]!, lang, lexicon, index)) {
        c[words]++;
        if (isCovered(w, keys[i]!)) c[own]++;
        if (isCovered(w, keys[(i + DOC / 2) % DOC]!)) c[chance]++;
      }
    };
    for (let i = 0; i < DOC; i++) {
      count(i, undefined, 'words', 'own', 'chance');
      count(i, learned.forSentence(i), 'lWords', 'lOwn', 'lChance');
    }
  }
  const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)} %`.padStart(7);
  return `${name.padEnd(14)} zh→${lang} verdict words ${String(c.words).padStart(6)}  found ${pct(c.own, c.words)}  by chance ${pct(c.chance, c.words)}  | with learned pairs ${String(c.lWords).padStart(6)}  found ${pct(c.lOwn, c.lWords)}  by chance ${pct(c.lChance, c.lWords)}`;
}

function main(): void {
  for (const lang of langs) {
    const t0 = process.cpuUsage();
    const lexicon = loadLexicon(lang);
    const load = process.cpuUsage(t0);
    console.log(`zh→${lang} lexicon: ${lexicon.entries.size} headwords, loaded in ${((load.user + load.system) / 1000).toFixed(0)} ms CPU`);
    for (const set of ['flores200_devtest', 'wmt22_general_en2zhru']) {
      console.log(report(set.split('_')[0]!, omissionPairs(join(shared, 'omissions', 'data', set), lang), lang, lexicon));
    }
    for (const set of ['flores200_devtest', 'wmt22_general_en2zhru']) {
      console.log(verdictReport(set.split('_')[0]!, omissionPairs(join(shared, 'omissions', 'data', set), lang), lang, lexicon));
    }
    if (lang === 'en') for (const set of ['mag', 'mac-dev', 'mac-mt']) console.log(report(set, alignPairs(join(shared, 'align', 'data', set)), lang, lexicon));
  }
}

main();
