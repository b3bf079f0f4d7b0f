/**
 * Reads the omission bench's documents (../shared/bench/omissions, built by its make_sets.py into
 * OUT, default /tmp/omission-bench), runs the same alignment and QA as `check --presegmented`, and
 * lists every planted gap the completeness checks MISS and every completeness FALSE alarm, with the
 * bead the aligner chose, its verdict (unaligned posterior, words, uncovered words, length fits) and
 * the sentences: what to read before changing a detector. Scores with the rules of score_check.py.
 *
 *   node --import tsx bench/completeness-misses.ts [OUT] [set,...]   (QUIET=1: per-set lines only;
 *   MT_FILE=mt.txt: align with each document's machine translation, as `check --mt`; PROBS=1: one
 *   tab-separated line per completeness finding — P, set, doc, check, its probability, T = at a
 *   planted gap / F = false alarm, the bead's shape, "pairs" when the bead was split into its pairs
 *   (bead-pairs.ts), the length percent the message states — to see how the probabilities are calibrated)
 *
 * EVIDENCE=1: one tab-separated line per planted half translation — E, set, doc, source index, hit /
 * miss, the source's dictionary words, those the truncated translation shows, those only the FULL
 * reference translation shows (the lost clause's words the detector could hear: read from the bench
 * data, OMISSION_DATA or ../shared/bench/omissions/data), and those neither shows (the dictionary's
 * gap); then the bead it sits in (shape), that bead's robust length z, the located part's
 * probability, and the band that kept it silent or reported it ("n:m bead", "not short", "short,
 * part < 0.25", "short, part 0.25-0.9" — no length outlier —, "reported band").
 *
 * A gap missed in a 1:1 bead is tagged with what the pair holds: "(1:1 substitution)" (a planted
 * omission paired with a planted addition), "(1:1 shifted: tgJ translates zhK)", or "(1:1 beside zhI,
 * translated in tgK)" for a planted target paired with a source translated elsewhere.
 *
 * The align bench's real translations of other genres read the same way (no planted gaps there, so
 * every finding not at a gold 1:0 / 0:1 is false, as bench/completeness-dev.sh scores them):
 *   node --import tsx bench/completeness-misses.ts ../shared/bench/align/data mag,mac-dev,mac-mt
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexiconFor, loadProjectInput } from '../cli/actions/engine';
import { loneStretches } from '../core/align/verdict/lone-stretch';
import { isCovered, sourceWords, targetKeys } from '../core/align/verdict/source-words';
import { createQaContext, runChecks } from '../core/qa';
import { beadLengths, lengthZ } from '../core/qa/stats/length-ratio';
import type { TargetLang } from '../core/model/types';

const out = process.argv[2] ?? '/tmp/omission-bench';
const only = process.argv[3]?.split(',');
const quiet = process.env.QUIET === '1';
/** FEATURES=1: also one tab-separated line per 1:1 bead (set, doc, source index, P = planted partial
 * / S = sound, robust length z, located part's probability, flagged) to study partial omissions. */
const features = process.env.FEATURES === '1';
const evidence = process.env.EVIDENCE === '1';
/** BLOCKS=1: one tab-separated B line per omission + addition block (a run of 1:0 and 0:1 beads holding both). */
const blocks = process.env.BLOCKS === '1';
/** EVIDENCE=1: the bench's line-aligned data (make_sets.py's input), to find each cut sentence's full translation. */
const dataDir = process.env.OMISSION_DATA ?? sharedOmissionData();
/** ../shared beside the project root, or /work/shared from a worktree (as the bench's shell scripts look). */
function sharedOmissionData(): string {
  const beside = join(__dirname, '..', '..', 'shared', 'bench', 'omissions', 'data');
  return existsSync(beside) ? beside : '/work/shared/bench/omissions/data';
}
if (evidence && !existsSync(dataDir)) console.error(`EVIDENCE=1: no bench data at ${dataDir} (set OMISSION_DATA); no E lines will be printed`);
const DATA_SETS: Record<string, string> = { flores: 'flores200_devtest', wmt22: 'wmt22_general_en2zhru' };
const fullTranslations = new Map<string, Map<string, string>>();
/** The reference translation of a source line, by its text (make_sets.py keeps source lines whole). */
function fullTranslation(set: string, lang: TargetLang, source: string): string | undefined {
  const key = `${set}/${lang}`;
  let byText = fullTranslations.get(key);
  if (!byText) {
    byText = new Map();
    const dir = join(dataDir, DATA_SETS[set.split('-')[0]!] ?? '');
    if (existsSync(join(dir, 'zh.txt'))) {
      const zh = readFileSync(join(dir, 'zh.txt'), 'utf8').split('\n');
      const tl = readFileSync(join(dir, `${lang}.txt`), 'utf8').split('\n');
      zh.forEach((line, k) => byText!.set(line, tl[k] ?? ''));
    }
    fullTranslations.set(key, byText);
  }
  return byText.get(source);
}
const BEAD = /^\s*\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]\s*$/;
const ints = (s: string): number[] => s.split(',').filter((x) => x.trim() !== '').map(Number);
const idx = (id: string): number => Number(id.slice(id.lastIndexOf('-s') + 2));
const f1 = (c: { gold: number; found: number; exact: number }): number => (2 * c.exact) / Math.max(1, c.gold + c.found);

async function main(): Promise<void> {
  // EXTRA_STEMS=问题=задач,…: stems added to the lexicon's entries before aligning (what-if runs:
  // round 11 bisected one wmt22-ru document's flip into an omission + addition block to 问题 gaining задач).
  for (const item of (process.env.EXTRA_STEMS ?? '').split(',').filter(Boolean)) {
    const [word, stem] = item.split('=');
    const lexicon = lexiconFor('ru');
    const entry = lexicon.entries.get(word!);
    const patched = { stems: [...(entry?.stems ?? []), stem!], pinyin: entry?.pinyin ?? [] };
    // The text lexicon is a Map, the compiled one a lookup object: patch its get either way.
    const entries = lexicon.entries as { get(w: string): unknown };
    const get = entries.get.bind(entries);
    entries.get = (w: string) => (w === word ? patched : get(w));
  }
  const totals = { om: 0, omHit: 0, ad: 0, adHit: 0, pa: 0, paHit: 0, findings: 0, false: 0, gold: 0, found: 0, exact: 0 };
  for (const set of readdirSync(out).sort()) {
    if ((only && !only.includes(set)) || !existsSync(join(out, set, 'langs.txt'))) continue;
    const setDir = join(out, set);
    const lang = readFileSync(join(setDir, 'langs.txt'), 'utf8').trim().split(/\s+/)[1] as TargetLang;
    const s = { om: 0, omHit: 0, ad: 0, adHit: 0, pa: 0, paHit: 0, findings: 0, false: 0, gold: 0, found: 0, exact: 0 };
    for (const doc of readdirSync(setDir).sort()) {
      const d = join(setDir, doc);
      if (!existsSync(join(d, 'gold.align'))) continue;
      const gold = readFileSync(join(d, 'gold.align'), 'utf8').split('\n').flatMap((l) => {
        const m = BEAD.exec(l);
        return m ? [{ s: ints(m[1]!), t: ints(m[2]!) }] : [];
      });
      const om = new Set(gold.filter((g) => g.s.length && !g.t.length).map((g) => g.s[0]!));
      const ad = new Set(gold.filter((g) => g.t.length && !g.s.length).map((g) => g.t[0]!));
      const pa = new Set(existsSync(join(d, 'partial.txt')) ? readFileSync(join(d, 'partial.txt'), 'utf8').split(/\s+/).filter(Boolean).map(Number) : []);
      const src = readFileSync(join(d, 'src.txt'), 'utf8').split('\n');
      const tgt = readFileSync(join(d, 'tgt.txt'), 'utf8').split('\n');
      // MT_FILE=mt.txt: each document's machine translation (one line per source line), as `check --mt`
      // feeds it to the aligner (bench/omissions-mt.ts writes a simulated one).
      const mtFile = process.env.MT_FILE ? join(d, process.env.MT_FILE) : undefined;
      const mt = mtFile && existsSync(mtFile) ? readFileSync(mtFile, 'utf8').split('\n').slice(0, src.length - (src.at(-1) === '' ? 1 : 0)) : undefined;
      const { project } = await loadProjectInput(join(d, 'src.txt'), [join(d, 'tgt.txt')], { presegmented: true, targetLangs: [lang], ...(mt ? { alignOptions: () => Promise.resolve({ mt }) } : {}) });
      const findings = runChecks(project, {}).filter((f) => f.check.startsWith('completeness.'));
      const beads = project.alignments[lang]!.beads.map((b) => ({ ...b, s: b.src.map(idx), t: b.tgt.map(idx) }));
      // Strict bead F1, as ../shared/bench/align/score.py counts it: a bead counts when it equals a gold bead.
      const goldKeys = new Set(gold.map((g) => `${g.s.join(',')}:${g.t.join(',')}`));
      s.gold += gold.length;
      s.found += beads.length;
      s.exact += beads.filter((b) => goldKeys.has(`${b.s.join(',')}:${b.t.join(',')}`)).length;
      const beadOfS = (i: number) => beads.find((b) => b.s.includes(i));
      const beadOfT = (j: number) => beads.find((b) => b.t.includes(j));
      const goldOfS = (i: number) => gold.find((g) => g.s.includes(i));
      const goldOfT = (j: number) => gold.find((g) => g.t.includes(j));
      const show = (b: { s: number[]; t: number[] } | undefined) => (b ? `[${b.s.join(', ')}]:[${b.t.join(', ')}]` : '-');
      const hitS = new Set<number>();
      const hitT = new Set<number>();
      const lines: string[] = [];
      const explain = (b: (typeof beads)[number] | undefined) => {
        if (!b) return '';
        const v = b.verdict;
        const vs = v ? ` src=${JSON.stringify(v.src)} tgt=${JSON.stringify(v.tgt)} words=${JSON.stringify(v.words)} unc=${JSON.stringify(v.uncovered)} fits=${JSON.stringify(v.fits)} gap=${JSON.stringify(v.gap)} part=${JSON.stringify(v.part)}${v.pairs ? ` pairs=${JSON.stringify(v.pairs)}` : ''}` : ' (no verdict)';
        return `bead ${show(b)} score=${b.score.toFixed(3)}${vs}\n${b.s.map((i) => `      zh${i}: ${src[i]}`).join('\n')}\n${b.t.map((j) => `      tg${j}: ${tgt[j]}`).join('\n')}`;
      };
      // A gap hidden in a 1:1 bead, by what the pair holds (decision 0004, round 12): a substitution
      // (planted omission + planted addition), a dropped source holding a target that translates
      // another source sentence (shifted), or a planted target beside a source translated elsewhere.
      const pairClass = (b: (typeof beads)[number] | undefined): string => {
        if (!b || b.s.length !== 1 || b.t.length !== 1) return '';
        const [i, j] = [b.s[0]!, b.t[0]!];
        if (om.has(i) && ad.has(j)) return ' (1:1 substitution)';
        if (om.has(i)) return ` (1:1 shifted: tg${j} translates zh${goldOfT(j)?.s.join('+') ?? '?'})`;
        return ad.has(j) ? ` (1:1 beside zh${i}, translated in tg${goldOfS(i)?.t.join('+') ?? '?'})` : '';
      };
      for (const f of findings) {
        const is = (f.source?.sentences ?? []).map(idx);
        const it = (f.target?.sentences ?? []).map(idx);
        s.findings++;
        const ok = is.some((i) => om.has(i) || pa.has(i)) || (is.length === 0 && it.some((j) => ad.has(j)));
        if (!ok) {
          s.false++;
          const at = f.bead ?? -1;
          const near = beads.slice(Math.max(0, at - 1), at + 2).map((b) => `    ${explain(b)}`).join('\n');
          lines.push(`  FALSE ${f.check} s=${is.join(',')} t=${it.join(',')} gold ${is.map((i) => show(goldOfS(i))).join(' ')} ${it.map((j) => show(goldOfT(j))).join(' ')}\n      ${f.message.slice(0, 300)}${process.env.NEAR ? `\n${near}` : ''}`);
        }
        if (process.env.PROBS) {
          const b = beads[f.bead ?? -1];
          const m = /probability (\d+)%/.exec(f.message);
          const p = m ? Number(m[1]) / 100 : (b?.verdict?.gap?.[0] ?? 1);
          console.log(['P', set, doc, f.check, p.toFixed(3), ok ? 'T' : 'F', b ? `${b.s.length}:${b.t.length}` : '-', b?.verdict?.pairs ? 'pairs' : '', /is (\d+)% of the length/.exec(f.message)?.[1] ?? ''].join('\t'));
        }
        for (const i of is) hitS.add(i);
        if (is.length === 0) for (const j of it) hitT.add(j);
      }
      for (const i of om) {
        s.om++;
        if (hitS.has(i)) s.omHit++;
        else lines.push(`  MISS omission zh${i}${pairClass(beadOfS(i))}: ${explain(beadOfS(i))}`);
      }
      for (const j of ad) {
        s.ad++;
        if (hitT.has(j)) s.adHit++;
        else lines.push(`  MISS addition tg${j}${pairClass(beadOfT(j))}: ${explain(beadOfT(j))}`);
      }
      if (evidence) {
        // Where each cut sentence ended up: its bead's shape, the bead's robust length z (QA lengths),
        // the located part's probability, and the band that decides the check (completeness-partial-omission.ts).
        const ctx = createQaContext(project);
        const stats = ctx.ratioStats[lang];
        const where = (i: number): string[] => {
          const k = beads.findIndex((b) => b.s.includes(i));
          const view = ctx.beads[lang]?.[k];
          if (!view || !stats) return ['-', '', '', 'no bead'];
          const { source, target } = beadLengths(view);
          const z = lengthZ(stats, source, target);
          const x = view.source.findIndex((m) => idx(m.sentence.id) === i);
          const p = view.verdict?.part?.[3 * x + 2] ?? 0;
          const shape = `${view.source.length}:${view.target.length}`;
          const band = shape !== '1:1' ? 'n:m bead' : z === undefined || z > -1.645 ? 'not short' : p < 0.25 ? 'short, part < 0.25' : z > -3.5 && p < 0.9 ? 'short, part 0.25-0.9' : 'reported band';
          return [shape, z?.toFixed(2) ?? '', p.toFixed(3), band];
        };
        for (const i of pa) {
          const g = goldOfS(i);
          const full = fullTranslation(set, lang, src[i]!);
          if (!g || g.t.length !== 1 || full === undefined) continue;
          const words = sourceWords(src[i]!, lang, lexiconFor(lang));
          const whole = targetKeys([full], lang);
          const cut = targetKeys([tgt[g.t[0]!]!], lang);
          const kept = words.filter((w) => isCovered(w, cut)).length;
          const lost = words.filter((w) => !isCovered(w, cut) && isCovered(w, whole)).length;
          console.log(['E', set, doc, i, hitS.has(i) ? 'hit' : 'miss', words.length, kept, lost, words.length - kept - lost, ...where(i)].join('\t'));
        }
      }
      for (const i of pa) {
        s.pa++;
        if (hitS.has(i)) s.paHit++;
        else lines.push(`  MISS partial zh${i}: ${explain(beadOfS(i))}`);
      }
      if (features) {
        const ctx = createQaContext(project);
        const flagged = new Set(findings.filter((f) => f.check === 'completeness.partial-omission').flatMap((f) => (f.source?.sentences ?? []).map(idx)));
        const stats = ctx.ratioStats[lang];
        for (const view of ctx.beads[lang] ?? []) {
          if (view.source.length !== 1 || view.target.length !== 1 || !stats) continue;
          const i = idx(view.source[0]!.sentence.id);
          const g = goldOfS(i);
          const sound = g && g.s.length === 1 && g.t.length === 1 && g.t[0] === idx(view.target[0]!.sentence.id);
          const { source, target } = beadLengths(view);
          const z = lengthZ(stats, source, target);
          const part = view.verdict?.part;
          console.log(['F', set, doc, i, pa.has(i) ? 'P' : sound ? 'S' : 'X', z?.toFixed(2) ?? '', (part?.[2] ?? 0).toFixed(3), flagged.has(i) ? 1 : 0, source, target, stats.median.toFixed(4), stats.spread.toFixed(4), stats.typicalSource, JSON.stringify(view.target[0]!.sentence.text)].join('\t'));
        }
      }
      if (blocks) {
        // Omission + addition blocks: the verdicts' lone stretches (lone-stretch.ts), runs of 1:0 and 0:1 beads holding both kinds.
        for (const { from, to, src: bs, tgt: bt } of loneStretches(beads.map((b) => ({ src: b.s, tgt: b.t })))) {
          const run = beads.slice(from, to);
          const inBlock = findings.filter((f) => f.bead != null && f.bead >= from && f.bead < to);
          const planted = bs.filter((i) => om.has(i)).length + bt.filter((j) => ad.has(j)).length;
          const caught = inBlock.filter((f) => (f.source?.sentences ?? []).map(idx).some((i) => om.has(i)) || (f.target?.sentences ?? []).map(idx).some((j) => ad.has(j))).length;
          console.log(['B', set, doc, `${bs.length}x1:0+${bt.length}x0:1`, `s${bs[0]}-${bs.at(-1)} t${bt[0]}-${bt.at(-1)}`, `planted ${planted}`, `findings ${inBlock.length}`, `true ${caught}`, `false ${inBlock.length - caught}`, `order ${run.map((b) => (b.s.length ? 'o' : 'a')).join('')}`, `stretch ${run[0]!.verdict?.stretch ?? '-'}`].join('\t'));
        }
      }
      if (lines.length && !quiet) console.log(`${set}/${doc}\n${lines.join('\n')}`);
    }
    console.log(`${set.padEnd(10)} omissions ${s.omHit}/${s.om}  additions ${s.adHit}/${s.ad}  partial ${s.paHit}/${s.pa}  findings ${s.findings} false ${s.false}  bead F1 ${f1(s).toFixed(3)}`);
    for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += s[k];
  }
  const t = totals;
  console.log(`${'total'.padEnd(10)} omissions ${t.omHit}/${t.om}  additions ${t.adHit}/${t.ad}  partial ${t.paHit}/${t.pa}  findings ${t.findings} false ${t.false}  bead F1 ${f1(t).toFixed(3)}`);
}

void main();
