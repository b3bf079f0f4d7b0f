import type { Alignment, Bead, Doc, Sentence, TargetLang } from '../model/types';
import { TARGET_LANGS } from '../model/types';
import { alignSentencesInSteps } from './align-sentences';
import { finishSteps, type Steps } from './steps';
import type { AlignOptions, RawBead } from './types';
import { verdictFingerprint } from '../model/verdict';

/** Options of alignDocs: those of alignSentences, with the languages and paragraphs taken from the Docs. */
export type DocAlignOptions = Omit<AlignOptions, 'tgtLang' | 'srcLang' | 'paragraphBreaks'>;

/** The sentences the aligner sees (excluded noise paragraphs left out) and where paragraphs start. */
export function alignableWithBreaks(doc: Doc): { sentences: Sentence[]; breaks: number[] } {
  const sentences: Sentence[] = [];
  const breaks: number[] = [];
  for (const p of doc.paragraphs) {
    if (p.excluded || p.sentences.length === 0) continue;
    if (sentences.length > 0) breaks.push(sentences.length);
    for (const s of p.sentences) sentences.push(s); // no spread: a paragraph may hold 300k sentences
  }
  return { sentences, breaks };
}

/** Checks that a Doc can be an alignment target and returns its language. */
export function targetLangOf(doc: Doc): TargetLang {
  if (!(TARGET_LANGS as readonly string[]).includes(doc.lang)) throw new Error(`cannot align into '${doc.lang}': the target must be one of ${TARGET_LANGS.join(', ')}`);
  return doc.lang as TargetLang;
}

/**
 * Aligns a Chinese source Doc with an English or Russian target Doc, sentence by sentence, using
 * paragraph boundaries as evidence. Excluded (noise) paragraphs take no part. `options.mt`, when
 * given, holds the machine translation of each alignable source sentence, in order.
 */
export function alignDocs(source: Doc, target: Doc, options: DocAlignOptions = {}): Alignment {
  return finishSteps(alignDocsInSteps(source, target, options));
}

/** `alignDocs`, pausing between the aligner's phases (core/align/steps) so main can stop it. */
export function* alignDocsInSteps(source: Doc, target: Doc, options: DocAlignOptions = {}): Steps<Alignment> {
  if (source.lang !== 'zh') throw new Error(`the source must be Chinese (zh), not '${source.lang}'`);
  const tgtLang = targetLangOf(target);
  const s = alignableWithBreaks(source);
  const t = alignableWithBreaks(target);
  const raw = yield* alignSentencesInSteps(
    s.sentences.map((x) => x.text),
    t.sentences.map((x) => x.text),
    { ...options, tgtLang, paragraphBreaks: { src: s.breaks, tgt: t.breaks } },
  );
  return { source: 'zh', target: tgtLang, beads: raw.map((b) => toBead(b, s.sentences, t.sentences)) };
}

/** Turns an index bead into an id bead. */
export function toBead(b: RawBead, src: readonly Sentence[], tgt: readonly Sentence[]): Bead {
  const bead: Bead = { src: b.src.map((i) => src[i]!.id), tgt: b.tgt.map((j) => tgt[j]!.id), score: b.score, origin: 'auto' };
  if (b.verdict) {
    const of = verdictFingerprint(b.src.map((i) => src[i]!), b.tgt.map((j) => tgt[j]!));
    bead.verdict = { of, ...b.verdict };
  }
  return bead;
}
