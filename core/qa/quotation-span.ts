import type { Doc, TargetLang } from '../model/types';
import { PAIRS, SYMMETRIC_QUOTES } from './data/punctuation';
import type { LocatedSentence } from './types';

/**
 * How many sentences a quotation may run past its bead and still be paired: a speaker's turn, not
 * a page, so a stray mark further on cannot excuse an unclosed one.
 */
const MAX_RUN = 10;

/** A language's quotation marks: each closer's family (its opening mark), and the openers. */
interface QuoteMarks {
  familyOfCloser: ReadonlyMap<string, string>;
  openers: ReadonlySet<string>;
}

function quoteMarks(pairs: ReadonlyArray<readonly [string, string]>): QuoteMarks {
  return { familyOfCloser: new Map(pairs.map(([open, close]) => [close, open])), openers: new Set(pairs.map(([open]) => open)) };
}

const QUOTE_MARKS: Readonly<Record<TargetLang, QuoteMarks>> = {
  en: quoteMarks(PAIRS.en.filter(([open]) => open === '“')),
  ru: quoteMarks(PAIRS.ru.filter(([open]) => open === '«' || open === '„')),
};

/** The unbalanced quotation marks a text leaves of one family (named by its opening mark). */
export interface QuotationEnds {
  /** Closing marks with nothing open before them: the text ends a quotation opened earlier. */
  closes: number;
  /** Opening marks still open at the end: the text starts a quotation that goes on. */
  opens: number;
}

/** A straight quote opens when it starts a word: after white space, an opening bracket or a dash. */
export function straightQuoteOpens(text: string, at: number): boolean {
  const before = at === 0 ? ' ' : text[at - 1] ?? ' ';
  const after = text[at + 1] ?? ' ';
  return /[\s([{—–-]/u.test(before) && !/\s/u.test(after);
}

/** The unbalanced quotation marks of `text`, per family (“ or « or „, and " for straight quotes). */
export function quotationEnds(text: string, lang: TargetLang): Map<string, QuotationEnds> {
  const ends = new Map<string, QuotationEnds>();
  const of = (family: string): QuotationEnds => {
    let e = ends.get(family);
    if (!e) ends.set(family, (e = { closes: 0, opens: 0 }));
    return e;
  };
  const { familyOfCloser, openers } = QUOTE_MARKS[lang];
  for (let at = 0; at < text.length; at++) {
    const ch = text[at] ?? '';
    const family = familyOfCloser.get(ch);
    // A closer with its family open closes; in Russian “ closes „ and opens nothing.
    if (family !== undefined && (of(family).opens > 0 || !openers.has(ch))) {
      const e = of(family);
      if (e.opens > 0) e.opens--;
      else e.closes++;
    } else if (openers.has(ch)) of(ch).opens++;
    else if (SYMMETRIC_QUOTES.includes(ch)) {
      const e = of(ch);
      if (straightQuoteOpens(text, at)) e.opens++;
      else if (e.opens > 0) e.opens--;
      else e.closes++;
    }
  }
  return ends;
}

/**
 * Whether a quotation the bead leaves unbalanced is balanced by the sentences around it in the same
 * paragraph: an opening mark of `family` closed by a later sentence ('forward'), or a closing mark
 * opened by an earlier one ('back'). The walk stops at a sentence that opens (forward) or closes
 * (back) a quotation of the same family itself: then ours was never closed.
 */
export function quotationRunsOn(target: readonly LocatedSentence[], doc: Doc | undefined, lang: TargetLang, family: string, direction: 'forward' | 'back'): boolean {
  const edge = direction === 'forward' ? target[target.length - 1] : target[0];
  const sentences = edge && doc?.paragraphs[edge.para]?.sentences;
  if (!edge || !sentences) return false;
  const at = sentences.findIndex((s) => s.id === edge.sentence.id);
  if (at < 0) return false;
  const step = direction === 'forward' ? 1 : -1;
  for (let i = at + step, n = 0; i >= 0 && i < sentences.length && n < MAX_RUN; i += step, n++) {
    const ends = quotationEnds(sentences[i]?.text ?? '', lang).get(family);
    if (!ends) continue;
    if (direction === 'forward') {
      if (ends.closes > 0) return true;
      if (ends.opens > 0) return false;
    } else {
      if (ends.opens > 0) return true;
      if (ends.closes > 0) return false;
    }
  }
  return false;
}
