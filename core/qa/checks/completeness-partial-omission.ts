import { pairedTargets } from '../../model/verdict';
import { beadFinding, quote, sideLocation } from '../finding';
import { beadLengths, lengthZ } from '../stats/length-ratio';
import { binomialTail, fisherCombined, missRateOf, normalCdf } from '../stats/coverage';
import type { BeadCheck, BeadView, Finding, QaContext } from '../types';
import { noCounterpart, uncoveredWords } from './completeness-hidden-gap';
import { inUntranslatedTail } from '../stats/untranslated-tail';

/**
 * The content witness: how surprising the bead's uncovered source words are at this document's
 * own miss rate (binomial tail), and which they are. Undefined without a current verdict.
 */
function contentEvidence(bead: BeadView, ctx: QaContext): { p: number; missing: string[] } | undefined {
  const v = bead.verdict;
  const rate = v && missRateOf(ctx.beads[bead.lang] ?? []);
  if (!v || rate === undefined) return undefined;
  let n = 0;
  const missing: string[] = [];
  bead.source.forEach((_, k) => {
    n += v.words?.[k] ?? 0;
    missing.push(...uncoveredWords(v, k));
  });
  return { p: binomialTail(missing.length, n, rate), missing };
}

/**
 * How many robust standard deviations below the document's median ratio a bead must fall. 3.5 is the
 * usual outlier cut-off for modified z-scores (Iglewicz and Hoaglin).
 */
export const OUTLIER_Z = 3.5;

/** A translation much shorter than the document's own length ratio predicts: part may be missing. */
export const completenessPartialOmission: BeadCheck = {
  id: 'completeness.partial-omission',
  severity: 'warning',
  scope: 'bead',
  description: "The translation is far shorter than this document's translations usually are for a source this long.",
  run(bead, ctx) {
    const pairs = bead.verdict?.pairs;
    if (!pairs) return judged(bead, ctx);
    // A bead split into its sub-beads (bead-pairs.ts): a member of a 1:1 pair there had its part
    // located against the pair's lengths; the other members are judged with the whole bead.
    const { single, rest } = pairViews(bead, pairs);
    return [...judged(rest, ctx), ...(shortBead(bead, ctx) ? single.flatMap((pair) => pairFindings(pair, ctx)) : [])];
  },
};

/**
 * A lost part shortens its whole bead too: a split bead is searched for pairs only when its
 * translation is shorter than this document's ratio predicts (z < 0, as the MT band asks). Where
 * the bead is as long as predicted, a short pair's shortfall sits in a bead-mate's surplus — a
 * clause the translator moved into the neighbouring sentence, in words the dictionary cannot see.
 */
function shortBead(bead: BeadView, ctx: QaContext): boolean {
  const length = lengthAgainstRatio(bead, ctx);
  return length !== undefined && length.z < 0;
}

/**
 * The bead's translation length against this document's ratio: its robust z, and the length as a
 * percentage of what the ratio predicts. Undefined where the document has no ratio or the bead is
 * too short to judge.
 */
function lengthAgainstRatio(bead: BeadView, ctx: QaContext): { z: number; percent: number } | undefined {
  const stats = ctx.ratioStats[bead.lang];
  if (!stats) return undefined;
  const { source, target } = beadLengths(bead);
  const z = lengthZ(stats, source, target);
  return z === undefined ? undefined : { z, percent: Math.round((target / source / Math.exp(stats.median)) * 100) };
}

/**
 * A 1:1 pair cut out of an n:m bead by its words: its part stands at the odds it needs without the
 * length outlier (9 : 1 in a pair short for the document, or the MT band). The pair's own length is
 * no independent witness here: the aligner joined the bead because the pair alone fitted badly, so
 * a pair cut out of one is short by selection, and the outlier's 1 : 3 bar does not carry over.
 */
function pairFindings(pair: BeadView, ctx: QaContext): Finding[] {
  const short = mtWitnessedShort(pair, ctx);
  return short ? partFindings(pair, ctx, short.percent, MT_PROBABILITY) : surePartFindings(pair, ctx);
}

/** The length gates and the located parts of one bead. */
function judged(bead: BeadView, ctx: QaContext): Finding[] {
  const outlier = lengthOutlier(bead, ctx);
  if (!outlier) {
    // With the MT as a witness (mt-evidence.ts) the located part is trusted at lower odds.
    const short = mtWitnessedShort(bead, ctx);
    return short ? partFindings(bead, ctx, short.percent, MT_PROBABILITY) : surePartFindings(bead, ctx);
  }
  if (bead.verdict?.part) return partFindings(bead, ctx, outlier.percent);
  const what = outlier.missing.length ? `; ${noCounterpart(outlier.missing)}` : '';
  return [beadFinding(completenessPartialOmission, bead, `${capitalised(shortfall(outlier.percent, bead.source.length))}${what}: part of the sentence may be missing.`)];
}

/**
 * The length evidence in a reviewer's words: "the translation is about 40% shorter than this
 * document's translations usually are for a sentence this long". `percent` is the translation's
 * length as a share of what the document's median ratio predicts for the source (the model's
 * terms, which the message used to quote: "61% of the length this document's ratio predicts").
 */
export function shortfall(percent: number, sourceSentences: number): string {
  const what = sourceSentences > 1 ? 'sentences this long' : 'a sentence this long';
  const shorter = 100 - percent;
  const how = shorter >= 1 ? `about ${shorter}% shorter than` : 'about as long as';
  return `the translation is ${how} this document's translations usually are for ${what}`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The bead's 1:1 pairs (bead-pairs.ts) as views of their own, each with its source member's slice
 * of the verdict, and the bead itself with those members' parts set aside (`fits` and `gap`
 * describe the whole bead and are left out of the pairs).
 */
function pairViews(bead: BeadView, pairs: readonly number[]): { single: BeadView[]; rest: BeadView } {
  const v = bead.verdict!;
  const n = bead.source.length;
  const single: BeadView[] = [];
  const paired = new Set<number>();
  pairedTargets(pairs, n, bead.target.length).forEach((t, k) => {
    if (t === undefined) return;
    paired.add(k);
    const verdict = {
      of: v.of,
      src: [v.src[k]!],
      tgt: [v.tgt[t]!],
      ...(v.words ? { words: [v.words[k]!] } : {}),
      ...(v.uncovered ? { uncovered: [v.uncovered[k]!] } : {}),
      ...(v.part ? { part: v.part.slice(3 * k, 3 * k + 3) } : {}),
      ...(v.mtPart ? { mtPart: [v.mtPart[k]!] } : {}),
    };
    single.push({ ...bead, source: [bead.source[k]!], target: [bead.target[t]!], verdict });
  });
  const part = v.part?.map((x, at) => (paired.has(Math.floor(at / 3)) ? 0 : x));
  return { single, rest: { ...bead, verdict: { ...v, ...(part ? { part } : {}) } } };
}

/**
 * The bead's translation is an outlier for its length: far shorter than the document's ratio
 * predicts, alone (3.5 robust σ) or together with its unmatched source words (Fisher's method at
 * the same level). Undefined when it is not.
 */
function lengthOutlier(bead: BeadView, ctx: QaContext): { percent: number; missing: string[] } | undefined {
  const length = lengthAgainstRatio(bead, ctx);
  if (!length) return undefined;
  const { z, percent } = length;
  const content = contentEvidence(bead, ctx);
  if (!content) return z > -OUTLIER_Z ? undefined : { percent, missing: [] };
  // Length and content are two independent witnesses: together they must be as surprising as
  // the length alone had to be (Fisher's method at the same level as the OUTLIER_Z cut-off).
  if (z >= 0 || fisherCombined(normalCdf(z), content.p) > normalCdf(-OUTLIER_Z)) return undefined;
  return { percent, missing: content.missing };
}

/**
 * Once the length says the translation is short, the located part must be at odds of 1 : 3 or
 * better, the same odds at which the other completeness checks report a sentence as unaligned
 * (hidden gaps, lone sentences). Round 3 asked only 1 : 49: on held-out draws of the omission bench
 * (all documents, seeds 7 and 11) most of the partial-omission false alarms were beads far shorter
 * than usual whose located part sat at 2–20 %, sound sentences tersely rendered with a thin
 * dictionary's unmatched words scattered over them. The length outlier alone raised most false
 * alarms before round 2; the part alone, on thin zh→ru evidence, flags tersely rendered sentences
 * of normal length (and one sound sentence of the built-in sample at 95 %).
 */
const SUPPORTED_PROBABILITY = 0.25;

/**
 * A part located with the MT as a third witness (its words at the part's place unmatched in the
 * translation while the rest's are) is reported when it is more likely missing than not and the
 * translation is shorter than this document's median ratio predicts; no length outlier needed.
 */
const MT_PROBABILITY = 0.5;

/** The bead's verdict was judged with MT and its translation is short for this document (z < 0). */
function mtWitnessedShort(bead: BeadView, ctx: QaContext): { percent: number } | undefined {
  if (!bead.verdict?.mtPart || !bead.verdict.part) return undefined;
  const length = lengthAgainstRatio(bead, ctx);
  return length && length.z < 0 ? { percent: length.percent } : undefined;
}

/**
 * Without the length outlier a located part must stand on its own: odds of 9 : 1, in a translation
 * that is at least short for this document (below its 5th percentile: robust z ≤ −1.645). The
 * detector's probability is calibrated (0004, round 5: in each band the share of half translations
 * on the omission bench's 1:1 beads is about the stated probability), so at 0.9 at most one such
 * finding in ten is false: the bar issue 17 sets for completeness findings. Round 4 asked 99 : 1
 * because one sound sentence of the built-in zh→ru sample, whose last clause the pivoted
 * dictionary cannot see, reached 95 %; with renderings counted in the translation
 * (sharedRenderings) it is at 87 %, and the bar follows the stated share, not that sentence.
 */
const SURE_PROBABILITY = 0.9;
const SHORT_Z = -1.645;

function surePartFindings(bead: BeadView, ctx: QaContext): Finding[] {
  if (!bead.verdict?.part) return [];
  const length = lengthAgainstRatio(bead, ctx);
  return length && length.z <= SHORT_Z ? partFindings(bead, ctx, length.percent, SURE_PROBABILITY) : [];
}

/**
 * The bead is short for this document, and its verdict located the likeliest untranslated part
 * of a source sentence (core/align/verdict/missing-part.ts: its clauses' words unmatched while the
 * rest's are, and the translation's length fitting the sentence better without it): one finding
 * per such sentence, naming the part and its words instead of a bare length ratio.
 */
function partFindings(bead: BeadView, ctx: QaContext, percent: number, least = SUPPORTED_PROBABILITY): Finding[] {
  const v = bead.verdict!;
  if (inUntranslatedTail(bead, ctx)) return [];
  const findings: Finding[] = [];
  bead.source.forEach((s, k) => {
    const part = v.part ? { from: v.part[3 * k] ?? 0, to: v.part[3 * k + 1] ?? 0, p: v.part[3 * k + 2] ?? 0 } : undefined;
    if (!part || part.p < least || part.to <= part.from) return;
    const text = s.sentence.text;
    const norm = text.normalize('NFKC');
    const piece = norm.slice(part.from, part.to).trim();
    const missing = uncoveredWords(v, k).filter((w) => piece.includes(w));
    const where = part.to >= norm.trimEnd().length ? 'The end of the source' : 'Part of the source';
    const mt = v.mtPart?.[k] ? `; the machine translation renders it as ${quote(v.mtPart[k]!)}` : '';
    const why = (missing.length ? `: ${noCounterpart(missing)} in the translation` : '') + mt;
    const range = norm.length === text.length ? { sentence: s.sentence.id, start: part.from, end: part.to } : undefined;
    findings.push({
      check: completenessPartialOmission.id,
      severity: completenessPartialOmission.severity,
      message: `${where}, ${quote(piece)}, is probably not translated (probability ${Math.round(part.p * 100)}%)${why}; ${shortfall(percent, bead.source.length)}.`,
      lang: bead.lang,
      bead: bead.index,
      source: sideLocation([s], range),
      target: sideLocation(bead.target),
    });
  });
  return findings;
}
