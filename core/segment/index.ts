/** Sentence segmentation for zh, en, ru: rules as data (./rules), one linear algorithm (./segment). */
export { segmentSentences } from './segment';
export type { SegmentOptions } from './segment';
export { SEGMENT_RULES } from './rules';
export type { SegmentRules } from './rules';
