import type { SegmentStatus } from '../model/types';

/**
 * How our segment statuses map onto the XLIFF state vocabularies. XLIFF 2 has only four states,
 * so the exact status also travels in subState ("duizhao:mt") and comes back on re-import.
 */
export const XLIFF2_STATE: Record<SegmentStatus, 'initial' | 'translated' | 'reviewed' | 'final'> = {
  empty: 'initial',
  mt: 'translated',
  draft: 'translated',
  edited: 'reviewed',
  confirmed: 'final',
};

/** XLIFF 1.2 target state; machine text is flagged for review, confirmed text is final. */
export const XLIFF12_STATE: Record<SegmentStatus, string> = {
  empty: 'needs-translation',
  mt: 'needs-review-translation',
  draft: 'needs-review-translation',
  edited: 'translated',
  confirmed: 'final',
};

/** Our status from an XLIFF 2 state/subState pair or an XLIFF 1.2 state (best effort for foreign files). */
export function statusFromXliff(state: string | undefined, subState: string | undefined, hasText: boolean): SegmentStatus {
  const sub = subState?.startsWith('duizhao:') ? subState.slice('duizhao:'.length) : undefined;
  if (isSegmentStatus(sub)) return sub;
  if (!hasText) return 'empty';
  switch (state) {
    case 'final':
    case 'signed-off':
      return 'confirmed';
    case 'reviewed':
    case 'translated':
      return 'edited';
    default:
      return 'draft';
  }
}

/** True for one of our five statuses. */
export function isSegmentStatus(value: string | undefined): value is SegmentStatus {
  return value === 'empty' || value === 'mt' || value === 'draft' || value === 'edited' || value === 'confirmed';
}
