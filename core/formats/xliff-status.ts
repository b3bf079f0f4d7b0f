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

/**
 * Trados Studio confirmation level (`<sdl:seg conf>`) → our status. "Translated" is what a translator's
 * confirm (Ctrl+Enter) gives, so it is confirmed, like the two approval levels; a rejected segment
 * needs work again (draft). No level means not yet touched: empty without text, else draft (mt when
 * `origin="mt"` says machine translation filled it).
 */
export function statusFromSdlConf(conf: string | undefined, origin: string | undefined, hasText: boolean): SegmentStatus {
  if (!hasText) return 'empty';
  switch (conf) {
    case 'Translated':
    case 'ApprovedTranslation':
    case 'ApprovedSignOff':
      return 'confirmed';
    case 'RejectedTranslation':
    case 'RejectedSignOff':
      return 'draft';
    default:
      return origin === 'mt' || origin === 'nmt' ? 'mt' : 'draft';
  }
}

/**
 * memoQ row status (`mq:status` on the trans-unit) → our status. Confirmed by the translator or a
 * reviewer is confirmed; machine translation is mt; pre-translated, assembled, partially edited and
 * rejected rows are drafts someone still has to look at.
 */
export function statusFromMemoq(status: string | undefined, hasText: boolean): SegmentStatus {
  if (!hasText) return 'empty';
  switch (status) {
    case 'ManuallyConfirmed':
    case 'ConfirmedTranslator':
    case 'Confirmed':
    case 'Reviewer1Confirmed':
    case 'Reviewer2Confirmed':
    case 'Proofread':
      return 'confirmed';
    case 'MachineTranslated':
      return 'mt';
    default:
      return 'draft';
  }
}
