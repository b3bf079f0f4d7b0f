import type { TargetLang } from '../model/types';
import { Channel, CHANNEL_COUNT, type ChannelId } from './channels';
import { codePointLength, type Lexicon } from './lexicon';
import { prepareTerms, sourceEvidence, type SourceEvidence } from './source-units';
import { targetTokens, type TargetToken } from './target-tokens';
import type { TermPair } from './types';
import { learnedIndex, learnedOccurrences, type LearnedIndex, type LearnedPair } from './learn-pairs';

/**
 * Both documents turned into integer-keyed evidence, with the document frequencies that give each
 * unit its chance of matching a random sentence. Everything the scorer needs, computed once.
 * Stored in flat typed arrays indexed by sentence ranges (no Map or Set per sentence): a 20,000-
 * sentence document would otherwise allocate hundreds of thousands of small objects.
 */
export interface Evidence {
  n: number;
  m: number;
  /** Number of distinct key ids (keys are 0 … keyCount − 1). */
  keyCount: number;
  srcLength: Float64Array;
  tgtLength: Float64Array;
  /** Source units: global index ranges per sentence, channel, keys and match probability by chance. */
  srcUnitStart: Int32Array;
  srcUnitChannel: Uint8Array;
  /** Per source unit: probability that one random target key is one of its keys. */
  srcUnitQ: Float64Array;
  /** log(1 − q) of each source unit, for the scorer's inner loop. */
  srcUnitLog1mQ: Float64Array;
  /**
   * Per source sentence, its distinct keys (entries srcKeyStart[i] … srcKeyStart[i+1] − 1, in order
   * of first appearance): the key id, the bit mask of channels in which the sentence offers it, and
   * the units that own it (global unit indices, srcKeyOwnerStart ranges; none for name-only keys).
   */
  srcKeyStart: Int32Array;
  srcKey: Int32Array;
  srcKeyBits: Uint8Array;
  srcKeyOwnerStart: Int32Array;
  srcKeyOwners: Int32Array;
  /** Per channel, prefix sums over source sentences of the number of keys offered in that channel. */
  srcChannelPrefix: Float64Array[];
  /** Target units (distinct key × channel per sentence). */
  tgtUnitStart: Int32Array;
  tgtUnitKey: Int32Array;
  tgtUnitChannel: Uint8Array;
  tgtUnitQ: Float64Array;
  tgtUnitLog1mQ: Float64Array;
  /** Per target sentence: its distinct key ids, in order of first appearance. */
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
  mt?: Array<readonly TargetToken[]>;
  target: Array<readonly TargetToken[]>;
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
  // Target first: a source key the target never contains can never match, so it is left out —
  // unless the target is too small for its absence to mean anything (see sourceUnitQ).
  const tgtTokens = tokens.target.map((toks) => toks.map((tok) => ({ id: intern(tok.key), kind: tok.kind })));
  const small = priorSentences(tokens.target.length) > 0;
  const srcUnits: InternedTokens['srcUnits'] = [];
  const srcNames: number[][] = [];
  const lexIds = new Map<readonly string[], number[]>();
  tokens.source.forEach((ev, i) => {
    const units: Array<{ ids: number[]; channel: number }> = [];
    const names: number[] = [];
    const add = (keys: readonly string[], channel: number): void => {
      // Dictionary units share their entry's stem array: intern each entry once per document.
      let ids = channel === Channel.Lex ? lexIds.get(keys) : undefined;
      if (!ids) {
        ids = [];
        for (const k of keys) {
          const id = small ? intern(k) : keyIds.get(k);
          if (id !== undefined && !ids.includes(id)) ids.push(id);
        }
        if (channel === Channel.Lex) lexIds.set(keys, ids);
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
 * Each stage is its own function: V8 optimises a long loop inside a one-shot function by on-stack
 * replacement, and a single function holding every stage kept falling back to the interpreter.
 */
export function buildEvidence(input: EvidenceInput, tokens: ExtractedTokens = extractTokens(input)): Evidence {
  const { src, tgt, mt, lexicon } = input;
  const n = src.length;
  const m = tgt.length;
  const interned = (tokens.interned ??= internTokens(tokens));
  const learnedUnits = learnedUnitsOf(src, input.learned ?? [], interned.keyIds);
  const source = indexSource(tokens, interned, learnedUnits);
  const target = indexTarget(tokens, interned, source, { lexicon: !!lexicon, mt: !!mt });
  const srcUnitQ = sourceUnitQ(n, m, source, target);
  const { srcChannelPrefix, tgtUnitQ } = targetUnitQ(n, m, source, target);
  return {
    n, m, keyCount: source.keyCount, srcLength: source.srcLength, tgtLength: target.tgtLength,
    srcUnitStart: source.unitStart,
    srcUnitChannel: source.unitChannel,
    srcUnitQ, srcUnitLog1mQ: srcUnitQ.map((q) => Math.log1p(-q)),
    srcKeyStart: source.srcKeyStart, srcKey: source.keyOf, srcKeyBits: source.bitsOf,
    srcKeyOwnerStart: source.ownerStart, srcKeyOwners: source.owners,
    srcChannelPrefix,
    tgtUnitStart: target.tStart,
    tgtUnitKey: target.tKey,
    tgtUnitChannel: target.tChannel,
    tgtUnitQ, tgtUnitLog1mQ: tgtUnitQ.map((q) => Math.log1p(-q)),
    tgtKeys: target.tgtKeys, tgtKeyPrefix: target.tgtKeyPrefix,
    activeChannels: Array.from(target.channelUsed, (used) => used === 1),
  };
}

type InternedUnit = { ids: number[]; channel: number };

/** Per source sentence, the units of the learned pairs it contains. */
function learnedUnitsOf(src: readonly string[], learned: readonly LearnedPair[], keyIds: ReadonlyMap<string, number>): InternedUnit[][] {
  const byFirst = learnedIndex(learned);
  return src.map((text) => {
    const here: InternedUnit[] = [];
    for (const p of learnedIn(text, byFirst)) {
      const id = keyIds.get(p.key);
      if (id !== undefined) here.push({ ids: [id], channel: Channel.Learned });
    }
    return here;
  });
}

interface SourceIndex {
  keyCount: number;
  srcLength: Float64Array;
  unitStart: Int32Array;
  unitChannel: Uint8Array;
  unitKeys: number[][];
  srcKeyStart: Int32Array;
  keyOf: Int32Array;
  bitsOf: Uint8Array;
  ownerStart: Int32Array;
  owners: Int32Array;
  /** Channels each key is offered in anywhere in the source, to decide which target tokens can be evidence. */
  channelKeyBits: Uint8Array;
  anyName: boolean;
  channelUsed: Uint8Array;
}

/**
 * Source side: per sentence, its distinct keys with channel masks and owning units. A key's entry
 * is found through a stamp per key id (entryStamp[k] = i + 1 while sentence i is being read).
 */
function indexSource(tokens: ExtractedTokens, interned: InternedTokens, learnedUnits: InternedUnit[][]): SourceIndex {
  const n = tokens.source.length;
  const K = interned.keyIds.size;
  let unitTotal = 0;
  let keyTotal = 0;
  for (let i = 0; i < n; i++) {
    const list = interned.srcUnits[i]!;
    for (let x = 0; x < list.length; x++) keyTotal += list[x]!.ids.length;
    unitTotal += interned.srcUnits[i]!.length + learnedUnits[i]!.length;
    keyTotal += learnedUnits[i]!.length + interned.srcNames[i]!.length;
  }
  const srcLength = new Float64Array(n);
  const unitStart = new Int32Array(n + 1);
  const unitChannel = new Uint8Array(unitTotal);
  const unitKeys: number[][] = new Array<number[]>(unitTotal);
  const srcKeyStart = new Int32Array(n + 1);
  const keyOf = new Int32Array(keyTotal);
  const bitsOf = new Uint8Array(keyTotal);
  const ownerStart = new Int32Array(keyTotal + 1);
  const owners = new Int32Array(keyTotal);
  const entryStamp = new Int32Array(K);
  const entryOf = new Int32Array(K);
  const channelKeyBits = new Uint8Array(K);
  let anyName = false;
  const channelUsed = new Uint8Array(CHANNEL_COUNT);
  let units = 0;
  let entries = 0;
  const fill: number[] = [];
  for (let i = 0; i < n; i++) {
    srcLength[i] = tokens.source[i]!.length;
    const here = learnedUnits[i]!.length ? [...interned.srcUnits[i]!, ...learnedUnits[i]!] : interned.srcUnits[i]!;
    const stamp = i + 1;
    const first = entries;
    unitStart[i] = units;
    srcKeyStart[i] = first;
    // Pass 1: the sentence's entries in order of first appearance, with masks and owner counts.
    // (Indexed loops throughout: a for-of that runs before the loop is optimised allocates per step.)
    for (let x = 0; x < here.length; x++) {
      const u = here[x]!;
      unitChannel[units] = u.channel;
      unitKeys[units++] = u.ids;
      channelUsed[u.channel] = 1;
      const bit = 1 << u.channel;
      for (let y = 0; y < u.ids.length; y++) {
        const id = u.ids[y]!;
        let e = entryOf[id]!;
        if (entryStamp[id] !== stamp) {
          entryStamp[id] = stamp;
          entryOf[id] = e = entries++;
          keyOf[e] = id;
        }
        bitsOf[e]! |= bit;
        ownerStart[e + 1]!++;
        channelKeyBits[id]! |= bit;
      }
    }
    const names = interned.srcNames[i]!;
    for (let x = 0; x < names.length; x++) {
      const id = names[x]!;
      let e = entryOf[id]!;
      if (entryStamp[id] !== stamp) {
        entryStamp[id] = stamp;
        entryOf[id] = e = entries++;
        keyOf[e] = id;
      }
      bitsOf[e]! |= 1 << Channel.Name;
      channelKeyBits[id]! |= 1 << Channel.Name;
      anyName = true;
    }
    // Pass 2: owners, in unit order, into each entry's range (fill[e] counts up from its start).
    for (let e = first; e < entries; e++) ownerStart[e + 1]! += ownerStart[e]!;
    for (let e = first; e < entries; e++) fill[e - first] = ownerStart[e]!;
    let unit = unitStart[i]!;
    for (let x = 0; x < here.length; x++) {
      const ids = here[x]!.ids;
      for (let y = 0; y < ids.length; y++) owners[fill[entryOf[ids[y]!]! - first]!++] = unit;
      unit++;
    }
  }
  unitStart[n] = units;
  srcKeyStart[n] = entries;
  return {
    keyCount: K, srcLength, unitStart, unitChannel, unitKeys, srcKeyStart,
    keyOf: keyOf.subarray(0, entries), bitsOf: bitsOf.subarray(0, entries),
    ownerStart: ownerStart.subarray(0, entries + 1), owners: owners.subarray(0, ownerStart[entries]!),
    channelKeyBits, anyName, channelUsed,
  };
}

interface TargetIndex {
  tgtLength: Float64Array;
  tStart: Int32Array;
  tKey: Int32Array;
  tChannel: Uint8Array;
  tgtKeys: Int32Array[];
  tgtKeyPrefix: Float64Array;
  /** Per key: how many target sentences contain it. */
  tgtDf: Int32Array;
  /** Channels any unit (source or target) uses. */
  channelUsed: Uint8Array;
}

/** Target side: each distinct key becomes a unit in every channel that could explain it. */
function indexTarget(tokens: ExtractedTokens, interned: InternedTokens, source: SourceIndex, has: { lexicon: boolean; mt: boolean }): TargetIndex {
  const m = tokens.target.length;
  const K = source.keyCount;
  const { channelKeyBits, anyName } = source;
  const channelUsed = source.channelUsed.slice();
  const tgtLength = new Float64Array(m);
  const tStart = new Int32Array(m + 1);
  const tKey: number[] = [];
  const tChannel: number[] = [];
  const tgtKeys: Int32Array[] = [];
  const tgtKeyPrefix = new Float64Array(m + 1);
  const tgtDf = new Int32Array(K);
  const keyStamp = new Int32Array(K);
  const seenBits = new Uint8Array(K);
  const keyBuffer = new Int32Array(Math.max(1, interned.tgtTokens.reduce((s, toks) => s + toks.length, 0)));
  let keyEnd = 0;
  for (let j = 0; j < m; j++) {
    tgtLength[j] = tokens.targetLength[j]!;
    tStart[j] = tKey.length;
    const stamp = j + 1;
    const firstKey = keyEnd;
    const toks = interned.tgtTokens[j]!;
    for (let x = 0; x < toks.length; x++) {
      const tok = toks[x]!;
      const id = tok.id;
      if (keyStamp[id] !== stamp) {
        keyStamp[id] = stamp;
        seenBits[id] = 0;
        keyBuffer[keyEnd++] = id;
        tgtDf[id]!++;
      }
      let channels = 0;
      if (tok.kind === 'word') {
        if (has.lexicon) channels |= 1 << Channel.Lex;
        if (has.mt) channels |= 1 << Channel.Mt;
        channels |= channelKeyBits[id]! & ((1 << Channel.Term) | (1 << Channel.Literal) | (1 << Channel.Learned));
      } else if (tok.kind === 'number') {
        channels |= 1 << Channel.Literal;
        if (has.mt) channels |= 1 << Channel.Mt;
      } else if (tok.kind === 'name') {
        if (anyName) channels |= 1 << Channel.Name;
      } else channels |= 1 << Channel.Punct;
      // Units in a fixed channel order (Lex, Mt, Term, Literal, Learned for words; Literal, Mt for numbers).
      const order = tok.kind === 'word' ? WORD_CHANNEL_ORDER : tok.kind === 'number' ? NUMBER_CHANNEL_ORDER : ALL_CHANNELS;
      for (let y = 0; y < order.length; y++) {
        const c = order[y]!;
        const bit = 1 << c;
        if (!(channels & bit) || seenBits[id]! & bit) continue;
        seenBits[id]! |= bit;
        tKey.push(id);
        tChannel.push(c);
        channelUsed[c] = 1;
      }
    }
    tgtKeys.push(keyBuffer.subarray(firstKey, keyEnd));
    tgtKeyPrefix[j + 1] = tgtKeyPrefix[j]! + (keyEnd - firstKey);
  }
  tStart[m] = tKey.length;
  return { tgtLength, tStart, tKey: Int32Array.from(tKey), tChannel: Uint8Array.from(tChannel), tgtKeys, tgtKeyPrefix, tgtDf, channelUsed };
}

/*
 * Chance of a match: frequencies on the other side, over the whole document and around the
 * sentence's expected position; the larger wins, because topic words cluster (an article about
 * obesity says "obesity" in every paragraph) and would otherwise look like rare, telling matches.
 * The local windows only move forward, so their counts are kept by adding and removing sentences.
 */

/** q of each source unit, from the target's key frequencies. */
function sourceUnitQ(n: number, m: number, source: SourceIndex, target: TargetIndex): Float64Array {
  const { unitStart, unitKeys } = source;
  const { tgtKeys, tgtKeyPrefix, tgtDf } = target;
  const totalTgtKeys = Math.max(1, tgtKeyPrefix[m]!);
  const srcUnitQ = new Float64Array(unitKeys.length);
  // A target smaller than the local window says little about how common a key is (a key of a
  // one-sentence draft occurs in "every" sentence): its rates are completed to a window's worth of
  // sentences with the rate the source predicts through the lexicon. Its source units whose keys the
  // draft lacks are then kept (internTokens): unmatched, they count as misses, so a bead that merges
  // neighbouring source sentences pays for their words instead of collecting only their matches.
  const alpha = priorSentences(m);
  const prior = alpha > 0 ? sourceKeyRates(n, source) : undefined;
  const inWindow = new Int32Array(source.keyCount);
  let winLo = 0;
  let winHi = -1;
  for (let i = 0; i < n; i++) {
    const [lo, hi] = localWindow(i, n, m);
    while (winHi < hi) {
      const keys = tgtKeys[++winHi]!;
      for (let x = 0; x < keys.length; x++) inWindow[keys[x]!]!++;
    }
    while (winLo < lo) {
      const keys = tgtKeys[winLo++]!;
      for (let x = 0; x < keys.length; x++) inWindow[keys[x]!]!--;
    }
    const localKeys = Math.max(1, tgtKeyPrefix[hi + 1]! - tgtKeyPrefix[lo]!);
    const w = hi - lo + 1;
    for (let u = unitStart[i]!; u < unitStart[i + 1]!; u++) {
      let df = 0;
      let local = 0;
      let predicted = 0;
      const keys = unitKeys[u]!;
      for (let x = 0; x < keys.length; x++) {
        const k = keys[x]!;
        df += tgtDf[k]!;
        local += inWindow[k]!;
        if (prior) predicted += prior[k]!;
      }
      if (!prior) srcUnitQ[u] = clampQ(Math.max(df / totalTgtKeys, local / localKeys));
      else {
        // Per-sentence rates completed with alpha predicted sentences, back to per-key chances.
        const global = (((df + alpha * predicted) / (m + alpha)) * m) / totalTgtKeys;
        const near = (((local + alpha * predicted) / (w + alpha)) * w) / localKeys;
        srcUnitQ[u] = clampQ(Math.max(global, near));
      }
    }
  }
  return srcUnitQ;
}

/**
 * Sentences of predicted rate that complete a target smaller than the local window (0 otherwise:
 * a document of a window or more is its own evidence, and aligns exactly as before).
 */
function priorSentences(m: number): number {
  return Math.max(0, 2 * LOCAL_WINDOW + 1 - m);
}

/**
 * Per key, the share of target sentences the source predicts will contain it: each source word is
 * rendered by one of its glosses (1/|glosses| each), a sentence counted at most once. A rare source
 * word's glosses come out rare, a stem many words offer ("год") common — unlike the target's own
 * counts on a one-sentence draft, where every key occurs in every sentence.
 */
function sourceKeyRates(n: number, source: SourceIndex): Float64Array {
  const { unitStart, unitKeys } = source;
  const rate = new Float64Array(source.keyCount);
  const here = new Float64Array(source.keyCount);
  const touched: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let u = unitStart[i]!; u < unitStart[i + 1]!; u++) {
      const keys = unitKeys[u]!;
      for (const k of keys) {
        if (here[k] === 0) touched.push(k);
        here[k]! += 1 / keys.length;
      }
    }
    for (const k of touched) {
      rate[k]! += Math.min(1, here[k]!) / n;
      here[k] = 0;
    }
    touched.length = 0;
  }
  return rate;
}

/**
 * q of each target unit, from the source's key frequencies in the unit's channel. Keys absent from
 * the target document can never be matched: they are no evidence either way, so they count neither
 * as candidates (n, the per-channel prefix sums) nor, through q = 0, as misses.
 */
function targetUnitQ(n: number, m: number, source: SourceIndex, target: TargetIndex): { srcChannelPrefix: Float64Array[]; tgtUnitQ: Float64Array } {
  const { srcKeyStart, keyOf, bitsOf } = source;
  const { tStart, tKey, tChannel, tgtDf } = target;
  const srcDf = new Int32Array(source.keyCount * CHANNEL_COUNT);
  const srcChannelPrefix = Array.from({ length: CHANNEL_COUNT }, () => new Float64Array(n + 1));
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < CHANNEL_COUNT; c++) srcChannelPrefix[c]![i + 1] = srcChannelPrefix[c]![i]!;
    for (let e = srcKeyStart[i]!; e < srcKeyStart[i + 1]!; e++) {
      const k = keyOf[e]!;
      if (tgtDf[k] === 0) continue;
      const bits = bitsOf[e]!;
      for (let c = 0; c < CHANNEL_COUNT; c++) {
        if (!(bits & (1 << c))) continue;
        srcDf[k * CHANNEL_COUNT + c]!++;
        srcChannelPrefix[c]![i + 1]!++;
      }
    }
  }
  const tgtUnitQ = new Float64Array(tKey.length);
  const inWindow = new Int32Array(source.keyCount * CHANNEL_COUNT);
  let winLo = 0;
  let winHi = -1;
  for (let j = 0; j < m; j++) {
    const [lo, hi] = localWindow(j, m, n);
    while (winHi < hi) slideSource(source, ++winHi, 1, inWindow);
    while (winLo < lo) slideSource(source, winLo++, -1, inWindow);
    for (let t = tStart[j]!; t < tStart[j + 1]!; t++) {
      const c = tChannel[t]!;
      const prefix = srcChannelPrefix[c]!;
      const slot = tKey[t]! * CHANNEL_COUNT + c;
      const global = srcDf[slot]! / Math.max(1, prefix[n]!);
      const local = inWindow[slot]! / Math.max(1, prefix[hi + 1]! - prefix[lo]!);
      tgtUnitQ[t] = clampQ(global === 0 ? 0 : Math.max(global, local));
    }
  }
  return { srcChannelPrefix, tgtUnitQ };
}

/** Adds (delta 1) or removes (−1) source sentence i's keys, per channel, to the window counts. */
function slideSource(source: SourceIndex, i: number, delta: number, inWindow: Int32Array): void {
  for (let e = source.srcKeyStart[i]!; e < source.srcKeyStart[i + 1]!; e++) {
    const bits = source.bitsOf[e]!;
    const base = source.keyOf[e]! * CHANNEL_COUNT;
    for (let c = 0; c < CHANNEL_COUNT; c++) if (bits & (1 << c)) inWindow[base + c]! += delta;
  }
}

/** The order in which a target token's channels become units (kept stable: it fixes unit order). */
const WORD_CHANNEL_ORDER = [Channel.Lex, Channel.Mt, Channel.Term, Channel.Literal, Channel.Learned];
const NUMBER_CHANNEL_ORDER = [Channel.Literal, Channel.Mt];
const ALL_CHANNELS = [Channel.Name, Channel.Punct];

const NOT_COUNTED = /[\s\p{P}\p{S}]/gu;

/** Length in characters (code points), spaces, punctuation and symbols left out. */
export function textLength(text: string): number {
  return codePointLength(text.normalize('NFKC').replace(NOT_COUNTED, ''));
}

/** Neighbourhood (in sentences of the other document) used for local match frequencies. */
const LOCAL_WINDOW = 25;

/** The other document's sentences around where sentence k of this one should land. */
function localWindow(k: number, count: number, other: number): [number, number] {
  const center = Math.floor(((k + 0.5) * other) / count);
  return [Math.max(0, center - LOCAL_WINDOW), Math.min(other - 1, center + LOCAL_WINDOW)];
}

/** The learned pairs whose Chinese side occurs in a sentence, each once, in order of first occurrence. */
function learnedIn(text: string, byFirst: LearnedIndex): LearnedPair[] {
  if (byFirst.size === 0) return [];
  return [...new Set(learnedOccurrences(text.normalize('NFKC'), byFirst).map((o) => o.pair))];
}

/**
 * q = 0 marks a unit whose keys never occur on the other side: it cannot match under any alignment,
 * so it is inert (no miss penalty). Otherwise q is kept away from 0 and 1 for the logs.
 */
function clampQ(q: number): number {
  return q === 0 ? 0 : Math.min(0.5, Math.max(1e-6, q));
}

export type { ChannelId };
