import type { Lang } from '../../../core/model';

/**
 * Font stacks by script. Chinese text takes the CJK font first. English and Russian take a Latin
 * font first: the CJK font draws curly quotes and dashes full width (as Chinese punctuation), so a
 * CJK-first stack made “quotes” in English text look like Chinese ones. The grid cells (styles.css
 * --font-latin / --font) and the editor use the same stacks so the text does not jump on click.
 */
export const CJK_FONT = "'Noto Sans CJK SC', 'Noto Sans', 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', sans-serif";
export const LATIN_FONT = "'Noto Sans', 'Segoe UI', 'DejaVu Sans', 'Helvetica Neue', Arial, 'Noto Sans CJK SC', sans-serif";

export function fontFor(lang: Lang): string {
  return lang === 'zh' ? CJK_FONT : LATIN_FONT;
}
