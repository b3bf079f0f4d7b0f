import type { BeadView, QaContext } from '../types';

/**
 * A run of untranslated beads at the end this long is a draft in progress ("sections 四 to 八 not
 * done yet"), not a string of omissions; shorter runs are reported bead by bead, since a dropped
 * last sentence is an omission like any other.
 */
const MIN_TAIL_BEADS = 3;

const untranslated = (b: BeadView): boolean => b.source.length > 0 && b.target.every((t) => t.sentence.text.trim() === '');

/** Index of the first bead of the untranslated run ending the alignment, when it is long enough. */
export function untranslatedTailStart(beads: readonly BeadView[]): number | undefined {
  let start = beads.length;
  while (start > 0) {
    const b = beads[start - 1];
    if (!b || !(untranslated(b) || (b.source.length === 0 && b.target.length === 0))) break;
    start--;
  }
  const count = beads.slice(start).filter(untranslated).length;
  return count >= MIN_TAIL_BEADS && start > 0 ? start : undefined;
}

/**
 * Whether the bead lies inside its alignment's untranslated end: completeness.untranslated-tail
 * reports that end once, so the other completeness checks stay silent there.
 */
export function inUntranslatedTail(bead: BeadView, ctx: Pick<QaContext, 'untranslatedTail'>): boolean {
  const tail = ctx.untranslatedTail?.[bead.lang];
  return tail !== undefined && bead.index >= tail;
}
