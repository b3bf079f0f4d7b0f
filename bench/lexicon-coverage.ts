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
 * Data, read only: ../shared/bench/omissions/data (line-aligned zh/en/ru: FLORES-200 devtest, WMT22)
 * and, for English, the 1:1 gold beads of ../shared/bench/align/data (zh→en only).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lexicon } from '../core/align';
import { contentWords, coverageOf, type Coverage } from '../core/align/lexicon-coverage';
import type { TargetLang } from '../core/model/types';
import { loadLexicon } from '../services/lexicon';

const shared = join(__dirname, '..', '..', 'shared', 'bench');
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

function main(): void {
  for (const lang of langs) {
    const t0 = process.cpuUsage();
    const lexicon = loadLexicon(lang);
    const load = process.cpuUsage(t0);
    console.log(`zh→${lang} lexicon: ${lexicon.entries.size} headwords, loaded in ${((load.user + load.system) / 1000).toFixed(0)} ms CPU`);
    for (const set of ['flores200_devtest', 'wmt22_general_en2zhru']) {
      console.log(report(set.split('_')[0]!, omissionPairs(join(shared, 'omissions', 'data', set), lang), lang, lexicon));
    }
    if (lang === 'en') for (const set of ['mag', 'mac-dev', 'mac-mt']) console.log(report(set, alignPairs(join(shared, 'align', 'data', set)), lang, lexicon));
  }
}

main();
