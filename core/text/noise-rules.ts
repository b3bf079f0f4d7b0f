/**
 * Language data for the clean-up step (./clean.ts): what ends a paragraph, what a page marker,
 * a heading, a link list and site boilerplate look like. Patterns are anchored and free of nested
 * quantifiers, so each runs in time linear in the line.
 */
import type { Lang } from '../model/types';

/** Characters that may end a paragraph (after closing quotes/brackets are stripped), per language. */
export const PARAGRAPH_FINAL: Readonly<Record<Lang, string>> = {
  zh: '。！？!?…：:；;',
  en: '.!?…:;',
  ru: '.!?…:;',
};

/** Closing quotes and brackets that may follow the final punctuation of a paragraph. */
export const TRAILING_CLOSERS = '”’」』）)》〉】]"\'»';

/** "(下转第6版)", "（上接第5版）", "(转第2版)": a newspaper's page-continuation note. */
export const PAGE_MARKER = /^[(（]\s*(?:下转|上接|转|接|续)\s*第?\s*[0-9０-９一二三四五六七八九十百]+\s*版\s*[)）]$/u;

/** The same note at the start or the end of a line that also holds text. */
export const PAGE_MARKER_AT_START = /^[(（]\s*(?:上接|接|续)\s*第?\s*[0-9０-９一二三四五六七八九十百]+\s*版\s*[)）]/u;
export const PAGE_MARKER_AT_END = /[(（]\s*(?:下转|转)\s*第?\s*[0-9０-９一二三四五六七八九十百]+\s*版\s*[)）]$/u;

/** A line of a scraped "related links" list: "- • 标题", "• 标题", "· 标题". */
export const LINK_LIST_ITEM = /^(?:[-–*]\s*)?[•·●◦▪]\s*\S/u;

/** Site boilerplate: copyright and reposting notes, source lines, editor credits. */
export const BOILERPLATE =
  /(?:原创|转载|保留链接|版权所有|版权声明|责任编辑|编辑[:：]|来源[:：]|网址[:：]|Источник:|Source:|扫码|关注我们|点击查看|All rights reserved|Copyright ©)/iu;

/** A web address anywhere in a line. */
export const URL = /(?:https?:\/\/|www\.)[^\s]+/iu;

/**
 * Section headings: Chinese numerals alone or with 、("一", "二、总则", "（三）"), "第一章", and
 * "Article 5", "Статья 5", "IV." style headings in translations.
 */
export const HEADING: Readonly<Record<Lang, RegExp>> = {
  zh: /^(?:[一二三四五六七八九十百]{1,4}|[(（][一二三四五六七八九十百]{1,4}[)）]|第[一二三四五六七八九十百零〇0-9]{1,5}[章节条部分编款])(?:[、.．\s][^。！？!?]{0,30})?$/u,
  en: /^(?:[IVXLC]{1,6}|\d{1,3})\.?$|^(?:Article|Section|Chapter|Part|Annex)\s+(?:[IVXLC]{1,6}|\d{1,3})\.?(?:\s[^.!?]{0,60})?$/u,
  ru: /^(?:[IVXLC]{1,6}|\d{1,3})\.?$|^(?:Статья|Раздел|Глава|Часть|Приложение)\s+(?:[IVXLC]{1,6}|\d{1,3})\.?(?:\s[^.!?]{0,60})?$/u,
};

/** Words that end a document title rather than a sentence broken by a page break. */
export const TITLE_ENDINGS = /(?:声明|公约|条约|宣言|协定|决议|纲要|讲话|致辞|公报|报告|议定书|备忘录|通知|决定|计划|规划)$/u;

/** A date/place line ("2025年5月8日于莫斯科", "Moscow, 8 May 2025"): complete without punctuation. */
export const DATE_LINE = /^(?:\d{4}年\d{1,2}月\d{1,2}日.{0,20}|.{0,30}\d{1,2}\s+\p{L}+\s+\d{4}(?:\s*г\.)?)$/u;

/** Longest line (in UTF-16 units) still typical of a hard-wrapped paragraph, per language. */
export const MAX_WRAP_WIDTH: Readonly<Record<Lang, number>> = { zh: 60, en: 120, ru: 120 };

/**
 * Shortest line (in UTF-16 units) a wrap plausibly leaves, per language: a narrow newspaper column
 * holds about 12 Han characters or 30 Latin letters. A block whose longest line is shorter is a
 * stack of complete short lines — a document symbol over "Agenda item 68", a date over
 * "50th plenary meeting", an address — not one paragraph wrapped.
 */
export const MIN_WRAP_WIDTH: Readonly<Record<Lang, number>> = { zh: 10, en: 25, ru: 25 };

/** Paragraphs shorter than this are not checked for duplicates (a repeated "Yes." is not noise). */
export const MIN_DUPLICATE_LENGTH = 8;

/** Longest first paragraph still taken as the document title when it has no final punctuation. */
export const MAX_TITLE_LENGTH = 300;
