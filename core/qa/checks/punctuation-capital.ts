import type { Doc } from '../../model/types';
import { endsWithAbbreviation } from '../../spelling/abbreviations';
import { beadFinding } from '../finding';
import { closingMarkAt } from '../sentence-ending';
import type { BeadCheck, BeadView, Finding, LocatedSentence } from '../types';

/** The first word of a sentence when it opens with a lower-case letter ("the", «стороны»). */
const LOWER_FIRST_WORD = /^\s*(\p{Ll}[^\s]*)/u;
/** A word that is a name or code written so: an inner capital or digit (iPhone, eBay, mRNA, x86), a dot, @ or / (e.g., www.un.org). */
const NOT_A_COMMON_WORD = /[\p{Lu}\p{N}.@/_]/u;
/** Source sentences the translation must close as a sentence. */
const SOURCE_ENDS_SENTENCE = /[。！？!?][”’"'」』）)]*\s*$/u;
/** A list marker cut off as a sentence of its own: "1.", "(a)", "IV.", «б)». */
const LIST_MARKER = /^\s*\(?[\p{L}\p{N}]{1,4}[.)]\s*$/u;

/**
 * The sentence of the target document just before `t`: the bead's own previous sentence, else the
 * last one of the paragraph(s) before. Only asked about sentences that open in lower case (rare), so
 * the scan of a paragraph is no cost to the run.
 */
function previousSentence(bead: BeadView, k: number, doc: Doc | undefined): LocatedSentence | null | undefined {
  if (k > 0) return bead.target[k - 1];
  const t = bead.target[k]!;
  if (!doc) return undefined;
  const sentences = doc.paragraphs[t.para]?.sentences ?? [];
  const at = sentences.findIndex((s) => s.id === t.sentence.id);
  if (at > 0) return { sentence: sentences[at - 1]!, para: t.para, heading: doc.paragraphs[t.para]?.heading === true };
  for (let para = t.para - 1; para >= 0; para--) {
    const p = doc.paragraphs[para];
    const last = p?.sentences.at(-1);
    if (p && last) return { sentence: last, para, heading: p.heading === true };
  }
  return null; // the document's first sentence
}

/**
 * A translated sentence that opens with a lower-case letter where it must open with a capital: its
 * source is a whole sentence (ends with 。！？) and the sentence before it in the translation ended
 * one with . ! ? (or there is none). Not reported: a sentence after a comma, semicolon or colon (the
 * Russian UN convention for resolution paragraphs after «Совет Безопасности,» and «…;»; list items
 * after a colon, "(a) take note"), after an ellipsis, an abbreviation or a list marker; a first word
 * that is a name or code written so (iPhone, eBay, www.un.org) or that the source writes itself; a
 * sentence opening with a digit or a symbol; a heading.
 */
export const punctuationCapital: BeadCheck = {
  id: 'punctuation.capital',
  severity: 'warning',
  scope: 'bead',
  description: 'A translated sentence that starts with a lower-case letter after a sentence that ended.',
  run(bead) {
    if (bead.lang !== 'en' && bead.lang !== 'ru') return [];
    const findings: Finding[] = [];
    bead.target.forEach((t, k) => {
      const m = LOWER_FIRST_WORD.exec(t.sentence.text);
      if (!m || t.heading) return;
      const word = m[1]!.replace(/[,.;:!?»”’"')\]]+$/u, '');
      if (NOT_A_COMMON_WORD.test(word.slice(1)) || /[.@/]/u.test(word)) return;
      const source = bead.source[Math.min(k, bead.source.length - 1)];
      if (!source || source.heading || !SOURCE_ENDS_SENTENCE.test(source.sentence.text)) return;
      if (bead.source.some((s) => s.sentence.text.includes(word))) return;
      const previous = previousSentence(bead, k, bead.targetDoc);
      if (previous === undefined) return;
      if (previous) {
        // Not ended, or cut after an abbreviation (the next "sentence" goes on in lower case).
        const text = previous.sentence.text;
        const mark = closingMarkAt(text);
        if (mark < 0 || (text[mark] === '.' && endsWithAbbreviation(text, mark, bead.lang)) || LIST_MARKER.test(text)) return;
      }
      const start = m[0].length - m[1]!.length;
      findings.push(beadFinding(punctuationCapital, bead, `The sentence starts with a lower-case letter: “${word}”.`, { target: { sentence: t.sentence.id, start, end: start + 1 } }));
    });
    return findings;
  },
};
