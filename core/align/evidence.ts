import type { TargetLang } from '../model/types';
import { Channel, CHANNEL_COUNT, type ChannelId } from './channels';
import type { Lexicon } from './lexicon';
import { prepareTerms, sourceEvidence } from './source-units';
import { targetTokens } from './target-tokens';
import type { TermPair } from './types';

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
}

/** Extracts and indexes the evidence of a source/target sentence pair of documents. */
export function buildEvidence(input: EvidenceInput): Evidence {
  const { src, tgt, tgtLang, mt, lexicon } = input;
  const n = src.length;
  const m = tgt.length;
  const keyIds = new Map<string, number>();
  const intern = (k: string): number => {
    let id = keyIds.get(k);
    if (id === undefined) keyIds.set(k, (id = keyIds.size));
    return id;
  };
  const terms = prepareTerms(input.termPairs, tgtLang);

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
    const ev = sourceEvidence(src[i]!, tgtLang, lexicon, terms);
    srcLength[i] = ev.length;
    const mask = new Map<number, number>();
    const owners = new Map<number, number[]>();
    const units = ev.units.map((u) => ({ keys: u.keys, channel: u.channel as number }));
    if (mt) {
      for (const tok of targetTokens(mt[i] ?? '', tgtLang)) {
        if (tok.kind === 'word' || tok.kind === 'number') units.push({ keys: [tok.key], channel: Channel.Mt });
        else if (tok.kind === 'name') ev.nameKeys.push(tok.key);
      }
    }
    unitStart[i] = unitChannel.length;
    units.forEach((u, local) => {
      const ids = [...new Set(u.keys.map(intern))];
      unitChannel.push(u.channel);
      unitKeys.push(ids);
      for (const id of ids) {
        mask.set(id, (mask.get(id) ?? 0) | (1 << u.channel));
        const list = owners.get(id);
        if (list) list.push(local);
        else owners.set(id, [local]);
        channelKeys[u.channel]!.add(id);
      }
    });
    for (const k of new Set(ev.nameKeys)) {
      const id = intern(k);
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
    const text = tgt[j]!;
    tgtLength[j] = [...text.normalize('NFKC')].filter((c) => !/[\s\p{P}\p{S}]/u.test(c)).length;
    tStart[j] = tKey.length;
    const seen = new Set<string>();
    const keys = new Set<number>();
    for (const tok of targetTokens(text, tgtLang)) {
      const id = intern(tok.key);
      keys.add(id);
      const channels: number[] = [];
      if (tok.kind === 'word') {
        if (lexicon) channels.push(Channel.Lex);
        if (mt) channels.push(Channel.Mt);
        if (channelKeys[Channel.Term]!.has(id)) channels.push(Channel.Term);
        if (channelKeys[Channel.Literal]!.has(id)) channels.push(Channel.Literal);
      } else if (tok.kind === 'number') {
        channels.push(Channel.Literal);
        if (mt) channels.push(Channel.Mt);
      } else if (tok.kind === 'name') {
        if (channelKeys[Channel.Name]!.size) channels.push(Channel.Name);
      } else channels.push(Channel.Punct);
      for (const c of channels) {
        const sig = `${id}:${c}`;
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

  // Chance of a match: document frequencies on the other side.
  const tgtDf = new Map<number, number>();
  for (const keys of tgtKeys) for (const k of keys) tgtDf.set(k, (tgtDf.get(k) ?? 0) + 1);
  const totalTgtKeys = Math.max(1, tgtKeyPrefix[m]!);
  const srcUnitQ = new Float64Array(unitChannel.length);
  for (let u = 0; u < unitChannel.length; u++) {
    let df = 0;
    for (const k of unitKeys[u]!) df += tgtDf.get(k) ?? 0;
    srcUnitQ[u] = clampQ(df / totalTgtKeys);
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
  const tgtUnitQ = new Float64Array(tKey.length);
  for (let t = 0; t < tKey.length; t++) {
    const c = tChannel[t]!;
    tgtUnitQ[t] = clampQ((srcDf[c]!.get(tKey[t]!) ?? 0) / Math.max(1, srcChannelPrefix[c]![n]!));
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

/**
 * q = 0 marks a unit whose keys never occur on the other side: it cannot match under any alignment,
 * so it is inert (no miss penalty). Otherwise q is kept away from 0 and 1 for the logs.
 */
function clampQ(q: number): number {
  return q === 0 ? 0 : Math.min(0.5, Math.max(1e-6, q));
}

export type { ChannelId };
