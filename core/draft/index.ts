/** Public API of core/draft: the pure parts of DeepL drafting (plan, batch, estimate, apply, glossary, cache keys). */
export * from './deepl-langs';
export { ensureDraftTarget } from './ensure-draft-target';
export { planDraft, isFillable } from './plan-draft';
export type { DraftItem } from './plan-draft';
export { batchDraftItems, formFieldBytes } from './batch-drafts';
export type { DraftBatch } from './batch-drafts';
export { estimateDraft, billedCharacters } from './estimate-draft';
export type { DraftEstimate } from './estimate-draft';
export { applyDrafts } from './apply-drafts';
export type { AppliedDrafts, DraftResult, DraftSkip } from './apply-drafts';
export { glossaryDictionaries, termProblem, MAX_TERM_BYTES } from './glossary-dictionaries';
export type { GlossaryDictionaries, GlossaryDictionary, RejectedTerm } from './glossary-dictionaries';
export { mtCacheKeyMaterial } from './mt-cache-key';
export { DEEPL_LIMITS, CONTEXT_SENTENCES, MAX_CONTEXT_CHARS, MAX_GAP_IN_BATCH } from './limits';
