import type { Lang } from '../../model/types';
import { EN_RULES } from './en';
import { RU_RULES } from './ru';
import type { SegmentRules } from './types';
import { ZH_RULES } from './zh';

export type { SegmentRules } from './types';
export { ZH_SEMICOLONS } from './zh';

/** The rule table for each language. */
export const SEGMENT_RULES: Readonly<Record<Lang, SegmentRules>> = { zh: ZH_RULES, en: EN_RULES, ru: RU_RULES };
