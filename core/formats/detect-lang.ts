import type { Lang } from '../model/types';

const HAN = /\p{Script=Han}/gu;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;

/**
 * The language of a text by its script: Han → zh, Cyrillic → ru, Latin → en. Counts letters over
 * the first 20 000 characters; undefined when there are no letters at all. Good enough to tell a
 * Chinese source from an English or Russian translation, which is all the CLI needs it for.
 */
export function detectLangByScript(text: string): Lang | undefined {
  return heaviestScript(scriptWeights(text));
}

/** The language whose script weighs most (ties: zh, then ru, then en), or undefined with no letters. */
export function heaviestScript(weights: Readonly<Record<Lang, number>>): Lang | undefined {
  const best = (['zh', 'ru', 'en'] as const).reduce((a, b) => (weights[b] > weights[a] ? b : a));
  return weights[best] > 0 ? best : undefined;
}

/**
 * The weight of each language's script in the first 20 000 characters: Han characters × 3,
 * Cyrillic and Latin letters × 1 (what detectLangByScript compares).
 */
export function scriptWeights(text: string): Record<Lang, number> {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  // One native scan per script (a character has one Script value), not three regex tests per
  // character: the bundler turns each \p{…} literal into a new RegExp on every call (issue 13).
  const han = sample.match(HAN)?.length ?? 0;
  const cyrillic = sample.match(CYRILLIC)?.length ?? 0;
  const latin = sample.match(LATIN)?.length ?? 0;
  // Han characters carry a word each, letters a fraction: weigh so a Chinese text quoting English
  // names is still Chinese.
  return { zh: han * 3, ru: cyrillic, en: latin };
}
