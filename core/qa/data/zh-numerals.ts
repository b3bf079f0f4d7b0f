/** QA's rules around Chinese numerals; the numerals themselves (digits, units, parser) are core/numbers/zh-numerals.ts. */

/** Characters after which a lone numeral is a date part, not a word like 两国 or 一带一路. */
export const ZH_DATE_SUFFIXES = '月日号';

/**
 * Characters before a numeral that make it vague (数十万 "hundreds of thousands", 几百 "several
 * hundred"): the translation rightly has no figure to compare.
 */
export const ZH_VAGUE_PREFIXES = '数几';

/** The written-out percentage prefix: 百分之五 = 5 %. */
export const ZH_PERCENT_PREFIX = '百分之';

/**
 * Words whose numerals count nothing, so a translation has no number for them: 十分 "very", 万分
 * "extremely", 百姓 "the people", 百货 "goods", 八成 "probably", 万岁 "long live", and set phrases
 * (乱七八糟 "a mess", 四面八方 "everywhere", 五花大绑 "trussed up"). Their numerals explain a
 * number word of the translation but are never required of it.
 */
export const ZH_NUMERALS_NOT_COUNTS =
  /十分(?!钟)|万分|百姓|百货|八成|万岁|十足|三明治|八卦|九州|乱七八糟|七上八下|七嘴八舌|四面八方|五花八门|五花大绑|一五一十|三心二意|三番五次|三言两语|五颜六色|千方百计|千辛万苦|千军万马|千家万户|千变万化|百花齐放|十全十美|一干二净|接二连三|不三不四|丢三落四|说三道四|横七竖八|七零八落|半斤八两|两面三刀/gu;

/** Words for the first time or place (首次 "first", 头一回, 初次): a rank the translation must give. */
export const ZH_FIRST = /首(?:次|位|个|届|批|家|座|度|例|架|艘|款|部|场|轮|日|天)|头一|初次/gu;

/** Characters that name a number without being numerals: 双 two (双方 "the two sides"), 俩 two, 仨 three, 半 half. */
export const ZH_NUMBER_CHARACTERS: Readonly<Record<string, number>> = { 双: 2, 俩: 2, 仨: 3, 半: 0.5, 首: 1 };

/** Of these, the ones that are only ever a cardinal: 双月 is "two moons", never "the second moon". */
export const ZH_CARDINAL_CHARACTERS = '双俩仨';

/**
 * 双 before a body part or a pair of wings counts two of them (双腿 "two legs", 双手 "both hands"): a
 * count the translation may leave out, reported only beside a number word the source does not explain
 * («на двадцати ногах» for 双腿). Elsewhere 双 makes a word of its own (双方 "both sides", 双边
 * "bilateral", 双赢 "win-win", 双重 "double"), which counts nothing.
 */
export const ZH_PAIR_COUNT = /双(?:手|脚|腿|足|眼|目|臂|肩|膝|耳|唇|翼|翅|颊|拳|掌|眸|腕)/gu;

/**
 * Measure words (and 人, 大 "great", 国) after which a numeral counts things the translation names by
 * number: 三种治疗方法 "three treatments", 两个人, 七艘舰船, 七大奇迹 "the seven wonders", 三维 "three-dimensional". A numeral
 * before anything else is often part of a name (罗小四, 茅十八) or a word (百战, 四子); units of
 * length and weight (尺, 斤, 公里) are left out because translations convert them ("five feet").
 */
export const ZH_COUNT_CLASSIFIER =
  /^(?:个|種|种|名|位|人|艘|只|隻|条|條|次|回|遍|趟|年|天|周|星期|个月|岁|件|张|張|块|塊|本|辆|輛|架|座|家|所|项|項|点|部|台|批|届|倍|层|重|道|副|对|套|根|把|支|枝|颗|粒|头|匹|棵|株|片|盘|场|轮|局|步|章|节|段|句|字|页|篇|封|杯|碗|瓶|间|级|类|大|国|门|声|下|口|名|员|笔|份|起|方面|阶段|季|期|代|世|任|处|處|样|分|秒|小时|钟头|面|维)/u;
