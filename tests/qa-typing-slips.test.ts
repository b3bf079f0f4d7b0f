/**
 * Slips a reviewer finds in a published draft and every tool after us trips on: a letter from the
 * other keyboard layout, a mark glued to the next word, a mark typed twice. Sentences from the
 * joint statement of samples/ (English and Russian), each slip planted as a reviewer meets it.
 */
import { describe, expect, it } from 'vitest';
import { runChecks } from '../core/qa';
import type { Finding } from '../core/qa';
import { createSpeller } from '../core/spelling';
import { loadSpellChecker } from '../services/spelling/dictionaries';
import { makeProject } from './fixtures/qa/make-project';
import type { BeadSpec } from './fixtures/qa/make-project';

const ZH = '两国元首在莫斯科举行正式会谈，共同签署并发表本联合声明。';
const EN = 'The two heads of state held official talks in Moscow and jointly signed and issued this Joint Statement.';
const RU = 'Главы двух государств провели в Москве официальные переговоры, подписали и опубликовали настоящее Совместное заявление.';
const ZH_VISIT = '应俄罗斯联邦总统普京邀请，中华人民共和国主席习近平于2025年5月7日至10日对俄罗斯联邦进行国事访问。';
const EN_VISIT = 'At the invitation of President of the Russian Federation Vladimir Putin, President of the People’s Republic of China Xi Jinping paid a state visit to the Russian Federation from May 7 to 10, 2025.';

function check(id: string, lang: 'en' | 'ru', beads: BeadSpec[]): Finding[] {
  return runChecks(makeProject({ [lang]: beads })).filter((f) => f.check === id);
}

const textAt = (f: Finding, text: string) => text.slice(f.target!.range!.start, f.target!.range!.end);

describe('characters.mixed-script', () => {
  it('a Latin letter in a Russian word, and a Cyrillic one in an English word, each with the word in one script', () => {
    const ru = RU.replace('Москве', 'Mоскве');
    const [f, ...rest] = check('characters.mixed-script', 'ru', [[ZH, ru]]);
    expect(rest).toEqual([]);
    expect(textAt(f!, ru)).toBe('Mоскве');
    expect(f!.message).toContain('Latin M');
    expect(f!.suggestions).toEqual(['Москве']);
    const en = EN.replace('Moscow', 'Mosсow'); // Cyrillic с
    const [g] = check('characters.mixed-script', 'en', [[ZH, en]]);
    expect(g!.message).toContain('Cyrillic с');
    expect(g!.suggestions).toEqual(['Moscow']);
  });

  it('is reported once, by this check: the speller leaves a mixed word to it', async () => {
    const speller = createSpeller({ checkers: { ru: await loadSpellChecker('ru') } });
    const project = makeProject({ ru: [[ZH, RU.replace('Москве', 'Mоскве').replace('переговоры', 'перегoворы').replace('подписали', 'подписалм')]] });
    const found = runChecks(project, { speller }).filter((f) => f.check === 'spelling.misspelling' || f.check === 'characters.mixed-script');
    expect(found.map((f) => [f.check, f.message.slice(0, 12)])).toEqual([
      ['characters.mixed-script', '“Mоскве” mix'],
      ['characters.mixed-script', '“перегoворы”'],
      ['spelling.misspelling', 'Unknown word'],
    ]);
  }, 30_000);

  it('a stray letter with no look-alike is still reported, with no one-script spelling offered', () => {
    const [f] = check('characters.mixed-script', 'ru', [[ZH, RU.replace('Москве', 'Мосkwе')]]);
    expect(f!.suggestions).toBeUndefined();
  });

  it('words of one script each stand: Latin names and abbreviations in Russian, joined by a hyphen or not', () => {
    const fine = ['Стороны обсудили работу БРИКС и ШОС, а также IT-компаний и iPhone-ов.', 'Г-н Путин встретился с CEO компании Apple.', RU];
    for (const ru of fine) expect(check('characters.mixed-script', 'ru', [[ZH, ru]]), ru).toEqual([]);
    expect(check('characters.mixed-script', 'en', [[ZH, 'The term «БРИКС» is used in the Russian text.']])).toEqual([]);
  });
});

describe('spacing.after-punctuation', () => {
  it('a stop glued to the next sentence, and a comma glued to the next word', () => {
    const en = EN_VISIT.replace('2025.', '2025.The two sides met.').replace('Putin, President', 'Putin,President');
    const found = check('spacing.after-punctuation', 'en', [[ZH_VISIT, en]]);
    expect(found.map((f) => textAt(f, en))).toEqual([',', '.']);
    expect(found[0]!.message).toContain('“Putin,President”');
    const ru = 'Визит состоялся 7–10 мая 2025 года.Главы двух государств провели переговоры;стороны подписали заявление,а также коммюнике.';
    expect(check('spacing.after-punctuation', 'ru', [[ZH_VISIT, ru]])).toHaveLength(3);
    expect(check('spacing.after-punctuation', 'en', [[ZH_VISIT, 'In the foggy dawn,I left.']])).toHaveLength(1);
  });

  it('decimals, thousands, times, abbreviations with inner stops, addresses and code stand', () => {
    const fine = [
      'Trade grew by 3.5 per cent to 1,000 billion yuan at 10:30 a.m. in the U.S. and the U.K., at x,y and (e.g.Christmas).',
      'See www.mid.ru or https://www.fmprc.gov.cn/eng,and write to info@un.org.',
      'The Ph.D. programme uses ASP.NET and Vue.js, run as `node.Main` in St. Petersburg.',
      EN_VISIT,
    ];
    for (const en of fine) expect(check('spacing.after-punctuation', 'en', [[ZH_VISIT, en]]), en).toEqual([]);
    const ru = 'Товарооборот вырос на 3,5 % , т.е. до 1.000 млрд руб., и т.д.';
    expect(check('spacing.after-punctuation', 'ru', [[ZH_VISIT, ru]])).toEqual([]);
  });
});

describe('punctuation.doubled', () => {
  it('a mark typed twice, two marks where one belongs, a doubled stop', () => {
    const en = 'The two sides held talks,, signed the statement.; and issued it..';
    expect(check('punctuation.doubled', 'en', [[ZH, en]]).map((f) => textAt(f, en))).toEqual([',,', '.;', '..']);
    // After a capitalised word too: an abbreviation is one of the list, not any capitalised word.
    const names = 'Warnings went out from the PTWC., towards the Middle East.; and to Apple Inc..';
    expect(check('punctuation.doubled', 'en', [[ZH, names]]).map((f) => textAt(f, names))).toEqual(['.,', '.;', '..']);
    const ru = 'Главы двух государств провели переговоры,. подписали заявление на Auctiva.com.;';
    expect(check('punctuation.doubled', 'ru', [[ZH, ru]]).map((f) => textAt(f, ru))).toEqual([',.', '.;']);
  });

  it('an ellipsis, emphasis and an abbreviation’s stop before another mark stand', () => {
    const fine = ['They talked about trade, energy, etc., and signed... what?!', 'Sales rose at Apple Inc.; its U.S. arm, at 5 p.m., grew.', 'Wait.... Really??', 'He hired a programmer in Santa Clara, Calif., first.'];
    for (const en of fine) expect(check('punctuation.doubled', 'en', [[ZH, en]]), en).toEqual([]);
    const ru = 'Товарооборот превысил 240 млрд долл., т.е. вырос, и т.д.; стороны довольны (James et al., 1995).';
    expect(check('punctuation.doubled', 'ru', [[ZH, ru]])).toEqual([]);
  });
});

describe('numbers.currency', () => {
  const ZH_TRADE = '2024年，双边贸易额达到2450亿美元，同比增长1.5%。';
  const ZH_AID = '中方向灾区提供了5000万元人民币的紧急人道主义援助。';

  it('a sum in another currency than the source’s, in English and Russian', () => {
    const en = 'In 2024, bilateral trade reached 245 billion yuan, up 1.5% year on year.';
    const [f, ...rest] = check('numbers.currency', 'en', [[ZH_TRADE, en]]);
    expect(rest).toEqual([]);
    expect(textAt(f!, en)).toBe('yuan');
    expect(f!.message).toContain('US dollars');
    const ru = 'Китайская сторона предоставила пострадавшим районам гуманитарную помощь в размере 50 млн долларов США.';
    expect(check('numbers.currency', 'ru', [[ZH_AID, ru]]).map((g) => textAt(g, ru))).toEqual(['долларов США']);
  });

  it('the same currency in any of its names stands, and so does a conversion the translation adds or drops', () => {
    const fine: Array<[string, string, 'en' | 'ru']> = [
      [ZH_TRADE, 'In 2024, bilateral trade reached $245 billion, up 1.5% year on year.', 'en'],
      [ZH_TRADE, 'В 2024 году товарооборот достиг 245 млрд долл. США.', 'ru'],
      [ZH_AID, 'China provided 50 million yuan (RMB) in emergency humanitarian aid.', 'en'],
      [ZH_AID, 'Китай предоставил помощь на 50 млн юаней (около 7 млн долларов США).', 'ru'],
      ['项目总投资约合10亿美元。', 'The project’s total investment is about 7 billion yuan (USD 1 billion).', 'en'],
      ['两国元首举行会谈。', 'The heads of state, who won the election, met for talks on the dollar.', 'en'],
    ];
    for (const [zh, text, lang] of fine) expect(check('numbers.currency', lang, [[zh, text]]), text).toEqual([]);
  });
});

describe('numbers.currency, one sum of several', () => {
  // FLORES/WMT22-style: two sums in US dollars, the first given in yuan; dollars are still in the bead.
  const ZH_SALE = '美国国防安全合作局周五表示，它已经批准以69亿美元的价格出售四艘护卫舰，以及另一项价值25亿美元的计划。';
  it('the sum whose currency changed is reported, the other stands', () => {
    const en = 'The agency approved the sale of four frigates for 6.9 billion yuan, and another programme worth $2.5 billion.';
    expect(check('numbers.currency', 'en', [[ZH_SALE, en]]).map((f) => textAt(f, en))).toEqual(['yuan']);
    const ru = 'Агентство одобрило продажу четырех фрегатов за 6,9 миллиарда юаней, а также программу на 2,5 миллиарда долларов США.';
    expect(check('numbers.currency', 'ru', [[ZH_SALE, ru]]).map((f) => textAt(f, ru))).toEqual(['юаней']);
  });

  it('a conversion the translation adds beside the sum stands', () => {
    const zh = '中方提供了5000万元人民币和100万美元的援助。';
    const en = 'China provided 50 million yuan (about 7 million dollars) and 1 million dollars in aid.';
    expect(check('numbers.currency', 'en', [[zh, en]])).toEqual([]);
  });
});
