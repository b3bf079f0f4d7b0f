/**
 * How running text marks a footnote: superscript digits ("report.¹", "2025年²") and, in Chinese, circled
 * numbers ①–⑳. One definition for the clean-up (a line opening with a marker starts an item), the
 * sentence endings (a sentence ends before its footnote's number) and the numbers check (a marker is
 * no figure, but explains its footnote's number).
 */

/** ⁰–⁹ in value order: ¹²³ sit in Latin-1 (U+00B9, U+00B2, U+00B3), the rest at U+2070, U+2074–U+2079. */
export const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** The body of a regex character class for ①–⑳. */
export const CIRCLED_NUMBERS = '\\u2460-\\u2473';

/** Whether a character is a superscript digit. */
export function isSuperscriptDigit(char: string): boolean {
  return char.length === 1 && SUPERSCRIPT_DIGITS.includes(char);
}

/** The value of a footnote marker: one circled number, or a run of superscript digits. */
export function footnoteMarkerValue(marker: string): number {
  const code = marker.codePointAt(0)!;
  if (code >= 0x2460 && code <= 0x2473) return code - 0x2460 + 1;
  let value = 0;
  for (const c of marker) value = value * 10 + SUPERSCRIPT_DIGITS.indexOf(c);
  return value;
}
