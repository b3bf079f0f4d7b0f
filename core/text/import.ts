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
  const cleaned: CleanText = cleanText(raw, lang);
  let sentenceCount = 0;
  const paragraphs: Para[] = cleaned.paragraphs.map((p, index) => {
    const sentences: Sentence[] = segmentSentences(p.text, lang, options).map((span) => ({
      id: sentenceId(lang, sentenceCount++),
      text: p.text.slice(span.start, span.end),
      status: 'draft',
      span: { start: p.start + span.start, end: p.start + span.end },
    }));
    const para: Para = { id: paraId(lang, index), sentences };
    if (p.excluded) para.excluded = p.excluded;
    if (p.heading) para.heading = true;
    return para;
  });
  return { doc: { lang, paragraphs, flags: cleaned.flags }, text: cleaned.text };
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
