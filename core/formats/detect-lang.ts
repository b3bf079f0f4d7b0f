import type { Lang } from '../model/types';

/**
 * The language of a text by its script: Han → zh, Cyrillic → ru, Latin → en. Counts letters over
 * the first 20 000 characters; undefined when there are no letters at all. Good enough to tell a
 * Chinese source from an English or Russian translation, which is all the CLI needs it for.
 */
export function detectLangByScript(text: string): Lang | undefined {
  let han = 0;
  let cyrillic = 0;
  let latin = 0;
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  for (const ch of sample) {
    if (/\p{Script=Han}/u.test(ch)) han++;
    else if (/\p{Script=Cyrillic}/u.test(ch)) cyrillic++;
    else if (/\p{Script=Latin}/u.test(ch)) latin++;
  }
  // Han characters carry a word each, letters a fraction: weigh so a Chinese text quoting English
  // names is still Chinese.
  const scores: Array<[Lang, number]> = [['zh', han * 3], ['ru', cyrillic], ['en', latin]];
  scores.sort((a, b) => b[1] - a[1]);
  return scores[0]![1] > 0 ? scores[0]![0] : undefined;
}
