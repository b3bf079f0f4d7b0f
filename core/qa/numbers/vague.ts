import { ZH_VAGUE_QUANTITIES } from '../data/zh-vague-quantities';
import type { VagueQuantity } from '../data/zh-vague-quantities';
import type { Span } from '../../model/types';

/** A vague quantity found in a Chinese text. */
export interface VagueHit {
  quantity: VagueQuantity;
  span: Span;
  text: string;
}

/** Each quantity's pattern made global once, not on every call (a RegExp compiled per sentence and quantity). */
const GLOBAL_PATTERNS = ZH_VAGUE_QUANTITIES.map((quantity) => ({ quantity, pattern: new RegExp(quantity.zh.source, 'gu') }));

/** The vague quantities of a Chinese text (数十万, 几百), longest pattern first, never overlapping. */
export function findVagueQuantities(text: string): VagueHit[] {
  const hits: VagueHit[] = [];
  for (const { quantity, pattern } of GLOBAL_PATTERNS) {
    // exec, not matchAll, which copies the pattern on every call.
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      if (m[0] === '') pattern.lastIndex++;
      const span = { start: m.index, end: m.index + m[0].length };
      if (!hits.some((h) => h.span.start < span.end && span.start < h.span.end)) hits.push({ quantity, span, text: m[0] });
    }
  }
  return hits.sort((a, b) => a.span.start - b.span.start);
}

/** Whether a translation renders the quantity: in words, or as a figure in its range. */
export function rendersVague(hit: VagueHit, target: string, lang: 'en' | 'ru', figures: readonly number[]): boolean {
  return hit.quantity[lang].test(target) || figures.some((v) => v >= hit.quantity.min && v < hit.quantity.max);
}
