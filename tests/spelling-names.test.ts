/**
 * Probable names in the spelling check: a capitalised word inside a sentence whose source names
 * someone in transliteration is reported as information without suggestions; the same word at a
 * sentence's start, or beside a source with no transliterated name, stays a warning. One rule
 * (core/spelling/probable-name.ts), which the speller applies to each misspelling, so the editor's
 * live spelling (the worker's `spell` answer) and the check read the same field.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { hasTransliteratedName } from '../core/align/verdict/source-words';
import { runChecks } from '../core/qa';
import { createSpeller, isInnerCapitalised, isProbableName } from '../core/spelling';
import { withoutRegionNames } from '../core/spelling/region-names';
import type { SpellChecker } from '../core/spelling';
import { loadSpellChecker } from '../services/spelling/dictionaries';
import { makeProject } from './fixtures/qa/make-project';

let us: SpellChecker;
let ru: SpellChecker;
beforeAll(async () => {
  [us, ru] = await Promise.all([loadSpellChecker('en-US'), loadSpellChecker('ru')]);
}, 30_000);

const spelling = (beads: Parameters<typeof makeProject>[0]) =>
  runChecks(makeProject(beads), { speller: createSpeller({ checkers: { en: us, ru } }) })
    .filter((f) => f.check === 'spelling.misspelling')
    .map((f) => [f.lang, f.severity, (f.suggestions?.length ?? 0) > 0, f.message]);

describe('probable names in the spelling check', () => {
  it('tells a transliterated name in the source', () => {
    expect(hasTransliteratedName('美国总统特朗普周二表示')).toBe(true);
    expect(hasTransliteratedName('拜登')).toBe(true);
    expect(hasTransliteratedName('双方强调维护全球战略稳定')).toBe(false);
    // The name separator alone is no name.
    expect(hasTransliteratedName('习近平·')).toBe(false);
  });

  it('tells a capitalised word inside a sentence from the first word of one', () => {
    const text = 'Президент Трамп заявил. Сундарбан — лес. «Гиза» и (Хеопс)';
    const at = (w: string) => isInnerCapitalised(text, text.indexOf(w), w);
    expect(at('Трамп')).toBe(true);
    expect(at('Президент')).toBe(false);
    expect(at('Сундарбан')).toBe(false);
    expect(at('Хеопс')).toBe(true);
    expect(isInnerCapitalised('Он сказал: Трамп', 11, 'Трамп')).toBe(false);
    expect(isInnerCapitalised('и трамп', 2, 'трамп')).toBe(false);
    expect(isInnerCapitalised('и NASA', 2, 'NASA')).toBe(false);
  });

  it('calls a capitalised word inside a sentence a name only beside a transliterated name in the source', () => {
    const text = 'Трамп заявил, что Байден и конгресмен Пелоси правы.';
    const name = (word: string, source: string) => isProbableName(text, { word, start: text.indexOf(word) }, source);
    const withName = '特朗普表示，拜登和国会议员佩洛西是对的。';
    const withoutName = '总统表示，两位议员是对的。';
    expect(name('Байден', withName)).toBe(true);
    expect(name('Пелоси', withName)).toBe(true);
    // The first word of the sentence: its capital says nothing.
    expect(name('Трамп', withName)).toBe(false);
    // A lower-case typo is a typo whatever the source.
    expect(name('конгресмен', withName)).toBe(false);
    // No transliterated name in the source: a capitalised unknown word stays a possible typo.
    expect(name('Байден', withoutName)).toBe(false);
    expect(name('Байден', '')).toBe(false);
  });

  it('marks each misspelling the speller finds, so the editor gets the verdict from the worker', () => {
    const speller = createSpeller({ checkers: { en: us, ru } });
    const found = (text: string, lang: 'en' | 'ru', source: string) => speller.misspellings(text, lang, source).map((m) => [m.word, m.probableName]);
    expect(found('Former President Obamma met the goverment.', 'en', '前总统奥巴马会见了政府。')).toEqual([['Obamma', true], ['goverment', false]]);
    expect(found('Former President Obamma met the goverment.', 'en', '前总统会见了政府。')).toEqual([['Obamma', false], ['goverment', false]]);
    expect(found('Обамма встретился с правительством.', 'ru', '奥巴马会见了政府。')).toEqual([['Обамма', false]]);
  });

  it('reports a name inside a sentence as information with no suggestions, and a typo beside it as a warning', () => {
    expect(spelling({ ru: [['美国总统特朗普周二在白宫表示。', 'Президент США Трамп заявил во втроник в Белом доме.']] })).toEqual([
      ['ru', 'info', false, 'Unknown word “Трамп”, probably a name (the source has a transliterated one); add it to the team dictionary once checked.'],
      ['ru', 'warning', true, expect.stringMatching(/^Unknown word “втроник”; did you mean “вторник”\?$/)],
    ]);
    expect(spelling({ en: [['前总统奥巴马周二表示。', 'Former President Obamma said on Tuesday.']] })).toEqual([
      ['en', 'info', false, expect.stringContaining('“Obamma”, probably a name')],
    ]);
  });

  it('keeps a warning at a sentence start and where the source names nobody in transliteration', () => {
    expect(spelling({ ru: [['特朗普周二表示。', 'Трамп заявил во вторник.']] }).map((f) => f.slice(0, 2))).toEqual([['ru', 'warning']]);
    // A capitalised typo in an institution's name: the source has no transliterated name.
    expect(spelling({ ru: [['联合国安理会通过决议。', 'Совет Безопастности ООН принял резолюцию.']] }).map((f) => f.slice(0, 2))).toEqual([['ru', 'warning']]);
  });
});

describe('speaker labels of press conferences and interviews', () => {
  it('calls the capitalised unknown words of the label that opens a turn probable names, whatever the source', () => {
    expect(spelling({ en: [['彭博社记者：第二个问题。', 'Bloomberg: A second question.']] })).toEqual([
      ['en', 'info', false, 'Unknown word “Bloomberg”, probably a name (it labels who speaks); add it to the team dictionary once checked.'],
    ]);
    expect(spelling({ ru: [['法新社记者：中方对此有何回应？', 'Агентство Франс Пресс: Как на это отреагирует Китай?']] })).toEqual([
      ['ru', 'info', false, expect.stringContaining('“Франс”, probably a name (it labels who speaks)')],
    ]);
    expect(spelling({ en: [['共同社记者：谢谢。', 'Kyodo News: Thank you.']] }).map((f) => f.slice(0, 2))).toEqual([['en', 'info']]);
  });

  it('keeps a warning for a typo after the label, a lower-case typo in it, and a capitalised word with no label', () => {
    expect(spelling({ en: [['彭博社记者：第二个问题。', 'Bloomberg: A secnod question.']] }).map((f) => [f[1], f[3]])).toEqual([
      ['info', expect.stringContaining('“Bloomberg”')],
      ['warning', expect.stringContaining('“secnod”')],
    ]);
    expect(spelling({ en: [['彭博社记者提问。', 'Bloomberg asked a question.']] }).map((f) => f.slice(0, 2))).toEqual([['en', 'warning']]);
    // A colon after five words or more is a sentence, not a label.
    expect(spelling({ en: [['他说了这样一番话。', 'He said these words to Bloomberg: thanks.']] }).map((f) => f.slice(0, 2))).toEqual([['en', 'warning']]);
  });
});

describe('country and region names in the source are no transliterated name', () => {
  it('leaves out the names CLDR gives countries, territories and world regions, longest first', () => {
    const un = '俄罗斯联邦、乌克兰、意大利和亚美尼亚代表在安全理事会发言。';
    // Each of these names is a run of transliteration characters (罗斯, 乌克兰, 意大利, 亚美尼亚)…
    expect(hasTransliteratedName(un)).toBe(true);
    // …and none is left once the region names are out.
    expect(hasTransliteratedName(withoutRegionNames(un))).toBe(false);
    expect(withoutRegionNames('俄罗斯联邦')).toBe(' 联邦');
    // Longest first: 南非 is not cut out of 南非 as 南 + 非; 中非 (Central Africa) is a region of its own.
    expect(withoutRegionNames('南非和中非共和国')).toBe(' 和 ');
    // A world region (UN M.49) and a territory.
    expect(hasTransliteratedName(withoutRegionNames('拉丁美洲和加勒比地区以及波多黎各'))).toBe(false);
    // The space keeps the neighbours apart: no new run is made of the characters either side.
    expect(hasTransliteratedName(withoutRegionNames('安意大利斯'))).toBe(false);
  });

  it('keeps person names, also beside a country, and a name joined by the interpunct', () => {
    expect(hasTransliteratedName(withoutRegionNames('美国总统特朗普与俄罗斯代表会晤'))).toBe(true);
    expect(hasTransliteratedName(withoutRegionNames('美国总统拜登'))).toBe(true);
    // 多米尼克 is Dominica in CLDR, but joined by · it is Dominic (Cummings), a person.
    expect(withoutRegionNames('顾问多米尼克·卡明斯表示')).toBe('顾问多米尼克·卡明斯表示');
    expect(withoutRegionNames('多米尼克代表表示')).toBe(' 代表表示');
  });

  it('reports a capitalised typo in a UN-style sentence about a country as a warning with suggestions', () => {
    const ru = spelling({ ru: [['俄罗斯联邦代表在安全理事会发言。', 'Представитель Российской Федерации выступил в Совете Безопастности.']] });
    expect(ru).toEqual([['ru', 'warning', true, expect.stringContaining('“Безопастности”; did you mean')]]);
    const en = spelling({ en: [['俄罗斯联邦和意大利代表在安全理事会发言。', 'The representatives of the Russian Federation and Italy spoke in the Secuirty Council.']] });
    expect(en).toEqual([['en', 'warning', true, expect.stringContaining('“Secuirty”; did you mean')]]);
  });

  it('still calls the name beside a person in transliteration a probable name, and a typo in the same sentence too', () => {
    expect(spelling({ ru: [['俄罗斯外长与美国总统特朗普会晤。', 'Министр иностранных дел России встретился с президентом США Трампом.']] })).toEqual([
      ['ru', 'info', false, expect.stringContaining('“Трампом”, probably a name')],
    ]);
    // The rule reads the source per sentence: it cannot tell which capitalised word renders 特朗普, so
    // the typo beside the name is information too (shown, without suggestions) rather than the name a warning.
    expect(spelling({ ru: [['俄罗斯外长与特朗普在安全理事会会晤。', 'Министр России встретился с Трампом в Совете Безопастности.']] })).toEqual([
      ['ru', 'info', false, expect.stringContaining('“Трампом”, probably a name')],
      ['ru', 'info', false, expect.stringContaining('“Безопастности”, probably a name')],
    ]);
  });
});
