import type { TargetLang } from '../model/types';
import { Channel, CHANNEL_COUNT, type ChannelId } from './channels';
import type { Lexicon } from './lexicon';
import { prepareTerms, sourceEvidence, type SourceEvidence } from './source-units';
import { targetTokens, type TargetToken } from './target-tokens';
import type { TermPair } from './types';
import type { LearnedPair } from './learn-pairs';

/**
 * Both documents turned into integer-keyed evidence, with the document frequencies that give each
 * unit its chance of matching a random sentence. Everything the scorer needs, computed once.
 */
export interface Evidence {
  n: number;
  m: number;
  srcLength: Float64Array;
  tgtLength: Float64Array;
  /** Source units: global index ranges per sentence, channel, keys and match probability by chance. */
  srcUnitStart: Int32Array;
  srcUnitChannel: Uint8Array;
  /** Per source unit: probability that one random target key is one of its keys. */
  srcUnitQ: Float64Array;
  /** log(1 − q) of each source unit, for the scorer's inner loop. */
  srcUnitLog1mQ: Float64Array;
  /** Per source sentence: key id → bit mask of channels in which the sentence offers that key. */
  srcKeyMask: Array<Map<number, number>>;
  /** Per source sentence: key id → local indices of the units that own the key. */
  srcKeyUnits: Array<Map<number, number[]>>;
  /** Per channel, prefix sums over source sentences of the number of keys offered in that channel. */
  srcChannelPrefix: Float64Array[];
  /** Target units (distinct key × channel per sentence). */
  tgtUnitStart: Int32Array;
  tgtUnitKey: Int32Array;
  tgtUnitChannel: Uint8Array;
  tgtUnitQ: Float64Array;
  tgtUnitLog1mQ: Float64Array;
  /** Per target sentence: its distinct key ids. */
  tgtKeys: Int32Array[];
  /** Prefix sums over target sentences of the number of distinct keys. */
  tgtKeyPrefix: Float64Array;
  /** Which channels carry any evidence at all in this document pair. */
  activeChannels: boolean[];
}

export interface EvidenceInput {
  src: readonly string[];
  tgt: readonly string[];
  tgtLang: TargetLang;
  mt?: readonly string[];
  lexicon?: Lexicon;
  termPairs?: readonly TermPair[];
  /** Pairs learned from a previous alignment of this document (learn-pairs.ts). */
  learned?: readonly LearnedPair[];
}

/** Per-sentence tokenisation of both documents: the costly part, done once per alignment. */
export interface ExtractedTokens {
  source: SourceEvidence[];
  mt?: TargetToken[][];
  target: TargetToken[][];
  targetLength: Float64Array;
  /** Integer keys of the above, filled by the first buildEvidence and reused by the next. */
  interned?: InternedTokens;
}

/** Tokens as integer key ids; source keys the target never contains are dropped (inert). */
interface InternedTokens {
  keyIds: Map<string, number>;
  srcUnits: Array<Array<{ ids: number[]; channel: number }>>;
  srcNames: number[][];
  tgtTokens: Array<Array<{ id: number; kind: TargetToken['kind'] }>>;
}

function internTokens(tokens: ExtractedTokens): InternedTokens {
  const keyIds = new Map<string, number>();
  const intern = (k: string): number => {
    let id = keyIds.get(k);
    if (id === undefined) keyIds.set(k, (id = keyIds.size));
    return id;
  };
  // Target first: a source key the target never contains can never match, so it is left out.
  const tgtTokens = tokens.target.map((toks) => toks.map((tok) => ({ id: intern(tok.key), kind: tok.kind })));
  const srcUnits: InternedTokens['srcUnits'] = [];
  const srcNames: number[][] = [];
  tokens.source.forEach((ev, i) => {
    const units: Array<{ ids: number[]; channel: number }> = [];
    const names: number[] = [];
    const add = (keys: readonly string[], channel: number): void => {
      const ids: number[] = [];
      for (const k of keys) {
        const id = keyIds.get(k);
        if (id !== undefined && !ids.includes(id)) ids.push(id);
      }
      if (ids.length) units.push({ ids, channel });
    };
    for (const u of ev.units) add(u.keys, u.channel);
    for (const tok of tokens.mt?.[i] ?? []) {
      if (tok.kind === 'word' || tok.kind === 'number') add([tok.key], Channel.Mt);
      else if (tok.kind === 'name') {
        const id = keyIds.get(tok.key);
        if (id !== undefined) names.push(id);
      }
    }
    for (const k of ev.nameKeys) {
      const id = keyIds.get(k);
      if (id !== undefined) names.push(id);
    }
    srcUnits.push(units);
    srcNames.push([...new Set(names)]);
  });
  return { keyIds, srcUnits, srcNames, tgtTokens };
}

/** Tokenises both documents (and the MT) for buildEvidence. */
export function extractTokens(input: EvidenceInput): ExtractedTokens {
  const terms = prepareTerms(input.termPairs, input.tgtLang);
  return {
    source: input.src.map((text) => sourceEvidence(text, input.tgtLang, input.lexicon, terms)),
    mt: input.mt?.map((text) => targetTokens(text, input.tgtLang)),
    target: input.tgt.map((text) => targetTokens(text, input.tgtLang)),
    targetLength: Float64Array.from(input.tgt, (text) => textLength(text)),
  };
}

/**
 * Indexes the evidence of a source/target pair of documents. Pass `tokens` from extractTokens to
 * index the same documents again (with learned pairs) without tokenising them twice.
 */
export function buildEvidence(input: EvidenceInput, tokens: ExtractedTokens = extractTokens(input)): Evidence {
  const { src, tgt, mt, lexicon } = input;
  const n = src.length;
  const m = tgt.length;
  const interned = (tokens.interned ??= internTokens(tokens));
  const learnedByFirst = new Map<string, LearnedPair[]>();
  for (const p of input.learned ?? []) {
    const first = p.zh[0]!;
    const list = learnedByFirst.get(first);
    if (list) list.push(p);
    else learnedByFirst.set(first, [p]);
  }

  // Source side.
  const srcLength = new Float64Array(n);
  const unitStart = new Int32Array(n + 1);
  const unitChannel: number[] = [];
  const unitKeys: number[][] = [];
  const srcKeyMask: Array<Map<number, number>> = [];
  const srcKeyUnits: Array<Map<number, number[]>> = [];
  const srcChannelCount: number[][] = Array.from({ length: CHANNEL_COUNT }, () => new Array<number>(n).fill(0));
  // Keys each channel offers anywhere in the source, to decide which target tokens can be evidence.
  const channelKeys: Array<Set<number>> = Array.from({ length: CHANNEL_COUNT }, () => new Set());
  for (let i = 0; i < n; i++) {
    srcLength[i] = tokens.source[i]!.length;
    const mask = new Map<number, number>();
    const owners = new Map<number, number[]>();
    const units = interned.srcUnits[i]!;
    const learnedHere: Array<{ ids: number[]; channel: number }> = [];
    for (const p of learnedIn(src[i]!, learnedByFirst)) {
      const id = interned.keyIds.get(p.key);
      if (id !== undefined) learnedHere.push({ ids: [id], channel: Channel.Learned });
    }
    unitStart[i] = unitChannel.length;
    let local = 0;
    for (const u of learnedHere.length ? [...units, ...learnedHere] : units) {
      unitChannel.push(u.channel);
      unitKeys.push(u.ids);
      for (const id of u.ids) {
        mask.set(id, (mask.get(id) ?? 0) | (1 << u.channel));
        const list = owners.get(id);
        if (list) list.push(local);
        else owners.set(id, [local]);
        channelKeys[u.channel]!.add(id);
      }
      local++;
    }
    for (const id of interned.srcNames[i]!) {
      mask.set(id, (mask.get(id) ?? 0) | (1 << Channel.Name));
      channelKeys[Channel.Name]!.add(id);
    }
    srcKeyMask.push(mask);
    srcKeyUnits.push(owners);
  }
  unitStart[n] = unitChannel.length;

  // Target side: each distinct key becomes a unit in every channel that could explain it.
  const tgtLength = new Float64Array(m);
  const tStart = new Int32Array(m + 1);
  const tKey: number[] = [];
  const tChannel: number[] = [];
  const tgtKeys: Int32Array[] = [];
  const tgtKeyPrefix = new Float64Array(m + 1);
  for (let j = 0; j < m; j++) {
    tgtLength[j] = tokens.targetLength[j]!;
    tStart[j] = tKey.length;
    const seen = new Set<number>();
    const keys = new Set<number>();
    for (const tok of interned.tgtTokens[j]!) {
      const id = tok.id;
      keys.add(id);
      const channels: number[] = [];
      if (tok.kind === 'word') {
        if (lexicon) channels.push(Channel.Lex);
        if (mt) channels.push(Channel.Mt);
        if (channelKeys[Channel.Term]!.has(id)) channels.push(Channel.Term);
        if (channelKeys[Channel.Literal]!.has(id)) channels.push(Channel.Literal);
        if (channelKeys[Channel.Learned]!.has(id)) channels.push(Channel.Learned);
      } else if (tok.kind === 'number') {
        channels.push(Channel.Literal);
        if (mt) channels.push(Channel.Mt);
      } else if (tok.kind === 'name') {
        if (channelKeys[Channel.Name]!.size) channels.push(Channel.Name);
      } else channels.push(Channel.Punct);
      for (const c of channels) {
        const sig = id * CHANNEL_COUNT + c;
        if (seen.has(sig)) continue;
        seen.add(sig);
        tKey.push(id);
        tChannel.push(c);
      }
    }
    tgtKeys.push(Int32Array.from(keys));
    tgtKeyPrefix[j + 1] = tgtKeyPrefix[j]! + keys.size;
  }
  tStart[m] = tKey.length;

  // Chance of a match: frequencies on the other side, over the whole document and around the
  // sentence's expected position; the larger wins, because topic words cluster (an article about
  // obesity says "obesity" in every paragraph) and would otherwise look like rare, telling matches.
  const tgtDf = new Map<number, number>();
  const tgtPostings = new Map<number, number[]>();
  tgtKeys.forEach((keys, j) => {
    for (const k of keys) {
      tgtDf.set(k, (tgtDf.get(k) ?? 0) + 1);
      const list = tgtPostings.get(k);
      if (list) list.push(j);
      else tgtPostings.set(k, [j]);
    }
  });
  const totalTgtKeys = Math.max(1, tgtKeyPrefix[m]!);
  const srcUnitQ = new Float64Array(unitChannel.length);
  for (let i = 0; i < n; i++) {
    const [lo, hi] = localWindow(i, n, m);
    const localKeys = Math.max(1, tgtKeyPrefix[hi + 1]! - tgtKeyPrefix[lo]!);
    for (let u = unitStart[i]!; u < unitStart[i + 1]!; u++) {
      let df = 0;
      let local = 0;
      for (const k of unitKeys[u]!) {
        df += tgtDf.get(k) ?? 0;
        const list = tgtPostings.get(k);
        if (list) local += countInRange(list, lo, hi);
      }
      srcUnitQ[u] = clampQ(Math.max(df / totalTgtKeys, local / localKeys));
    }
  }
  // Keys absent from the target document can never be matched: they are no evidence either way,
  // so they count neither as candidates (n) nor, through q = 0, as misses.
  const srcDf: Array<Map<number, number>> = Array.from({ length: CHANNEL_COUNT }, () => new Map());
  srcKeyMask.forEach((mask, i) => {
    for (const [k, bits] of mask) {
      if (!tgtDf.has(k)) continue;
      for (let c = 0; c < CHANNEL_COUNT; c++) {
        if (!(bits & (1 << c))) continue;
        srcDf[c]!.set(k, (srcDf[c]!.get(k) ?? 0) + 1);
        srcChannelCount[c]![i]!++;
      }
    }
  });
  const srcChannelPrefix = srcChannelCount.map((counts) => {
    const p = new Float64Array(n + 1);
    for (let i = 0; i < n; i++) p[i + 1] = p[i]! + counts[i]!;
    return p;
  });
  const srcPostings: Array<Map<number, number[]>> = Array.from({ length: CHANNEL_COUNT }, () => new Map());
  srcKeyMask.forEach((mask, i) => {
    for (const [k, bits] of mask) {
      for (let c = 0; c < CHANNEL_COUNT; c++) {
        if (!(bits & (1 << c))) continue;
        const list = srcPostings[c]!.get(k);
        if (list) list.push(i);
        else srcPostings[c]!.set(k, [i]);
      }
    }
  });
  const tgtUnitQ = new Float64Array(tKey.length);
  for (let j = 0; j < m; j++) {
    const [lo, hi] = localWindow(j, m, n);
    for (let t = tStart[j]!; t < tStart[j + 1]!; t++) {
      const c = tChannel[t]!;
      const prefix = srcChannelPrefix[c]!;
      const global = (srcDf[c]!.get(tKey[t]!) ?? 0) / Math.max(1, prefix[n]!);
      const list = srcPostings[c]!.get(tKey[t]!);
      const local = list ? countInRange(list, lo, hi) / Math.max(1, prefix[hi + 1]! - prefix[lo]!) : 0;
      tgtUnitQ[t] = clampQ(global === 0 ? 0 : Math.max(global, local));
    }
  }
  const activeChannels = Array.from({ length: CHANNEL_COUNT }, (_, c) => unitChannel.includes(c) || tChannel.includes(c));

  return {
    n, m, srcLength, tgtLength,
    srcUnitStart: unitStart,
    srcUnitChannel: Uint8Array.from(unitChannel),
    srcUnitQ, srcUnitLog1mQ: srcUnitQ.map((q) => Math.log1p(-q)), srcKeyMask, srcKeyUnits, srcChannelPrefix,
    tgtUnitStart: tStart,
    tgtUnitKey: Int32Array.from(tKey),
    tgtUnitChannel: Uint8Array.from(tChannel),
    tgtUnitQ, tgtUnitLog1mQ: tgtUnitQ.map((q) => Math.log1p(-q)), tgtKeys, tgtKeyPrefix, activeChannels,
  };
}

const NOT_COUNTED = /[\s\p{P}\p{S}]/gu;

/** Length in characters (code points), spaces, punctuation and symbols left out. */
export function textLength(text: string): number {
  let n = 0;
  for (const _ of text.normalize('NFKC').replace(NOT_COUNTED, '')) n++;
  return n;
}

/** Neighbourhood (in sentences of the other document) used for local match frequencies. */
const LOCAL_WINDOW = 25;

/** The other document's sentences around where sentence k of this one should land. */
function localWindow(k: number, count: number, other: number): [number, number] {
  const center = Math.floor(((k + 0.5) * other) / count);
  return [Math.max(0, center - LOCAL_WINDOW), Math.min(other - 1, center + LOCAL_WINDOW)];
}

/** How many of the sorted positions fall in [lo, hi]. */
function countInRange(sorted: readonly number[], lo: number, hi: number): number {
  return upperBound(sorted, hi) - upperBound(sorted, lo - 1);
}

function upperBound(a: readonly number[], x: number): number {
  let l = 0;
  let h = a.length;
  while (l < h) {
    const mid = (l + h) >> 1;
    if (a[mid]! <= x) l = mid + 1;
    else h = mid;
  }
  return l;
}

/** The learned pairs whose Chinese side occurs in a sentence. */
function learnedIn(text: string, byFirst: ReadonlyMap<string, LearnedPair[]>): LearnedPair[] {
  if (byFirst.size === 0) return [];
  const norm = text.normalize('NFKC');
  const out: LearnedPair[] = [];
  for (let k = 0; k < norm.length; k++) for (const p of byFirst.get(norm[k]!) ?? []) if (norm.startsWith(p.zh, k) && !out.includes(p)) out.push(p);
  return out;
}

/**
 * q = 0 marks a unit whose keys never occur on the other side: it cannot match under any alignment,
 * so it is inert (no miss penalty). Otherwise q is kept away from 0 and 1 for the logs.
 */
function clampQ(q: number): number {
  return q === 0 ? 0 : Math.min(0.5, Math.max(1e-6, q));
}

export type { ChannelId };
