/**
 * Text → Doc: clean-up, paragraphs, sentences, stable ids. The two entry points the aligner, the
 * CLI and the app share: `importText` for running text, `importPresegmented` for one sentence
 * per line (gold sets and other aligners' input), taken exactly as given.
 */
import { paraId, sentenceId } from '../model/ids';
import type { Doc, Lang, Para, Sentence } from '../model/types';
import { segmentSentences } from '../segment/segment';
import type { SegmentOptions } from '../segment/segment';
import { cleanText } from './clean';
import type { CleanText } from './clean';
import { normalizeText } from './normalize';

/** Options of `importText`. */
export type ImportOptions = SegmentOptions;

/** A Doc together with the cleaned text its sentence spans point into. */
export interface ImportedText {
  doc: Doc;
  /** The cleaned text: paragraphs separated by a blank line; Sentence.span indexes into it. */
  text: string;
}

/** Clean, split into paragraphs and sentences, and number ids over the whole Doc (from 0). */
export function importText(raw: string, lang: Lang, options: ImportOptions = {}): Doc {
  return importTextWithSource(raw, lang, options).doc;
}

/** As importText, also returning the cleaned text the sentence spans index into. */
export function importTextWithSource(raw: string, lang: Lang, options: ImportOptions = {}): ImportedText {
  return unpackDoc(packImportedText(raw, lang, options));
}

/**
 * An imported text as the cleaned text plus numbers, without a Sentence object: what a worker
 * thread sends back (issue 12). A 50 MB one-line file is 1.4 M sentences; cloned as objects across
 * threads they existed three times at once (the worker's, the message, main's), ~1.06 GB; packed,
 * the worker builds none and the message is the text and two typed arrays.
 */
export interface PackedDoc {
  lang: Lang;
  /** The cleaned text; every sentence is a slice of it. */
  text: string;
  /** Per sentence: start and end in `text` (so 2 numbers each). */
  spans: Int32Array;
  /** Per paragraph: how many sentences it holds (in order). */
  sentenceCounts: Int32Array;
  /** The paragraphs that are excluded or headings (most are neither). */
  marks: Array<{ paragraph: number; excluded?: Para['excluded']; heading?: true }>;
  flags: Doc['flags'];
}

/** Clean and segment `raw` into a PackedDoc (no Sentence objects). */
export function packImportedText(raw: string, lang: Lang, options: ImportOptions = {}): PackedDoc {
  const cleaned: CleanText = cleanText(raw, lang);
  const bounds: number[] = [];
  const sentenceCounts = new Int32Array(cleaned.paragraphs.length);
  const marks: PackedDoc['marks'] = [];
  cleaned.paragraphs.forEach((p, index) => {
    const spans = segmentSentences(p.text, lang, options);
    for (const span of spans) bounds.push(p.start + span.start, p.start + span.end);
    sentenceCounts[index] = spans.length;
    if (p.excluded || p.heading) marks.push({ paragraph: index, ...(p.excluded ? { excluded: p.excluded } : {}), ...(p.heading ? { heading: true as const } : {}) });
  });
  return { lang, text: cleaned.text, spans: Int32Array.from(bounds), sentenceCounts, marks, flags: cleaned.flags };
}

/** The Doc a PackedDoc stands for: sentence texts are slices of the one cleaned text, ids numbered from 0. */
export function unpackDoc(packed: PackedDoc): ImportedText {
  const { lang, text, spans, sentenceCounts } = packed;
  const marks = new Map(packed.marks.map((m) => [m.paragraph, m]));
  const paragraphs: Para[] = [];
  let sentenceCount = 0;
  for (let index = 0; index < sentenceCounts.length; index++) {
    const sentences: Sentence[] = [];
    for (let k = 0; k < sentenceCounts[index]!; k++) {
      const start = spans[2 * sentenceCount]!;
      const end = spans[2 * sentenceCount + 1]!;
      sentences.push({ id: sentenceId(lang, sentenceCount++), text: text.slice(start, end), status: 'draft', span: { start, end } });
    }
    const para: Para = { id: paraId(lang, index), sentences };
    const mark = marks.get(index);
    if (mark?.excluded) para.excluded = mark.excluded;
    if (mark?.heading) para.heading = true;
    paragraphs.push(para);
  }
  return { doc: { lang, paragraphs, flags: packed.flags }, text };
}

/**
 * One sentence per line, a blank line between paragraphs; no clean-up and no re-segmentation
 * (only CRLF → LF and NFC), because gold sets count sentences by line. Spans index into the
 * normalised input. Lines that hold only whitespace count as blank.
 */
export function importPresegmented(raw: string, lang: Lang): Doc {
  const text = normalizeText(raw);
  const paragraphs: Para[] = [];
  let current: Sentence[] = [];
  let sentenceCount = 0;
  let offset = 0;
  const flush = (): void => {
    if (current.length > 0) paragraphs.push({ id: paraId(lang, paragraphs.length), sentences: current });
    current = [];
  };
  for (const line of text.split('\n')) {
    if (line.trim() === '') flush();
    else {
      current.push({
        id: sentenceId(lang, sentenceCount++),
        text: line,
        status: 'draft',
        span: { start: offset, end: offset + line.length },
      });
    }
    offset += line.length + 1;
  }
  flush();
  return { lang, paragraphs, flags: [] };
}
