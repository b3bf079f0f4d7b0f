/**
 * Currencies as official texts name them, by ISO 4217 code: the Chinese names (longest first, so
 * 新加坡元 is not read as 元 and 美元 not as 元) and the English and Russian words and signs. A bare
 * "dollar" / «доллар» or ¥ may be any of several currencies: it lists each.
 */

/** Chinese currency names, longest first. 元 / 块 alone are the yuan only after a figure (ZH_YUAN). */
export const ZH_CURRENCIES: ReadonlyArray<readonly [string, string]> = [
  ['新加坡元', 'SGD'], ['瑞士法郎', 'CHF'], ['特别提款权', 'XDR'], ['印度卢比', 'INR'], ['新台币', 'TWD'],
  ['人民币', 'CNY'], ['美元', 'USD'], ['美金', 'USD'], ['欧元', 'EUR'], ['日元', 'JPY'], ['英镑', 'GBP'],
  ['卢布', 'RUB'], ['港元', 'HKD'], ['港币', 'HKD'], ['澳元', 'AUD'], ['加元', 'CAD'], ['韩元', 'KRW'],
  ['卢比', 'INR'], ['法郎', 'CHF'],
];

/**
 * 元 (or 块) straight after a figure, a Chinese numeral or a scale: 5000万元, 三百元, 10亿元. Not 元首
 * (head of state), 单元, 多元, 元旦: no figure before them.
 */
export const ZH_YUAN = /(?:[0-9０-９〇零一二两三四五六七八九十百千万亿]|多)[元块](?!首|旦|素|帅|年|月|老|宵)/u;

/** The same 元 / 块 at the start of the text after a figure read by the number scanner (sourceSums). */
export const ZH_YUAN_AFTER_FIGURE = /^[元块](?!首|旦|素|帅|年|月|老|宵)/u;

const DOLLARS = ['USD', 'HKD', 'AUD', 'CAD', 'SGD', 'TWD', 'NZD'];

/**
 * English currency words and signs, each with the codes it may stand for. Bare "pound(s)" is left
 * out: it is a weight as often (80 pounds); "pounds sterling", £ and GBP are read.
 */
export const EN_CURRENCIES: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/\b(?:US|U\.S\.|United States|American) dollars?\b|\bUSD\b|\bUS\$/gu, ['USD']],
  [/\bHong Kong dollars?\b|\bHK\$|\bHKD\b/gu, ['HKD']],
  [/\bAustralian dollars?\b|\bAUD\b|\bA\$/gu, ['AUD']],
  [/\bCanadian dollars?\b|\bCAD\b|\bC\$/gu, ['CAD']],
  [/\bSingapore dollars?\b|\bSGD\b|\bS\$/gu, ['SGD']],
  [/\b(?:New )?Taiwan dollars?\b|\bNT\$|\bTWD\b/gu, ['TWD']],
  [/\bdollars?\b|(?<![A-Z])\$/giu, DOLLARS],
  [/\byuan\b|\brenminbi\b|\bRMB\b|\bCNY\b/giu, ['CNY']],
  [/¥/gu, ['CNY', 'JPY']],
  [/\beuros?\b|€|\bEUR\b/giu, ['EUR']],
  [/\byen\b|\bJPY\b/giu, ['JPY']],
  [/\bpounds? sterling\b|£|\bGBP\b/giu, ['GBP']],
  [/\b(?:ruble|rouble)s?\b|\bRUB\b|₽/giu, ['RUB']],
  // Bare "won" is the verb as often: only named with its country, or by code.
  [/\b(?:South )?Korean won\b|\bKRW\b/gu, ['KRW']],
  [/\brupees?\b|\bINR\b/giu, ['INR']],
  [/\bSwiss francs?\b|\bCHF\b/giu, ['CHF']],
  [/\bspecial drawing rights?\b|\bSDRs?\b/giu, ['XDR']],
];

/** Russian currency words (any case: a stem and its endings) and signs, with the codes each may stand for. */
export const RU_CURRENCIES: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/долл(?:ар\p{L}*|\.)?\s+США|\bUSD\b/giu, ['USD']],
  [/гонконгск\p{L}+\s+долл/giu, ['HKD']],
  [/австралийск\p{L}+\s+долл/giu, ['AUD']],
  [/канадск\p{L}+\s+долл/giu, ['CAD']],
  [/сингапурск\p{L}+\s+долл/giu, ['SGD']],
  [/тайваньск\p{L}+\s+долл/giu, ['TWD']],
  [/(?<!\p{L})долл(?:ар\p{L}*|\.)|\$/giu, DOLLARS],
  [/(?<!\p{L})юан\p{L}*|(?<!\p{L})жэньминьби(?!\p{L})|\bCNY\b/giu, ['CNY']],
  [/¥/gu, ['CNY', 'JPY']],
  [/(?<!\p{L})евро(?!\p{L})|€|\bEUR\b/giu, ['EUR']],
  [/(?<!\p{L})[ий]ен(?:а|ы|е|у|ой|)(?!\p{L})|\bJPY\b/giu, ['JPY']],
  [/(?<!\p{L})фунт\p{L}*\s+стерлинг\p{L}*|£|\bGBP\b/giu, ['GBP']],
  [/(?<!\p{L})рубл\p{L}*|(?<!\p{L})руб\.|₽|\bRUB\b/giu, ['RUB']],
  [/(?<!\p{L})рупи\p{L}*|\bINR\b/giu, ['INR']],
  [/(?<!\p{L})швейцарск\p{L}+\s+франк\p{L}*|\bCHF\b/giu, ['CHF']],
];

/** Names for messages. */
export const CURRENCY_NAMES: Readonly<Record<string, string>> = {
  USD: 'US dollars', HKD: 'Hong Kong dollars', AUD: 'Australian dollars', CAD: 'Canadian dollars', SGD: 'Singapore dollars',
  TWD: 'New Taiwan dollars', NZD: 'New Zealand dollars', CNY: 'yuan', EUR: 'euros', JPY: 'yen', GBP: 'pounds sterling',
  RUB: 'roubles', KRW: 'won', INR: 'rupees', CHF: 'Swiss francs', XDR: 'special drawing rights',
};
