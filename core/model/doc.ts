import type { Doc, Sentence } from './types';

/** All sentences of a Doc in reading order, excluded (noise) paragraphs left out. */
export function alignableSentences(doc: Doc): Sentence[] {
  const out: Sentence[] = [];
  for (const p of doc.paragraphs) if (!p.excluded) for (const s of p.sentences) out.push(s); // no spread over input-sized arrays
  return out;
}

/** Every sentence of a Doc in reading order, noise included. */
export function allSentences(doc: Doc): Sentence[] {
  return doc.paragraphs.flatMap((p) => p.sentences);
}

/** Map from sentence id to the sentence and its paragraph index. */
export function indexSentences(doc: Doc): Map<string, { sentence: Sentence; para: number; index: number }> {
  const map = new Map<string, { sentence: Sentence; para: number; index: number }>();
  let index = 0;
  doc.paragraphs.forEach((p, para) => {
    for (const sentence of p.sentences) map.set(sentence.id, { sentence, para, index: index++ });
  });
  return map;
}
