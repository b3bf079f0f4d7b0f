import { Converter } from 'opencc-js/t2cn';

/**
 * Traditional → simplified Chinese with OpenCC's own tables (opencc-js, the maintained JavaScript
 * port: phrase-level dictionaries, not a character table, so 乾燥 → 干燥 but 乾隆 stays). Used only
 * for matching: a zh-Hant/zh-TW/zh-HK term also matches the simplified text Duizhao's sources are
 * written in; the term base itself keeps the form its author wrote. The converter (≈ 100 kB of
 * tables) is built on first use.
 */
let convert: ((text: string) => string) | undefined;

/** The simplified form of a Chinese string (simplified text comes back unchanged). */
export function toSimplified(text: string): string {
  convert ??= Converter({ from: 't', to: 'cn' });
  return convert(text);
}
