import type { TargetLang } from '../model/types';
import type { Concept, Term, TargetTermHit } from './types';

/** Renderings that satisfy the glossary: preferred first, then admitted. */
export function requiredTargets(concept: Concept, lang: TargetLang): Term[] {
  const own = concept.terms.filter((t) => t.lang === lang);
  return [...own.filter((t) => t.status === 'preferred'), ...own.filter((t) => t.status === 'admitted')];
}

/** Deprecated renderings: using one of them is an error. */
export function forbiddenTargets(concept: Concept, lang: TargetLang): Term[] {
  return concept.terms.filter((t) => t.lang === lang && t.status === 'deprecated');
}

/** True when the hits contain an accepted (preferred or admitted) rendering of the concept. */
export function targetMatchesConcept(hits: readonly TargetTermHit[], concept: Concept): boolean {
  return hits.some((h) => h.concept.id === concept.id && h.term.status !== 'deprecated');
}

/** Characters a Chinese term match looks through: book-title marks and white space. */
export function isZhSkipped(code: number): boolean {
  return code === 0x300a || code === 0x300b || code === 0x3008 || code === 0x3009 || code === 0x20 || code === 0x3000 || code === 0x0a || code === 0x0d || code === 0x09;
}

/** Full-width ASCII (（ ） ＋ Ａ) read as its half-width form, so （总理） and (总理) are one spelling. */
export function foldZhCode(code: number): number {
  return code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code;
}

/**
 * The form a Chinese term is matched in: without book-title marks and spaces, full-width ASCII
 * folded, so 《联合国宪章》 and 联合国宪章 are one term, found in 捍卫《联合国宪章》之友小组 as well.
 */
export function zhMatchForm(text: string): string {
  let out = '';
  const nfc = text.normalize('NFC');
  for (let i = 0; i < nfc.length; i++) {
    const code = nfc.charCodeAt(i);
    if (!isZhSkipped(code)) out += String.fromCharCode(foldZhCode(code));
  }
  return out;
}
