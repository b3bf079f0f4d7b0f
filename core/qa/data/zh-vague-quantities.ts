/**
 * Vague Chinese quantities (数十万 "hundreds of thousands") and how a translation renders them:
 * in words, or as a figure within the range. Longest first, so 数十万 wins over 数十.
 */
export interface VagueQuantity {
  /** Pattern in the Chinese source (数 and 几 both mean "several"). */
  zh: RegExp;
  /** English gloss, for messages. */
  gloss: string;
  en: RegExp;
  ru: RegExp;
  /** A figure in [min, max) renders it too ("300,000"). */
  min: number;
  max: number;
}

/** "several million", "a few thousand": the scale word in the singular after a vague determiner. */
const SEVERAL = String.raw`(?:several|a\s+few|some|many)\s+`;

const SCALES: readonly VagueQuantity[] = [
  // 数万亿 is trillions, not 数万 ("tens of thousands") followed by 亿.
  { zh: /[数几]万亿/u, gloss: 'trillions', en: new RegExp(String.raw`trillions|${SEVERAL}trillion`, 'iu'), ru: /триллион/iu, min: 1e12, max: 1e13 },
  { zh: /[数几]千亿/u, gloss: 'hundreds of billions', en: /hundreds of billions/iu, ru: /сот\p{L}*\s+миллиард/iu, min: 1e11, max: 1e12 },
  { zh: /[数几]百亿/u, gloss: 'tens of billions', en: /tens of billions/iu, ru: /десят\p{L}*\s+миллиард/iu, min: 1e10, max: 1e11 },
  { zh: /[数几]十亿/u, gloss: 'billions', en: new RegExp(String.raw`billions|${SEVERAL}billion|multi-?billion`, 'iu'), ru: /миллиард/iu, min: 1e9, max: 1e10 },
  { zh: /[数几]亿/u, gloss: 'hundreds of millions', en: /hundreds of millions/iu, ru: /сот\p{L}*\s+миллион/iu, min: 1e8, max: 1e9 },
  { zh: /[数几]千万/u, gloss: 'tens of millions', en: /tens of millions/iu, ru: /десят\p{L}*\s+миллион/iu, min: 1e7, max: 1e8 },
  { zh: /[数几]百万/u, gloss: 'millions', en: new RegExp(String.raw`millions|${SEVERAL}million|multi-?million`, 'iu'), ru: /миллион/iu, min: 1e6, max: 1e7 },
  { zh: /[数几]十万/u, gloss: 'hundreds of thousands', en: /hundreds of thousands/iu, ru: /сот\p{L}*\s+тысяч/iu, min: 1e5, max: 1e6 },
  { zh: /[数几]万/u, gloss: 'tens of thousands', en: /tens of thousands/iu, ru: /десят\p{L}*\s+тысяч/iu, min: 1e4, max: 1e5 },
  // 数千年 "for millennia", 数百年 "for centuries", «веками»: the time unit names the scale.
  { zh: /[数几]千年/u, gloss: 'thousands of years', en: /millenni|thousands\s+of\s+years|(?:several|a\s+few|some)\s+thousand\s+years/iu, ru: /тысячелети|тысяч/iu, min: 1e3, max: 1e4 },
  { zh: /[数几]百年/u, gloss: 'centuries', en: /centur|hundreds\s+of\s+years|(?:several|a\s+few|some)\s+hundred\s+years/iu, ru: /столети|(?<!\p{L})век|сот(?:н|ен)/iu, min: 100, max: 1e3 },
  { zh: /[数几]千/u, gloss: 'thousands', en: new RegExp(String.raw`thousands|${SEVERAL}thousand`, 'iu'), ru: /тысяч/iu, min: 1e3, max: 1e4 },
  { zh: /[数几]百/u, gloss: 'hundreds', en: new RegExp(String.raw`hundreds|${SEVERAL}hundred`, 'iu'), ru: /сот(?:н|ен)\p{L}*/iu, min: 100, max: 1e3 },
];

/** "Countless": how 数以万计 ("counted in tens of thousands") and 成千上万 are often rightly rendered. */
const COUNTLESS = { en: /countless|innumerable|untold|myriad/iu, ru: /бесчисленн|несч[её]тн|неисчислим|несметн/iu };

/**
 * 数以万计 "in the tens of thousands", 数以百万计 "in the millions": the scale of 数万, 数百万, or
 * "countless" (not another scale: «десятков миллионов» for 数以万计 is wrong).
 */
function countedIn(scale: string, like: RegExp): VagueQuantity {
  const base = SCALES.find((q) => q.zh.source === like.source);
  if (!base) throw new Error(`no vague quantity ${like.source}`);
  return { ...base, zh: new RegExp(`数以${scale}计`, 'u'), en: new RegExp(`${base.en.source}|${COUNTLESS.en.source}`, 'iu'), ru: new RegExp(`${base.ru.source}|${COUNTLESS.ru.source}`, 'iu') };
}

export const ZH_VAGUE_QUANTITIES: readonly VagueQuantity[] = [
  countedIn('亿', /[数几]亿/u),
  countedIn('千万', /[数几]千万/u),
  countedIn('百万', /[数几]百万/u),
  countedIn('十万', /[数几]十万/u),
  countedIn('万', /[数几]万/u),
  countedIn('千', /[数几]千/u),
  countedIn('百', /[数几]百/u),
  // 成千上万 "thousands upon thousands", 千百万 "millions": thousands or more, millions or more.
  { zh: /成千上万/u, gloss: 'thousands', en: new RegExp(`thousands|tens\\s+of\\s+thousands|${COUNTLESS.en.source}`, 'iu'), ru: new RegExp(`тысяч|${COUNTLESS.ru.source}`, 'iu'), min: 1e3, max: 1e5 },
  { zh: /千百万/u, gloss: 'millions', en: new RegExp(`millions|${COUNTLESS.en.source}`, 'iu'), ru: new RegExp(`миллион|${COUNTLESS.ru.source}`, 'iu'), min: 1e6, max: 1e8 },
  ...SCALES,
];
