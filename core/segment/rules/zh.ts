import type { SegmentRules } from './types';

/**
 * Chinese: 。！？ end a sentence, with no space after; the ellipsis …… only before a closing quote
 * or bracket or at the end of a paragraph (inside dialogue it is a pause, as in the MAC gold sets). Closing quotes and brackets
 * stay with the sentence ("……。”"); a terminator inside 《…》 is part of a title, not an end.
 * Full-width ！？（）＂ are matched through width folding, so only their ASCII forms appear here.
 */
export const ZH_RULES: SegmentRules = {
  terminators: '。!?…',
  weakTerminators: '…',
  closers: '”’」』)》〉】〕]"\'',
  needsSpaceAfter: false,
  quotedTitles: [['《', '》']],
};

/** Added to the Chinese terminators when the project splits at semicolons. */
export const ZH_SEMICOLONS = ';';
