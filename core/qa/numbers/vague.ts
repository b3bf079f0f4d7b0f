import { ZH_VAGUE_QUANTITIES } from '../data/zh-vague-quantities';
import type { VagueQuantity } from '../data/zh-vague-quantities';
import type { Span } from '../../model/types';

/** A vague quantity found in a Chinese text. */
export interface VagueHit {
  quantity: VagueQuantity;
  span: Span;
  text: string;
}

/** The vague quantities of a Chinese text (数十万, 几百), longest pattern first, never overlapping. */
export function findVagueQuantities(text: string): VagueHit[] {
  const hits: VagueHit[] = [];
  for (const quantity of ZH_VAGUE_QUANTITIES) {
    for (const m of text.matchAll(new RegExp(quantity.zh.source, 'gu'))) {
      const start = m.index ?? 0;
      const span = { start, end: start + m[0].length };
      if (!hits.some((h) => h.span.start < span.end && span.start < h.span.end)) hits.push({ quantity, span, text: m[0] });
    }
  }
  return hits.sort((a, b) => a.span.start - b.span.start);
}

/** Whether a translation renders the quantity: in words, or as a figure in its range. */
export function rendersVague(hit: VagueHit, target: string, lang: 'en' | 'ru', figures: readonly number[]): boolean {
  return hit.quantity[lang].test(target) || figures.some((v) => v >= hit.quantity.min && v < hit.quantity.max);
}
