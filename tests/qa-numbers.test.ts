import { describe, expect, it } from 'vitest';
import { runChecks } from '../core/qa';
import { extractChineseNumbers, parseChineseNumeral } from '../core/qa/numbers/zh-numbers';
import { extractTargetNumbers } from '../core/qa/numbers/target-numbers';
import { parseZhNumeral, russianNumberWord } from '../core/align/numbers';
import { RU_NUMBER_WORDS } from '../core/numbers/ru-number-words';
import { makeProject } from './fixtures/qa/make-project';

const values = (text: string): number[] => extractChineseNumbers(text).map((n) => n.value);

describe('Chinese numerals', () => {
  it.each([
    ['八十', 80], ['两千', 2000], ['十五', 15], ['一百零五', 105], ['一千二百万', 12_000_000], ['三千亿', 3e11], ['二〇二五', 2025],
  ])('%s = %d', (zh, n) => expect(parseChineseNumeral(zh)).toBe(n));
  it.each([['万一'], ['十四五'], ['亿万']])('%s is not a numeral', (zh) => expect(parseChineseNumeral(zh)).toBeUndefined());
  it.each([
    ['叁拾伍', 35], ['壹佰零伍', 105], ['贰仟', 2000], ['一亿二千万', 120_000_000], ['一万亿', 1e12], ['三亿五千万零八', 350_000_008],
  ])('%s = %d (formal forms; a 万 after 亿 scales only its own section)', (zh, n) => expect(parseChineseNumeral(zh)).toBe(n));

  it('QA and the aligner read Chinese numerals with one parser (core/numbers)', () => {
    expect(parseZhNumeral).toBe(parseChineseNumeral);
    expect(values('合同总额为叁拾伍万元')).toEqual([350_000]);
  });

  it('takes figures, dates, years and percentages from real sentences, and leaves words alone', () => {
    expect(values('中华人民共和国主席习近平于2025年5月7日至10日对俄罗斯联邦进行国事访问。')).toEqual([2025, 5, 7, 10]);
    expect(values('在第二次世界大战胜利和联合国成立80周年之际')).toEqual([80]);
    expect(values('五月八日')).toEqual([5, 8]);
    expect(values('二〇二二年一月三日')).toEqual([2022, 1, 3]);
    expect(values('增长百分之五')).toEqual([5]);
    expect(values('贸易额达到1.5万亿美元')).toEqual([1.5e12]);
    expect(values('八十多年来')).toEqual([80]);
    // Lone numerals inside words, vague quantities and ordinals in fixed names carry no figure.
    expect(values('缅怀为子孙后代自由和独立而牺牲的数十万英烈')).toEqual([]);
    expect(values('两国元首共建“一带一路”,第二次世界大战')).toEqual([]);
  });
});

describe('numbers in translations', () => {
  it('reads digits with each language’s separators, scale words, number words and months', () => {
    const en = extractTargetNumbers('from May 7 to 10, 2025; 15,000.5 people; 3.2 million; twenty-one states', 'en');
    expect(en.digits.map((d) => d.value)).toEqual([7, 10, 2025, 15000.5, 3.2e6]);
    expect(en.words).toEqual(expect.arrayContaining([5, 3.2, 21]));
    const ru = extractTargetNumbers('с 7 по 10 мая 2025 года, 15 000 человек, 3 млрд долларов, двух тысяч', 'ru');
    expect(ru.digits.map((d) => d.value)).toEqual([7, 10, 2025, 15000, 3e9]);
    expect(ru.words).toEqual(expect.arrayContaining([5, 3, 2000]));
  });
  it('does not read "стороны" as сто or a heading number as a figure', () => {
    expect(extractTargetNumbers('Стороны подтверждают', 'ru').words).toEqual([]);
    // A short stem takes a numeral's case ending only: «стоила», «стол», «однако», «обед» are no numbers.
    expect(extractTargetNumbers('Однако обед стоил дорого, и стол стоила она.', 'ru').words).toEqual([]);
    expect(extractTargetNumbers('одно, одной, сотен, трёх, пятью', 'ru').words).toEqual([1, 1, 100, 3, 5]);
    expect(extractTargetNumbers('1. The two sides', 'en').digits).toEqual([]);
  });
});

const ZH_VISIT = '应俄罗斯联邦总统普京邀请,中华人民共和国主席习近平于2025年5月7日至10日对俄罗斯联邦进行国事访问。';
const EN_VISIT = "At the invitation of President of the Russian Federation Vladimir Putin, President of the People's Republic of China Xi Jinping paid a state visit to the Russian Federation from May 7 to 10, 2025.";
const RU_VISIT = 'По приглашению Президента Российской Федерации Владимира Путина Председатель Китайской Народной Республики Си Цзиньпин с 7 по 10 мая 2025 года находился в Российской Федерации с государственным визитом.';
const ZH_80 = '在第二次世界大战胜利和联合国成立80周年之际,中华人民共和国和俄罗斯联邦(以下称“双方”)强调维护和巩固全球战略稳定极其重要。';
const RU_80 = 'В связи с 80-летием Победы во Второй мировой войне и основания Организации Объединённых Наций Китайская Народная Республика и Российская Федерация (далее — Стороны) подчёркивают исключительную важность поддержания и укрепления глобальной стратегической стабильности.';
const ZH_P5 = '双方重申恪守2022年1月3日发表的《五个核武器国家领导人关于防止核战争与避免军备竞赛的联合声明》。';
const EN_P5 = 'The two sides reaffirm their commitment to the Joint Statement of the Leaders of the Five Nuclear-Weapon States on Preventing Nuclear War and Avoiding Arms Races issued on 3 January 2022.';
const RU_P5 = 'Стороны подтверждают приверженность Совместному заявлению лидеров пяти ядерных государств о предотвращении ядерной войны и недопущении гонки вооружений от 3 января 2022 года.';

const mismatches = (lang: 'en' | 'ru', zh: string, tgt: string) =>
  runChecks(makeProject({ [lang]: [[zh, tgt]] })).filter((f) => f.check === 'numbers.mismatch');

describe('numbers.mismatch', () => {
  it('is silent when dates, years and anniversaries agree (May 7 / 7 мая / 80th / 80-летием)', () => {
    expect(mismatches('en', ZH_VISIT, EN_VISIT)).toEqual([]);
    expect(mismatches('ru', ZH_VISIT, RU_VISIT)).toEqual([]);
    expect(mismatches('ru', ZH_80, RU_80)).toEqual([]);
    expect(mismatches('en', ZH_P5, EN_P5)).toEqual([]);
    expect(mismatches('en', ZH_P5, EN_P5.replace('3 January 2022', 'January 3, 2022'))).toEqual([]);
    expect(mismatches('ru', ZH_P5, RU_P5)).toEqual([]);
  });
  it('reports a wrong day once, pointing at both figures', () => {
    const en = EN_P5.replace('3 January 2022', 'January 13, 2022');
    const [f, ...rest] = mismatches('en', ZH_P5, en);
    expect(rest).toEqual([]);
    expect(f?.message).toContain('“3”');
    expect(f?.message).toContain('“13”');
    expect(f?.source?.range).toEqual({ sentence: 'zh-s0', start: ZH_P5.indexOf('3日'), end: ZH_P5.indexOf('3日') + 1 });
    expect(f?.target?.range?.start).toBe(en.indexOf('13'));
  });
  it('reads a formal numeral (叁拾) in the source like any other figure', () => {
    const zh = '双方同意在叁拾日内完成审议。';
    expect(mismatches('en', zh, 'The two sides agreed to complete the review within 30 days.')).toEqual([]);
    expect(mismatches('en', zh, 'The two sides agreed to complete the review within thirty days.')).toEqual([]);
    expect(mismatches('en', zh, 'The two sides agreed to complete the review within 40 days.')).toHaveLength(1);
  });
  it('reports a wrong anniversary and a wrong month in Russian', () => {
    expect(mismatches('ru', ZH_80, RU_80.replace('80-летием', '70-летием'))).toHaveLength(1);
    const [f] = mismatches('ru', ZH_VISIT, RU_VISIT.replace('мая', 'июня'));
    expect(f?.message).toContain('“5”');
  });
  it('reads a Russian month abbreviation as the month only before its full stop', () => {
    const zh = '大会于2015年9月25日通过了该决议。';
    expect(mismatches('ru', zh, 'Генеральная Ассамблея приняла эту резолюцию 25 сент. 2015 г.')).toEqual([]);
    expect(mismatches('ru', zh, 'Генеральная Ассамблея приняла эту резолюцию 25 сен. 2015 г.')).toEqual([]);
    const [f, ...rest] = mismatches('ru', zh, 'Генеральная Ассамблея приняла эту резолюцию 25 окт. 2015 г.');
    expect(rest).toEqual([]);
    expect(f?.message).toContain('“9”');
    expect(mismatches('ru', zh, 'Генеральная Ассамблея приняла эту резолюцию 25 сент 2015 г.')).toHaveLength(1);
    expect(mismatches('en', zh, 'The General Assembly adopted the resolution on 25 Sept. 2015.')).toEqual([]);
  });
  it('does not take a word that starts like a month abbreviation for the month', () => {
    expect(extractTargetNumbers('Октава и сентенция. Декада. Окт и сент без точки, мар без неё.', 'ru').words).toEqual([]);
    expect(extractTargetNumbers('Янв., февр., мар., апр., июн., июл., авг., сент., окт., нояб., дек.', 'ru').words).toEqual([1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12]);
    // Inherited object keys are no number words or months.
    expect(extractTargetNumbers('The constructor built it.', 'en').words).toEqual([]);
    // A month stem takes a case ending and nothing longer.
    expect(extractTargetNumbers('Майор Мартен и августейший гость, мартышка.', 'ru').words).toEqual([]);
    expect(extractTargetNumbers('В марте, мае, январе и августом; к декабрю; январём.', 'ru').words).toEqual([3, 5, 1, 8, 12, 1]);
  });
  it('ignores section numbering that legitimately differs (一、 ↔ I. / 1.)', () => {
    const project = makeProject({ en: [['一', 'I'], ['二、双方强调维护全球战略稳定极其重要。', '2. The two sides stress the importance of global strategic stability.']] });
    expect(runChecks(project).filter((f) => f.check === 'numbers.mismatch')).toEqual([]);
  });
});

describe('numbers.mismatch on percentages and data tables', () => {
  it('matches 百分之五 with 5% and 5 процентов, and a scaled table cell with its English and Russian forms', () => {
    const zh = '双边贸易额增长百分之五。';
    expect(mismatches('en', zh, 'Bilateral trade grew by 5%.')).toEqual([]);
    expect(mismatches('ru', zh, 'Двусторонний товарооборот вырос на 5 процентов.')).toEqual([]);
    expect(mismatches('en', zh, 'Bilateral trade grew by 15%.')).toHaveLength(1);
    const row = '双边贸易额\t2400亿美元\t2450亿美元';
    expect(mismatches('en', row, 'Bilateral trade\tUSD 240 billion\tUSD 245 billion')).toEqual([]);
    expect(mismatches('ru', row, 'Товарооборот\t240 млрд долларов\t245 млрд долларов')).toEqual([]);
    const [f, ...rest] = mismatches('en', row, 'Bilateral trade\tUSD 240 billion\tUSD 254 billion');
    expect(rest).toEqual([]);
    expect(f?.message).toContain('2450亿');
  });
});

describe('numbers.mismatch on vague quantities', () => {
  // From the joint statement, section 一 (samples/).
  const ZH = '中俄双方将永远铭记两国人民维护世界和平的正义壮举,缅怀为子孙后代自由和独立而牺牲的数十万英烈以及遇害的无辜平民。';
  it('accepts 数十万 as "hundreds of thousands", "сотни тысяч" or a figure in range', () => {
    expect(mismatches('en', ZH, 'The two sides will honour the memory of the hundreds of thousands of heroes who gave their lives for freedom.')).toEqual([]);
    expect(mismatches('ru', ZH, 'Стороны будут чтить память сотен тысяч героев, отдавших жизнь за свободу.')).toEqual([]);
    expect(mismatches('en', ZH, 'The two sides will honour the memory of some 300,000 heroes who gave their lives for freedom.')).toEqual([]);
  });
  it('reports 数十万 rendered as "tens of thousands" or "десятков тысяч"', () => {
    const [f, ...rest] = mismatches('en', ZH, 'The two sides will honour the memory of the tens of thousands of heroes who gave their lives for freedom.');
    expect(rest).toEqual([]);
    expect(f?.message).toContain('数十万');
    expect(f?.source?.range?.start).toBe(ZH.indexOf('数十万'));
    expect(mismatches('ru', ZH, 'Стороны будут чтить память десятков тысяч героев, отдавших жизнь за свободу.')).toHaveLength(1);
  });
});

describe('Arabic figures in Chinese text that uses the ASCII comma as its clause comma', () => {
  it('reads 15,000 as one figure and 15,20 as two', () => {
    expect(values('贸易额达15,000亿元')).toEqual([1.5e12]);
    expect(values('分别为15,20和30')).toEqual([15, 20, 30]);
    expect(values('80周年,2025年')).toEqual([80, 2025]);
  });
});

describe('Russian number words: one table (core/numbers), read strictly by the aligner and generously by QA', () => {
  /** The figures QA finds in a one-word translation (a word and the run it makes both count, hence the Set). */
  const qaReads = (word: string): number[] => [...new Set(extractTargetNumbers(word, 'ru').words)];

  it('both read case forms of the same row: двадцатого, трёх, сотен', () => {
    for (const [word, value] of [['двадцатого', 20], ['трёх', 3], ['сотен', 100], ['восьми', 8]] as const) {
      expect(russianNumberWord(word)).toBe(value);
      expect(qaReads(word)).toEqual([value]);
    }
  });

  it('the aligner leaves out words that are numbers only in context or that share a short stem; QA finds a figure in them', () => {
    for (const [word, value] of [['первый', 1], ['одна', 1], ['оба', 2], ['пятидесяти', 50]] as const) {
      expect(russianNumberWord(word)).toBeUndefined();
      expect(qaReads(word)).toEqual([value]);
    }
    expect(russianNumberWord('семья')).toBeUndefined();
    expect(russianNumberWord('вторжение')).toBeUndefined();
    // A short stem takes only a case ending in QA too: "сто" is not in "стороны".
    expect(qaReads('стороны')).toEqual([]);
  });

  it('every form the aligner lists is read by QA as the same figure (the stricter reader never knows more)', () => {
    for (const row of RU_NUMBER_WORDS) {
      if (!Array.isArray(row.align) || row.qa === false) continue;
      for (const form of row.align as readonly string[]) expect([form, qaReads(form)]).toEqual([form, [row.value]]);
    }
  });
});

/**
 * Sentences from magazine and literary prose (the align bench's other genres, retold here), where the
 * check once raised an error on a sound translation, and the same sentences with a real error.
 */
describe('numbers.mismatch on other genres', () => {
  it.each([
    ['full-width comma between thousands', '贝索斯只兑现了不到2，500万美元的股票。', 'Bezos has cashed in less than $25 million worth of his stock.'],
    ['full-width comma, plain figure', '他购买了25，000英亩的牧场。', 'He acquired a 25,000-acre ranch.'],
    ['"more than" before the large unit', '饮食疗法行业就不会有10多亿美元的收益。', 'There would not be a billion-dollar diet industry.'],
    ['千万 as "by all means"', '你千万别让人惦记上。', 'You should never let other people keep you in mind.'],
    ['两 after a unit is the tael', '凤姐道：“这是二十两银子。”', "'Here is the twenty taels of silver,' said Xi-feng."],
    ['a decade', '在70年代，芬兰东部是世界上心脏病患者最多的地方。', 'In the 1970s, east Finland was the heart attack capital of the world.'],
    ['a season in two years', '由1997至1998环球帆船赛得主任船长。', 'Skippered by the 1997-98 Round the World Race winner.'],
    ['a date after an abbreviation point', '8月6日上映。', 'Opens Aug.6.'],
    ['a lone numeral rendered in digits', '感染率可高达一般的十倍。', 'Rates 10 times as high.'],
    ['an ordinal', '他安排了一个暴力杀人场景（十戒第六条）。', 'He stages a violent death (Rule 6).'],
    ['tenths', '你们失去全部投资的可能性有七成。', "There's a 70% chance you're going to lose all your money."],
    ['a fraction', '新兴网络公司仅有十分之一的成功希望。', 'The average Net start-up had a 1 in 10 chance of success.'],
    ['万一 "in case"', '万一发生冲突，双方将立即磋商。', 'Should a conflict arise, the two sides will consult at once.'],
    ['an idiom of distance', '又好像走了十万八千里，表哥站住了脚。', 'After what seemed an eternity, her cousin stopped.'],
    ['"millions"', '慢性疼痛症给千百万人的生活带来了痛苦。', 'Chronic pain makes life miserable for millions.'],
  ])('is silent on %s', (_what, zh, en) => {
    expect(mismatches('en', zh, en)).toEqual([]);
  });

  it.each([
    ['full-width comma between thousands', '贝索斯只兑现了不到2，500万美元的股票。', 'Bezos has cashed in less than $35 million worth of his stock.'],
    ['a decade', '在70年代，芬兰东部是世界上心脏病患者最多的地方。', 'In the 1960s, east Finland was the heart attack capital of the world.'],
    ['an ordinal', '他安排了一个暴力杀人场景（十戒第六条）。', 'He stages a violent death (Rule 7).'],
    ['a year', '1996年网上消费额为7亿美元，但1998年增加到70亿美元。', 'Consumers spent $700 million online in 1996, and $7 billion in 1988.'],
  ])('still reports a wrong figure: %s', (_what, zh, en) => {
    expect(mismatches('en', zh, en)).toHaveLength(1);
  });
});

describe('numbers.mismatch on weekdays', () => {
  const ZH = '新华社报道称，政府调查人员周三发现了两个“黑匣子”飞行记录仪。';
  it('reports a source weekday rendered as another day, in English and Russian', () => {
    const [en] = mismatches('en', ZH, 'Xinhua reported that government investigators recovered two flight recorders on Tuesday.');
    expect(en?.message).toBe('Weekday “周三” in the source is not in the translation (which has “Tuesday”).');
    expect(mismatches('ru', ZH, 'Синьхуа сообщило, что в четверг следователи нашли два бортовых самописца.')).toHaveLength(1);
    expect(mismatches('en', '南非周日正式向德克勒克致敬。', 'South Africa on Wednesday paid an official tribute to FW de Klerk.')).toHaveLength(1);
  });
  it('accepts the same day in any form, and a weekday left out or named where the source has none', () => {
    expect(mismatches('en', ZH, 'Xinhua reported that government investigators recovered two flight recorders on Wednesday.')).toEqual([]);
    expect(mismatches('ru', ZH, 'Синьхуа сообщило, что в среду следователи нашли два бортовых самописца.')).toEqual([]);
    expect(mismatches('en', '德国总理星期天抵达华沙。', 'Germany’s chancellor came to Warsaw on Sundays.')).toEqual([]);
    expect(mismatches('en', ZH, 'Xinhua reported that government investigators recovered two flight recorders.')).toEqual([]);
    expect(mismatches('en', '会议于5月8日举行。', 'The meeting was held on Friday, 8 May.')).toEqual([]);
  });
  it('accepts a day of the month without its month given as the weekday (news copy: 3月5日电 … 5日上午 → "Wednesday morning")', () => {
    const zh = '新华社北京3月5日电 第十四届全国人民代表大会第三次会议5日上午在人民大会堂开幕。';
    expect(mismatches('en', zh, 'BEIJING, March 5 (Xinhua) -- The third session of the 14th National People’s Congress opened Wednesday morning at the Great Hall of the People.')).toEqual([]);
    expect(mismatches('ru', zh, 'Пекин, 5 марта /Синьхуа/ -- Третья сессия ВСНП 14-го созыва открылась в среду утром в Доме народных собраний.')).toEqual([]);
    expect(mismatches('en', '会议于五号举行。', 'The meeting was held on Friday.')).toEqual([]);
    // Without a weekday the day is still missing; a day with its month is a date, and a weekday
    // the source names itself is that weekday's rendering, not the day's.
    expect(mismatches('en', zh, 'BEIJING, March 5 (Xinhua) -- The third session of the 14th National People’s Congress opened in the morning.')).toHaveLength(1);
    expect(mismatches('en', '会议于3月5日举行。', 'The meeting was held on Wednesday.').map((f) => f.message)).toContain('Number “5” in the source is not in the translation.');
    expect(mismatches('en', '会议于周三即5日举行。', 'The meeting was held on Wednesday.')).toHaveLength(1);
  });
  it('does not read a count of days a week (每周三次, 每周五天) or "окружающая среда" as a weekday', () => {
    expect(mismatches('en', '他每周三次去健身房。', 'He goes to the gym three times a week on Tuesday.')).toEqual([]);
    expect(mismatches('ru', '周五发布的报告关注环境。', 'Доклад, опубликованный в пятницу, посвящён окружающей среде.')).toEqual([]);
    expect(mismatches('ru', '周一发布的报告关注环境。', 'Доклад посвящён окружающей среде.')).toEqual([]);
  });
});

describe('numbers.mismatch on centuries, decades and spaced figures', () => {
  it('reads N世纪M年代 as one decade, found as "the 1960s", «1960-х» or «60-х годов XX века»', () => {
    const zh = '20 世纪 60 年代，布热津斯基担任肯尼迪的顾问。';
    expect(mismatches('en', zh, 'Throughout the 1960s, Brzezinski worked for Kennedy as his advisor.')).toEqual([]);
    expect(mismatches('ru', zh, 'В 1960-х годах Бжезинский был советником Кеннеди.')).toEqual([]);
    expect(mismatches('ru', zh, 'В 60-х годах XX века Бжезинский был советником Кеннеди.')).toEqual([]);
    expect(mismatches('en', '二十世纪七十年代，他在纽约工作。', 'In the 1970s he worked in New York.')).toEqual([]);
    expect(mismatches('en', zh, 'Throughout the 1970s, Brzezinski worked for Kennedy as his advisor.')).toHaveLength(1);
  });
  it('finds a century as an ordinal, a Roman numeral or "the 1800s", and reports another century', () => {
    const zh = '海地自 19 世纪初以来从未遇到过该疾病。';
    expect(mismatches('en', zh, 'Haiti had not encountered the disease since the early 19th century.')).toEqual([]);
    expect(mismatches('en', zh, 'Haiti had not encountered the disease since the 1800s.')).toEqual([]);
    expect(mismatches('ru', zh, 'С начала XIX века Гаити не сталкивалось с этой болезнью.')).toEqual([]);
    expect(mismatches('ru', '哥特式风格在 10-11 世纪和 14 世纪之间达到顶峰。', 'Готический стиль достиг расцвета в период между X–XI вв. и XIV в.')).toEqual([]);
    expect(mismatches('ru', zh, 'С начала XVIII века Гаити не сталкивалось с этой болезнью.')).toHaveLength(1);
    const pyramid = '大金字塔是埃及人在公元前三世纪的杰作。';
    expect(mismatches('en', pyramid, 'The Great Pyramid was built by the Egyptians in the third century BCE.')).toEqual([]);
    expect(mismatches('en', pyramid, 'The Great Pyramid was built by the Egyptians in the second century BCE.')).toHaveLength(1);
  });
  it('reads a Roman numeral of two letters or more anywhere, one letter only before a century word', () => {
    expect(mismatches('en', '惊恐万分的国王路易十六被迫返回巴黎。', 'The terrified King Louis XVI was forced to return to Paris.')).toEqual([]);
    expect(extractTargetNumbers('I think V is a letter; mix and civil are words', 'en').words).toEqual([]);
  });
  it('scales a figure by 万/亿 written after a space ("4500 万"), as text with spaced digits has it', () => {
    const zh = '该法案额外拨付 4500 万澳元；有 400 多万人参加葬礼。';
    expect(values(zh)).toEqual([45_000_000, 4_000_000]);
    expect(mismatches('en', zh, 'The act gives an extra AUD$45 million; over four million people attended the funeral.')).toEqual([]);
    expect(mismatches('en', zh, 'The act gives an extra AUD$54 million; over four million people attended the funeral.')).toHaveLength(1);
  });
});

describe('numbers.mismatch on number words and ordinals (a count or rank changed)', () => {
  it('reports a count word that replaces the source count, in English and Russian', () => {
    const zh = '马丘比丘古城由三座主要建筑物组成。';
    expect(mismatches('en', zh, 'Machu Picchu consists of three main structures.')).toEqual([]);
    const [f, ...rest] = mismatches('en', zh, 'Machu Picchu consists of six main structures.');
    expect(rest).toEqual([]);
    expect(f?.message).toBe('Number “三” in the source is not in the translation (which has “six”).');
    expect(mismatches('ru', zh, 'Мачу-Пикчу состоит из трёх основных сооружений.')).toEqual([]);
    expect(mismatches('ru', zh, 'Мачу-Пикчу состоит из шести основных сооружений.')).toHaveLength(1);
    expect(mismatches('ru', '有两个人在等他。', 'Его ждали двое.')).toEqual([]);
    expect(mismatches('ru', '有两个人在等他。', 'Его ждали трое.')).toHaveLength(1);
    expect(mismatches('en', '请尝试此处列出的三个方法。', 'Please try the hundred methods listed there.')).toHaveLength(1);
  });
  it('explains how many times ("twice", «дважды», "two times") only by a source numeral that counts times, not by 两国', () => {
    const zh = '今年以来，两国元首已三次会晤。';
    expect(mismatches('ru', zh, 'С начала года главы двух государств встречались трижды.')).toEqual([]);
    const [f, ...rest] = mismatches('ru', zh, 'С начала года главы двух государств встречались дважды.');
    expect(rest).toEqual([]);
    expect(f?.message).toBe('Number “三” in the source is not in the translation (which has “дважды”).');
    expect(mismatches('en', zh, 'Since the start of the year, the heads of state of the two countries have met three times.')).toEqual([]);
    expect(mismatches('en', zh, 'Since the start of the year, the heads of state of the two countries have met twice.')).toHaveLength(1);
    expect(mismatches('en', zh, 'Since the start of the year, the heads of state of the two countries have met two times.')).toHaveLength(1);
    expect(mismatches('ru', zh, 'С начала года главы двух государств встречались два раза.')).toHaveLength(1);
    // A times count of the source still explains it: 两度 "twice", 两次…三次.
    expect(mismatches('en', '两国元首今年两度会晤，三次通话。', 'The two heads of state met twice this year and spoke by phone three times.')).toEqual([]);
  });
  it('reports a changed rank: 第九 / 首次 as "eighth", «первой» as «пятой»', () => {
    const ward = '第九区洪水水位一度高达 20 英尺。';
    expect(mismatches('en', ward, 'The Ninth Ward saw flooding as high as 20 feet.')).toEqual([]);
    expect(mismatches('en', ward, 'The Eighth Ward saw flooding as high as 20 feet.')).toHaveLength(1);
    expect(mismatches('en', '约翰·尼克松首次公开宣读了这份文件。', 'The ninth public reading of the document was by John Nixon.')).toHaveLength(1);
    expect(mismatches('en', '约翰·尼克松首次公开宣读了这份文件。', 'The first public reading of the document was by John Nixon.')).toEqual([]);
    const war = '目睹第一次世界大战中的肆虐残暴后，各国都渴望避免重蹈覆辙。';
    expect(mismatches('ru', war, 'Познав ужасы Первой мировой войны, государства хотели избежать подобного.')).toEqual([]);
    expect(mismatches('ru', war, 'Познав ужасы Пятой мировой войны, государства хотели избежать подобного.')).toHaveLength(1);
  });
  it('reads a run of number words as one number only where it makes one ("twenty-one", «сто двадцать пять»)', () => {
    const counts = (text: string, lang: 'en' | 'ru') => extractTargetNumbers(text, lang).counts.map((c) => [c.text, c.value]);
    expect(counts('twenty-one states and two hundred and five cities', 'en')).toEqual([['twenty-one', 21], ['two hundred and five', 205]]);
    expect(counts('сто двадцать пять человек', 'ru')).toEqual([['сто двадцать пять', 125]]);
    expect(counts('the first fifteen films', 'en')).toEqual([['fifteen', 15]]);
    expect(mismatches('en', '那四位丹麦人举办了一场盛会。', 'The first fifteen Danish filmmakers held a blast.')).toHaveLength(1);
    expect(mismatches('en', '在一个也是三面墙的饭店。', 'In a four-walled hotel lobby.')).toHaveLength(1);
    expect(mismatches('en', '在一个也是三面墙的饭店。', 'In a three-walled hotel lobby.')).toEqual([]);
  });
  it('takes each number word once, and a changed number among repeated ones is still reported', () => {
    // Found as missed in bench/qa-planted.sh (round 13): one "three" answered both 3s, one "two" both 两种.
    const crash = '本周早些时候，一架警用直升机坠毁，事件造成 3 人死亡，3 人受伤。';
    expect(mismatches('en', crash, 'Earlier this week, a police helicopter crash killed three people and wounded three more.')).toEqual([]);
    const [f, ...rest] = mismatches('en', crash, 'Earlier this week, a police helicopter crash killed nine people and wounded three more.');
    expect(rest).toEqual([]);
    expect(f?.message).toBe('Number “3” in the source is not in the translation (which has “nine”).');
    const fish = '结果，两种鱼类灭绝，另外两种鱼类濒临灭绝。';
    expect(mismatches('en', fish, 'As a result, two fish species have become extinct, and two others are endangered.')).toEqual([]);
    expect(mismatches('en', fish, 'As a result, two fish species have become extinct, and twelve others are endangered.')).toHaveLength(1);
    // Prose drops repeats: three 十四 given as two "fourteen" is no finding without a stray number.
    expect(mismatches('en', '十四岁就十四岁，为什么是‘十四岁罢？’', "If you're fourteen, you're fourteen. What do you mean, you think?")).toEqual([]);
  });
  it('reads an approximation (一两, 七八) as two counts, 十分钟 as ten minutes, and a year as no count word', () => {
    expect(mismatches('en', '没过一两天，他们就迷了路。', 'Within a day or two, they are lost.')).toEqual([]);
    expect(mismatches('en', '没过一两天，他们就迷了路。', 'Within a day or three, they are lost.')).toHaveLength(1);
    expect(mismatches('ru', '每七八个人里就有一艘船。', 'На семь или сто человек приходится одна лодка.')).toHaveLength(1);
    const minutes = '因为你不知道它是两分钟内到，还是十分钟内到。';
    expect(mismatches('en', minutes, 'You don’t know if it will be in two minutes or ten minutes.')).toEqual([]);
    expect(mismatches('en', minutes, 'You don’t know if it will be in two minutes or six minutes.')).toHaveLength(1);
    // A figure dropped beside «стоила» (сто + -ила) is still missing.
    expect(mismatches('ru', '单是运费就大约要 100 美元。', 'Одна только доставка стоила примерно 100 долларов США.')).toEqual([]);
    expect(mismatches('ru', '单是运费就大约要 100 美元。', 'Одна только доставка стоила примерно долларов США.')).toHaveLength(1);
    // 2006 may be written '06, but "sixth" is no form of it.
    const cup = '意大利队是世界上第二成功的球队，在 2006 年拿下了世界杯冠军。';
    expect(mismatches('ru', cup, 'Сборная Италии является второй самой успешной командой в мире и в 2006 году выиграла Кубок мира.')).toEqual([]);
    expect(mismatches('ru', cup, 'Сборная Италии является шестой самой успешной командой в мире и в 2006 году выиграла Кубок мира.')).toHaveLength(1);
  });
  it('is silent on idioms, names, approximations, converted units and a count the translation leaves out', () => {
    // "one of the", «один из», "first of all", «во-первых», "a second", "both": never a changed number.
    expect(mismatches('en', '两国是世界上最大的两个国家之一。', 'The two are among the largest countries; first of all, both are neighbours.')).toEqual([]);
    expect(mismatches('ru', '两国是世界上最大的两个国家之一。', 'Во-первых, это одни из крупнейших стран мира.')).toEqual([]);
    expect(mismatches('en', '目前GSM手机传输数据的速度只有每秒9.6千比特。', 'GSM phones transmit only 9.6 kilobits per second.')).toEqual([]);
    // A numeral in a name or a set phrase counts nothing (罗小四, 十分), nor does 一两 "one or two".
    expect(mismatches('en', '罗小四回想那场打斗，十分懊悔，学了一两招。', 'Luo Xiaosi remembered the fight and regretted not learning a trick or two.')).toEqual([]);
    expect(mismatches('en', '每七八个人里就有一艘船。', 'There is a boat to every seven or eight people.')).toEqual([]);
    // Lengths are converted: 五尺 "four feet". Years in decades: 二十年 "two decades".
    expect(mismatches('en', '墙上挂着一幅高约五尺的大画。', 'On the wall hung a painting about four feet high.')).toEqual([]);
    expect(mismatches('en', '在过去的20年里，基本方法几乎没有变化。', 'The basic approach has barely changed in the past two decades.')).toEqual([]);
    // «семья» and «вторник» are no numbers; a count left out with no number word in its place is not reported.
    expect(mismatches('ru', '他们三个人周二去看望了家人。', 'Во вторник они навестили семью.')).toEqual([]);
    expect(mismatches('en', '他们三个人周二去看望了家人。', 'On Tuesday they visited the family.')).toEqual([]);
  });
});

describe('numbers.mismatch on percentage points and per cent', () => {
  const POINTS = '失业率下降了 2 个百分点。';
  const PERCENT = '出口增长了 2%，达到百分之三十。';
  it('accepts each rendered as itself', () => {
    expect(mismatches('en', POINTS, 'Unemployment fell by 2 percentage points.')).toEqual([]);
    expect(mismatches('en', POINTS, 'Unemployment fell 2 points.')).toEqual([]);
    expect(mismatches('ru', POINTS, 'Безработица снизилась на 2 процентных пункта.')).toEqual([]);
    expect(mismatches('ru', POINTS, 'Безработица снизилась на 2 п. п.')).toEqual([]);
    expect(mismatches('en', PERCENT, 'Exports grew by 2 per cent, reaching thirty percent.')).toEqual([]);
    expect(mismatches('ru', PERCENT, 'Экспорт вырос на 2%, достигнув тридцати процентов.')).toEqual([]);
  });
  it('reports percentage points rendered as per cent and per cent as percentage points', () => {
    const [f, ...rest] = mismatches('en', POINTS, 'Unemployment fell by 2 per cent.');
    expect(rest).toEqual([]);
    expect(f?.message).toBe('The source has percentage points (“个百分点”), the translation per cent (“per cent”).');
    expect(mismatches('ru', POINTS, 'Безработица снизилась на 2 процента.')).toHaveLength(1);
    expect(mismatches('en', PERCENT, 'Exports grew by 2 percentage points, reaching thirty percent.')).toHaveLength(1);
    expect(mismatches('ru', PERCENT, 'Экспорт вырос на 2 процентных пункта, достигнув тридцати процентов.')).toHaveLength(1);
  });
  it('takes 占…百分点 as a share, rightly given in per cent', () => {
    expect(mismatches('en', '在十亿人口中可能感染的人数占到几个百分点。', 'Infection is likely to reach several percent of a population of 1 billion.')).toEqual([]);
  });
});

describe('numbers.mismatch on names with figures and clock times', () => {
  it('does not report a figure joined to letters (COVID-19, A380) as stray, but still a year in a name', () => {
    expect(mismatches('en', '新冠疫情让该公司损失惨重。', 'The COVID-19 pandemic hit the company hard.')).toEqual([]);
    expect(mismatches('ru', '新冠疫情让该公司损失惨重。', 'Пандемия COVID-19 сильно ударила по компании.')).toEqual([]);
    expect(mismatches('en', '该航空公司订购了空客飞机。', 'The airline ordered Airbus A380 jets.')).toEqual([]);
    expect(mismatches('en', '他在 2020 年阿联酋国际论坛上发言。', 'He spoke at the Expo-2019 forum in the UAE.')).toHaveLength(1);
  });
  it('reads zero minutes and the 24-hour clock as the source hour', () => {
    expect(mismatches('en', '比赛于上午 10 点开始。', 'The games kicked off at 10:00am.')).toEqual([]);
    expect(mismatches('ru', '消防员最终在晚上 11 点 35 分扑灭了大火。', 'Пожарные потушили пожар к 23:35.')).toEqual([]);
    expect(mismatches('ru', '周一晚 10：08 发生地震。', 'Землетрясение произошло в понедельник в 22:08.')).toEqual([]);
    expect(mismatches('ru', '消防员最终在晚上 11 点 35 分扑灭了大火。', 'Пожарные потушили пожар к 22:35.')).toHaveLength(1);
    expect(mismatches('en', '比赛于上午 10 点开始。', 'The games kicked off at 10:30am.')).toHaveLength(1);
  });
});

describe('numbers.mismatch on figures written the way news and Russian documents write them', () => {
  // Each was a false alarm on a published translation of the omission bench's FLORES / WMT22 lines,
  // or a date format Russian documents use every day.
  it('reads a dotted date as a day, a month and a year', () => {
    expect(mismatches('ru', '双方于2022年12月18日签署协定。', 'Стороны подписали соглашение 18.12.2022.')).toEqual([]);
    expect(mismatches('en', '双方于2022年12月18日签署协定。', 'The parties signed the agreement on 18.12.2022.')).toEqual([]);
    expect(mismatches('ru', '双方于2022年12月18日签署协定。', 'Стороны подписали соглашение 18.11.2022.')).toHaveLength(1);
  });
  it('reads "18.12" and "17.30" as a date or a time where the source has one, and as a decimal otherwise', () => {
    expect(mismatches('en', '这个商品应该是 12 月 18 日就发货了', 'The item was due to dispatch 18.12')).toEqual([]);
    expect(mismatches('ru', '会议于17:30开始。', 'Заседание начнётся в 17.30.')).toEqual([]);
    expect(mismatches('en', '通常会在第二天下午 5:30 前由 Citylink 揽收。', 'It will normally be collected by Citylink by 5.30pm next day.')).toEqual([]);
    expect(mismatches('en', '增长了18.12%', 'grew by 18.12%')).toEqual([]);
    expect(mismatches('en', '增长了18.12%', 'grew by 18.13%')).toHaveLength(1);
    expect(mismatches('ru', '会议于17:30开始。', 'Заседание начнётся в 17.45.')).not.toEqual([]);
  });
  it('reads "£75m" and "$3bn" as millions and billions, and "5m" after no currency as metres too', () => {
    expect(mismatches('en', '利兹·特拉斯在 G7 会议上承诺再向阿富汗提供 7500 万英镑的援助', 'Liz Truss pledges another £75m in aid to Afghanistan at G7 meeting')).toEqual([]);
    expect(mismatches('en', '投资30亿美元', 'an investment of $3bn')).toEqual([]);
    expect(mismatches('en', '投资30亿美元', 'an investment of $4bn')).toHaveLength(1);
    expect(mismatches('en', '一堵5米高的墙', 'a 5m wall')).toEqual([]);
  });
  it('gives the first end of a range the scale word the second carries', () => {
    expect(mismatches('en', '人们在 420 万至 390 万年前的南方古猿化石中发现了双足特化的现象', 'Bipedal specializations are found in Australopithecus fossils from 4.2-3.9 million years ago')).toEqual([]);
    expect(mismatches('en', '在420万到390万年前', 'from 4.2 to 3.9 million years ago')).toEqual([]);
    expect(mismatches('ru', '在420万至390万年前', '4,2–3,9 млн лет назад')).toEqual([]);
    expect(mismatches('en', '在520万到390万年前', 'from 4.2 to 3.9 million years ago')).toHaveLength(1);
  });
  it('reads a decimal written without its leading zero (".5mg")', () => {
    expect(mismatches('en', '两种常用的褪黑激素片（一种为五毫克，另一种为0.5毫克）', 'two commonly used doses of melatonin (5 mg and .5mg)')).toEqual([]);
    expect(mismatches('en', '另一种为0.5毫克', 'the other .8mg')).toHaveLength(1);
  });
});

describe('numbers.mismatch on decades and time-zone clock times', () => {
  it('reads «6 десятилетий» as 60 years and "1200 GMT" as 12 o’clock', () => {
    expect(mismatches('ru', '我们拥有超过 60 年的珠宝制作经验。', 'Мы имеем около 6 десятилетий опыта производства драгоценных изделий.')).toEqual([]);
    expect(mismatches('ru', '我们拥有超过 60 年的珠宝制作经验。', 'Мы имеем около 5 десятилетий опыта.')).toHaveLength(1);
    expect(mismatches('en', '当天，格林尼治时间 (GMT) 约 12 时许，该车辆被拖离事故现场。', 'The vehicle was taken away at approximately 1200 GMT on the same day.')).toEqual([]);
    expect(mismatches('en', '当天，格林尼治时间 (GMT) 约 12 时许，该车辆被拖离事故现场。', 'The vehicle was taken away at approximately 1300 GMT on the same day.')).toHaveLength(1);
  });
});

describe('numbers.mismatch on half hours, list numbers without a space, 24/7 and vague trillions', () => {
  it('reads 5 点半 as half past five', () => {
    expect(mismatches('en', '周五下午 5 点半之前，他在考文垂路被发现受了重伤。', 'He was found seriously injured in Coventry Road just before 5.30pm on Friday.')).toEqual([]);
    expect(mismatches('ru', '周五下午 5 点半之前，他在考文垂路被发现受了重伤。', 'Он был обнаружен с тяжелыми ранениями в пятницу незадолго до 17:30.')).toEqual([]);
    expect(mismatches('en', '周五下午 5 点半之前，他在考文垂路被发现受了重伤。', 'He was found seriously injured just before 6.30pm on Friday.')).not.toEqual([]);
  });
  it('leaves list numbers alone when no space follows them ("1)Go", "2.-Tap")', () => {
    expect(mismatches('en', '1)进入主屏幕。', '1)Go to your Home screen.')).toEqual([]);
    expect(mismatches('en', '2.-点击屏幕右下方的“更多”图标（3 条横线）。', '2.-Tap the menu (3 horizontal lines) More icon at the bottom of the screen.')).toEqual([]);
    expect(mismatches('en', '增长了1.5倍', '1.5 times more')).toEqual([]);
  });
  it('reads "24/7" as round the clock, not as the figures 24 and 7', () => {
    expect(mismatches('en', '我们的聊天服务窗口全年全天候开放，您可以随时回来', 'You can come back any time as our chat service window is open 24/7')).toEqual([]);
    expect(mismatches('en', '客服热线 24 小时开放', 'The hotline is open 23/7')).not.toEqual([]);
  });
  it('reads 数万亿 as trillions and "several million" as millions', () => {
    expect(mismatches('en', '原子如此微小，以至于这句话末尾的句号处可以容纳数万亿的原子。', 'Atoms are so tiny that trillions of them could fit into the period at the end of this sentence.')).toEqual([]);
    expect(mismatches('ru', '原子如此微小，以至于这句话末尾的句号处可以容纳数万亿的原子。', 'Атомы настолько крошечны, что триллионы их могут поместиться в точке.')).toEqual([]);
    expect(mismatches('en', '政府还承诺提供数百万剂脑炎疫苗。', 'Several million vials of encephalitis vaccine have also been promised by the government.')).toEqual([]);
    expect(mismatches('en', '已经签署的数十亿美元的协议', 'an already signed multibillion deal')).toEqual([]);
    expect(mismatches('en', '已经签署的数十亿美元的协议', 'an already signed multimillion deal')).toHaveLength(1);
    expect(mismatches('en', '原子如此微小，以至于这句话末尾的句号处可以容纳数万亿的原子。', 'Atoms are so tiny that thousands of them could fit into the period.')).toHaveLength(1);
  });
});

describe('numbers.mismatch on Russian compounds made with a numeral', () => {
  it('reads четырёхмесячные, восемнадцатилетний, девятивходовой and стопроцентной as 4, 18, 9 and 100', () => {
    expect(mismatches('ru', '他补充道：“我们现在有 4 个月大没有糖尿病的老鼠。”', '«Теперь у нас есть четырёхмесячные мыши без диабета», — добавил он.')).toEqual([]);
    expect(mismatches('ru', '他才 18 岁，年轻、精力充沛。', 'Молодой, энергичный, восемнадцатилетний парень.')).toEqual([]);
    expect(mismatches('ru', 'VP-730 是一个 9 路输入的缩放器。', 'VP-730 — это девятивходовой коммутатор-усилитель.')).toEqual([]);
    expect(mismatches('ru', '不能对驾驶员的行为进行百分之百确定的预测。', 'Нельзя со стопроцентной вероятностью предсказать поведение водителя.')).toEqual([]);
    expect(mismatches('ru', '庆祝建校二十五周年', 'отметить двадцатипятилетие школы')).toEqual([]);
  });
  it('still reports another figure in a compound, and reads no number into «семинар», «стоимость» or «сторонний»', () => {
    expect(mismatches('ru', '他补充道：“我们现在有 4 个月大没有糖尿病的老鼠。”', '«Теперь у нас есть пятимесячные мыши без диабета», — добавил он.')).toHaveLength(1);
    expect(extractTargetNumbers('Семинар, стоимость, сторона, сторонний наблюдатель, семиотика.', 'ru').words).toEqual([]);
    expect(extractTargetNumbers('двусторонний, трёхэтажный, пятидесятилетний', 'ru').words).toEqual([2, 3, 50]);
  });
});

describe('numbers.mismatch on 一日 and 一号 outside a date', () => {
  it('reads a one-character numeral before 日 or 号 as a day of the month only after a month or a day', () => {
    expect(mismatches('en', '终有一日驱除胡虏，还我河山。', 'When we do eventually rid our country of this foreign scum, we will have our land back.')).toEqual([]);
    expect(mismatches('en', '美国一号帆船筹集了多达3，000万美元资金。', 'AmericaOne has a budget of $30 million.')).toEqual([]);
    expect(mismatches('en', '会议定于五月一日举行。', 'The meeting is scheduled for 1 May.')).toEqual([]);
    expect(mismatches('en', '会议定于五月一日举行。', 'The meeting is scheduled for 2 May.')).toHaveLength(1);
    expect(mismatches('en', '会议于五月七日至九日举行。', 'The meeting was held from 7 to 8 May.')).toHaveLength(1);
  });
});

describe('numbers.mismatch on decades and halves in words', () => {
  it('reads "the nineties" as 九十年代', () => {
    expect(mismatches('en', '后来我又见到陈清扬，已经到了九十年代。', 'When I saw Chen Qingyang again, it was already the nineties.')).toEqual([]);
    expect(mismatches('en', '后来我又见到陈清扬，已经到了九十年代。', 'When I saw Chen Qingyang again, it was already the eighties.')).toHaveLength(1);
    // A decade's name is a figure, not a count: it is never reported as a stray number word.
    expect(extractTargetNumbers('in the sixties', 'en').counts).toEqual([]);
  });
  it('reads "half a million", «полмиллиона» and «полтора миллиона» as 500,000 and 1.5 million', () => {
    expect(mismatches('en', '在中国现有50万人染上这种病毒。', 'Half a million Chinese are now infected.')).toEqual([]);
    expect(mismatches('ru', '在中国现有50万人染上这种病毒。', 'В Китае сейчас заражены полмиллиона человек.')).toEqual([]);
    expect(mismatches('ru', '在中国现有150万人染上这种病毒。', 'В Китае сейчас заражены полтора миллиона человек.')).toEqual([]);
    expect(mismatches('en', '在中国现有60万人染上这种病毒。', 'Half a million Chinese are now infected.')).toHaveLength(1);
  });
});

describe('numbers.mismatch on 3百万, 数以百万计 and 数百年', () => {
  it('scales a figure by 百 or 千 before 万 or 亿 (3百万 is 3 million)', () => {
    const zh = '这种飞机的成本约为2亿美元，比波音747-400多出3百万美元。';
    expect(mismatches('en', zh, 'The aircraft will cost around $200 million, $3 million more than a Boeing 747-400.')).toEqual([]);
    expect(mismatches('ru', zh, 'Самолёт будет стоить около 200 млн долларов, на 3 млн больше, чем Boeing 747-400.')).toEqual([]);
    expect(mismatches('en', zh, 'The aircraft will cost around $200 million, $4 million more than a Boeing 747-400.')).toHaveLength(1);
  });
  it('reads 数以百万计 as "countless", with no figure to require', () => {
    expect(mismatches('ru', '有数以百万计的服务器安装了该软件。', 'Его установили на бесчисленное количество серверов.')).toEqual([]);
  });
  it('accepts "centuries" and «веками» for 数百年 / 几百年, and "millennia" for 数千年', () => {
    expect(mismatches('en', '虽然也是不做声，却是有着几百年的大事在酝酿的。', 'Though neither said a word, centuries of anticipation were brewing inside them.')).toEqual([]);
    expect(mismatches('ru', '这座城市数百年来一直是贸易中心。', 'Этот город веками был центром торговли.')).toEqual([]);
    expect(mismatches('en', '人类数千年来一直在观察星空。', 'People have watched the stars for millennia.')).toEqual([]);
    expect(mismatches('en', '这座城市数百年来一直是贸易中心。', 'The city has been a trading hub for decades.')).toHaveLength(1);
    expect(mismatches('ru', '这座城市数百年来一直是贸易中心。', 'Этот город был центром торговли, где жил каждый человек.')).toHaveLength(1);
  });
});

describe('numbers.mismatch on "N及N以上"', () => {
  it('reads 3 件及 3 件以上 as "3 or more", one figure said twice', () => {
    expect(mismatches('en', '通常 3 件及 3 件以上的商品可以获得折扣。', 'Usually starting at 3 or more items to gain the discount.')).toEqual([]);
    expect(mismatches('ru', '年满18岁及18岁以上的公民享有选举权。', 'Право голоса имеют граждане, достигшие 18 лет.')).toEqual([]);
    expect(mismatches('en', '通常 3 件及 3 件以上的商品可以获得折扣。', 'Usually starting at 4 or more items to gain the discount.')).toHaveLength(1);
    // Two figures that only happen to be equal are both required.
    expect(mismatches('ru', '正面：1 个大口袋和 1 个拉链口袋', 'Передняя часть: большой карман и 1 карман на молнии')).toHaveLength(1);
  });
});

describe('numbers.mismatch on 双', () => {
  const MOONS = '汤米·追梦儿说：“露娜是首位至尊女王，我的第一任经理人。露娜在双月之夜去世。”';
  const LEGS = '人们在 420 万至 390 万年前的南方古猿化石中发现了双足特化的现象，尽管乍得沙赫人可能早在 700 万年前就已经用双腿行走了。';
  it('takes 双 as "two", never as the rank "second"', () => {
    expect(mismatches('en', MOONS, 'Tommy Dreamer said "Luna was the first Queen of Extreme. My first manager. Luna passed away on the night of two moons."')).toEqual([]);
    expect(mismatches('en', MOONS, 'Tommy Dreamer said "Luna was the second Queen of Extreme. My first manager. Luna passed away on the night of two moons."')).toHaveLength(1);
    expect(mismatches('ru', MOONS, 'Томми Дример сказал: «Луна стала второй Королевой Экстрима. Она была моим первым менеджером. Луна ушла из жизни в ночь двух лун».')).toHaveLength(1);
  });
  it('counts two with 双 before a body part (双腿), and nothing with 双方 or 双边', () => {
    expect(mismatches('ru', LEGS, 'Бипедальные специализации обнаруживаются в останках австралопитеков 4,2–3,9 миллионов лет назад, хотя сахелантроп ходил на двух ногах уже 7 миллионов лет назад.')).toEqual([]);
    expect(mismatches('ru', LEGS, 'Бипедальные специализации обнаруживаются в останках австралопитеков 4,2–3,9 миллионов лет назад, хотя сахелантроп ходил на двадцати ногах уже 7 миллионов лет назад.')).toHaveLength(1);
    // "the sides" for 双方 beside a number word the source has no numeral for: 双方 counts nothing.
    expect(mismatches('ru', '双方将加强双边合作。', 'Стороны будут укреплять сотрудничество по семи направлениям.')).toEqual([]);
    expect(mismatches('en', '他用双手捧着书。', 'He held the book in both hands.')).toEqual([]);
  });
});

describe('numbers.mismatch on 数以万计 and 成千上万', () => {
  it('accepts the scale or "countless", and reports another scale', () => {
    const zh = '数以万计的外国武装分子的存在使这个国家成为一个火药桶。';
    expect(mismatches('ru', zh, 'Присутствие десятков тысяч иностранных бойцов превратило страну в пороховую бочку.')).toEqual([]);
    expect(mismatches('en', zh, 'The presence of countless foreign fighters has turned the country into a powder keg.')).toEqual([]);
    expect(mismatches('ru', zh, 'Присутствие десятков миллионов иностранных бойцов превратило страну в пороховую бочку.')).toHaveLength(1);
    const zh2 = '成千上万的人为了争夺西安豪华宫殿最高的权力而死去。';
    expect(mismatches('ru', zh2, 'Тысячи людей погибли, сражаясь за место на троне в Сиане.')).toEqual([]);
    expect(mismatches('ru', zh2, 'Миллиарды людей погибли, сражаясь за место на троне в Сиане.')).toHaveLength(1);
  });
});

describe('numbers.mismatch on 二战 and 三维', () => {
  it('reads 二战 as the rank of a world war and 三维 as a count of dimensions', () => {
    const zh = '中左翼政治家肖尔茨成为二战后德国第九位总理。';
    expect(mismatches('ru', zh, 'Шольц стал девятым канцлером Германии после Второй мировой войны.')).toEqual([]);
    expect(mismatches('en', zh, 'Scholz became the ninth chancellor of Germany since World War II.')).toEqual([]);
    expect(mismatches('ru', zh, 'Шольц стал девятым канцлером Германии после Шестой мировой войны.')).toHaveLength(1);
    const zh3 = '该控制器使用两个传感器来对其在三维空间中的位置进行三角测量。';
    expect(mismatches('en', zh3, 'The controller uses two sensors to triangulate its position in three-dimensional space.')).toEqual([]);
    expect(mismatches('en', zh3, 'The controller uses two sensors to triangulate its position in 3D space.')).toEqual([]);
    expect(mismatches('en', zh3, 'The controller uses two sensors to triangulate its position in thirty-dimensional space.')).toHaveLength(1);
  });
});

describe('numbers.mismatch on "N多" (more than N)', () => {
  it('scales 四十多万 and 三千多万 by the unit after 多', () => {
    expect(mismatches('en', '该地区有四十多万人受灾。', 'More than 400,000 people in the region were affected.')).toEqual([]);
    expect(mismatches('ru', '该地区有四十多万人受灾。', 'Пострадали более 400 тысяч человек.')).toEqual([]);
    expect(mismatches('en', '该市有三千多万人口。', 'The city has a population of over 30 million.')).toEqual([]);
    expect(mismatches('en', '该地区有四十多万人受灾。', 'More than 40,000 people in the region were affected.')).toHaveLength(1);
  });
  it('lets the next step explain a figure: 20 多岁 is "20 to 30"', () => {
    expect(mismatches('ru', '报道称他年仅 20 多岁。', 'По сообщениям ему было от 20-ти до 30-ти лет.')).toEqual([]);
    expect(mismatches('en', '报道称他年仅二十多岁。', 'He was reportedly between 20 and 30 years old.')).toEqual([]);
    expect(mismatches('ru', '报道称他年仅 20 多岁。', 'По сообщениям ему было от 20-ти до 40-ка лет.')).toHaveLength(1);
  });
});

describe('numbers.mismatch on decimals in Chinese numerals and names with figures in the source', () => {
  it('reads 百分之零点七, 六点五 and 一点五亿 as 0.7 %, 6.5 and 150 million; 九点零五分 stays a clock time', () => {
    const zh = '重申发达国家承诺将国民总收入的百分之零点七用于官方发展援助。';
    expect(mismatches('en', zh, 'Reaffirming the commitment to provide 0.7 per cent of gross national income as official development assistance.')).toEqual([]);
    expect(mismatches('ru', zh, 'Вновь подтверждая обязательство выделять 0,7 процента валового национального дохода на официальную помощь в целях развития.')).toEqual([]);
    expect(mismatches('en', zh, 'Reaffirming the commitment to provide 0.5 per cent of gross national income as official development assistance.')).toHaveLength(1);
    expect(mismatches('en', '国内生产总值增长百分之六点五，约一点五亿人受益。', 'GDP grew by 6.5 per cent, benefiting some 150 million people.')).toEqual([]);
    expect(mismatches('en', '会议九点零五分开始。', 'The meeting began at 9.05.')).toEqual([]);
    expect(mismatches('en', '化妆师的手法让她一点一点变得不是自己。', 'The makeup man gradually transformed her into someone else.')).toEqual([]);
    // A size: the 12 of 16x12 is a figure, not part of a name.
    expect(mismatches('en', '16x12" 的小尺寸照片', 'small photos up to 16 × inches')).toHaveLength(1);
  });
  it('takes a figure joined to Latin letters in the source (COVID-19) as part of a name', () => {
    const zh = '2019冠状病毒病（COVID-19）大流行';
    expect(mismatches('en', zh, 'the coronavirus disease (COVID-19) pandemic')).toEqual([]);
    expect(mismatches('ru', zh, 'пандемия коронавирусного заболевания (COVID-19)')).toEqual([]);
    expect(mismatches('en', zh, 'the coronavirus disease 2020 pandemic')).toHaveLength(1);
  });
});

describe('numbers.mismatch on a source that glosses its own English quotation', () => {
  const zh = '《独立宣言》背面写着“Original Declaration of Independence dated 4th July 1776（《独立宣言》原件，1776 年 7 月 4 日）”的字样。';
  it('does not require the gloss to repeat the quotation’s figures', () => {
    expect(mismatches('en', zh, 'Written on the back of the Declaration of Independence were the words "Original Declaration of Independence dated 4th July 1776".')).toEqual([]);
    expect(mismatches('ru', zh, 'На обратной стороне Декларации независимости написано: «Настоящая Декларация независимости подписана 4 июля 1776 года».')).toEqual([]);
    expect(mismatches('en', zh, 'Written on the back of the Declaration of Independence were the words "Original Declaration of Independence dated 4th July 1767".')).toHaveLength(1);
    // A bracket after Chinese text is no gloss: both figures are required.
    expect(mismatches('en', '会议于1776年举行（1776年7月4日）。', 'The meeting was held on 4 July 1776.')).toHaveLength(1);
  });
});
