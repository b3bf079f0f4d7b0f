import { beforeAll, describe, expect, it } from 'vitest';
import type { TermBase } from '../core/glossary/types';
import { findingsForExport } from '../core/formats/qa-findings';
import { buildReport, renderHtmlReport, renderJsonReport, renderTextReport, runChecks } from '../core/qa';
import { createSpeller, glossaryTargetWords, parseWordList, serializeWordList, spellTokens } from '../core/spelling';
import type { SpellChecker, Speller } from '../core/spelling';
import { endsWithAbbreviation, isAbbreviation, opensSentence } from '../core/spelling/abbreviations';
import { loadSpellChecker } from '../services/spelling/dictionaries';
import { makeAlignment, makeDoc, makeProject } from './edit-helpers';

/** Real Hunspell dictionaries (dictionary-en, dictionary-en-gb, dictionary-ru through hunspell-asm). */
let us: SpellChecker;
let gb: SpellChecker;
let ru: SpellChecker;
beforeAll(async () => {
  [us, gb, ru] = await Promise.all([loadSpellChecker('en-US'), loadSpellChecker('en-GB'), loadSpellChecker('ru')]);
}, 30_000);

const words = (speller: Speller, text: string, lang: 'en' | 'ru', source?: string) => speller.misspellings(text, lang, source).map((m) => m.word);

/** A one-concept term base: 月港 → "moonport" / «лунопорт», words no dictionary knows. */
const MOONPORT: TermBase = {
  concepts: [
    {
      id: 'moonport',
      origin: { file: 'test.csv', line: 2 },
      terms: [
        { lang: 'zh', status: 'preferred', text: '月港' },
        { lang: 'en', status: 'preferred', text: 'moonport' },
        { lang: 'ru', status: 'preferred', text: 'лунопорт' },
        { lang: 'ru', status: 'preferred', text: 'ядерная держава' },
      ],
    },
  ],
};

describe('spelling: misspellings and their suggestions', () => {
  it('finds a misspelling in English and in Russian, with the right correction first', () => {
    const speller = createSpeller({ checkers: { en: us, ru } });
    const en = speller.misspellings('The two sides support the goverment of the region.', 'en');
    expect(en.map((m) => m.word)).toEqual(['goverment']);
    expect('The two sides support the goverment of the region.'.slice(en[0]!.start, en[0]!.end)).toBe('goverment');
    expect(speller.suggestions('goverment', 'en')[0]).toBe('government');
    expect(words(speller, 'Стороны подтверждают важность стратегичесой стабильности.', 'ru')).toEqual(['стратегичесой']);
    expect(speller.suggestions('стратегичесой', 'ru')[0]).toBe('стратегической');
  });

  it('follows the English variant: en-US flags "colour", en-GB flags "color"', () => {
    const text = 'The colour and the color.';
    expect(words(createSpeller({ checkers: { en: us } }), text, 'en')).toEqual(['colour']);
    expect(words(createSpeller({ checkers: { en: gb } }), text, 'en')).toEqual(['color']);
  });

  it('reports only the unknown part of a hyphenated word, at its own offsets', () => {
    const speller = createSpeller({ checkers: { en: us } });
    const text = 'A well-known goverment-led effort.';
    const found = speller.misspellings(text, 'en');
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['goverment']);
  });
});

describe('spelling: what is never flagged', () => {
  it('glossary words in any inflected form, and only with the glossary', () => {
    const text = 'Лунопортами управляют ядерными державами, а moonports растут.';
    const bare = createSpeller({ checkers: { en: us, ru } });
    expect(words(bare, text, 'ru')).toEqual(['Лунопортами', 'moonports']);
    const withGlossary = createSpeller({ checkers: { en: us, ru }, acceptedWords: glossaryTargetWords(MOONPORT) });
    expect(words(withGlossary, text, 'ru')).toEqual([]);
  });

  it('Latin names that also occur in the source sentence', () => {
    const speller = createSpeller({ checkers: { en: us } });
    expect(words(speller, 'The Gazprombank forum opened.', 'en')).toEqual(['Gazprombank']);
    expect(words(speller, 'The Gazprombank forum opened.', 'en', '俄气银行（Gazprombank）论坛开幕。')).toEqual([]);
    // Accented letters belong to the word: the source's Ján Kubiš is found whole, not as J, n, Kubi.
    expect(words(speller, 'The envoy Ján Kubiš resigned.', 'en')).toEqual(['Ján', 'Kubiš']);
    expect(words(speller, 'The envoy Ján Kubiš resigned.', 'en', '联合国特使 Ján Kubiš 辞职。')).toEqual([]);
  });

  it('Chinese names in Pinyin or Palladius, whole or declined; other unknown capitalised words still flagged', () => {
    const speller = createSpeller({ checkers: { en: us, ru } });
    expect(words(speller, "Qingyang and Zhan'ao met Xi-feng and Lü at Peizhen's house in Zhongguancun.", 'en')).toEqual([]);
    expect(words(speller, 'Grannie Liu met Bezos in Qingyng.', 'en')).toEqual(['Grannie', 'Bezos', 'Qingyng']);
    // Plurals and possessives: the Zhous, one another's, Qiyao's; an unknown name's possessive is still unknown.
    expect(words(speller, "The Zhous and the Wangs visited one another's homes with Qiyao's friend and Bezos's.", 'en')).toEqual(["Bezos's"]);
    expect(words(speller, 'Председатель Си Цзиньпин встретился с Ван И и Цинъяном.', 'ru')).toEqual([]);
    expect(words(speller, 'Председатель Си Цзиньпин встретился с Ван И и Чжоу Цинъяном.', 'ru')).toEqual([]);
    expect(words(speller, 'Правительсво Чжоу приняло меры.', 'ru')).toEqual(['Правительсво']);
    // Lower case is a word, not a name.
    expect(words(speller, 'The qingyang forum opened.', 'en')).toEqual(['qingyang']);
  });

  it('the words of United Nations resolutions and reports that the dictionaries lack', () => {
    const speller = createSpeller({ checkers: { en: us } });
    const text = 'Recalling the preambular paragraphs and subparagraphs (a) to (c), the extrabudgetary subprogrammes on peacebuilding, multistakeholder and interregional interlinkages, data disaggregated by sex, operationalized.';
    expect(words(speller, text, 'en')).toEqual([]);
    expect(words(speller, 'The subparagraps of the preambular text.', 'en')).toEqual(['subparagraps']);
    const inRussian = createSpeller({ checkers: { ru } });
    const ruText = 'Генассамблея и Совбез: миростроительство, гендерного равенства, дезагрегированных данных, межучрежденческого взаимодействия, преамбульной части, операционализации и взаимосвязанности.';
    expect(words(inRussian, ruText, 'ru')).toEqual([]);
  });

  it('the words of economic reports that the dictionaries lack (per capita, renminbi)', () => {
    const text = 'Per capita disposable income rose, GDP per capita too; the renminbi held steady under macroprudential rules for fintech firms.';
    expect(words(createSpeller({ checkers: { en: us } }), text, 'en')).toEqual([]);
    expect(words(createSpeller({ checkers: { en: gb } }), text, 'en')).toEqual([]);
    expect(words(createSpeller({ checkers: { en: us } }), 'Income per capitta rose.', 'en')).toEqual(['capitta']);
    const ruText = 'Курс жэньминьби устойчив, макропруденциальные меры распространены на финтех и компании финтеха.';
    expect(words(createSpeller({ checkers: { ru } }), ruText, 'ru')).toEqual([]);
  });

  it('the words of Chinese government work reports and news agency copy that the dictionaries lack', () => {
    const ruText =
      'Пекин, 5 марта /Синьхуа/ -- Сессия Всекитайского собрания народных представителей открылась; премьер Госсовета КНР выступил с докладом. ' +
      'ВВП вырос на 5 проц., безработица составила 5,1 проц.; «Жэньминь жибао» пишет о цифровизации, низкоуглеродном развитии, антикоррупционной работе, ' +
      'энергопереходе, экологизации, импортозамещении, госзакупках и госзакупок, госуправлении, нацбезопасности, соцобеспечении, погранпереходах и беспилотниках, ' +
      'а Совфед и общекитайские органы — о нем же.';
    expect(words(createSpeller({ checkers: { ru } }), ruText, 'ru')).toEqual([]);
    // A misspelt stem is still one, and «проц» needs its stop.
    expect(words(createSpeller({ checkers: { ru } }), 'Госсавет и рост на 5 проц за год.', 'ru')).toEqual(['Госсавет', 'проц']);
    const enText = 'Decarbonization, digitalization and de-risking in megacities; digitalisation and decarbonisation; the Sinicization of religion; interconnectivity.';
    expect(words(createSpeller({ checkers: { en: us } }), enText, 'en')).toEqual([]);
    expect(words(createSpeller({ checkers: { en: us } }), 'Decarbonisaton and interconectivity.', 'en')).toEqual(['Decarbonisaton', 'interconectivity']);
  });

  it('Russian adjectives and participles written solid with не-, but not a verb or a misspelt stem', () => {
    const speller = createSpeller({ checkers: { ru } });
    const text = 'Несамоуправляющиеся территории, неполитического характера, на нефальсифицированных выборах, с неполитическим мотивом, несрочная помощь.';
    expect(words(speller, text, 'ru')).toEqual([]);
    // A verb or gerund takes не as a separate word, also when it ends like an adjective (зная, знаем,
    // говорим); a misspelt adjective stays misspelt behind не-.
    const wrong = 'Комитет незнает, мы незнаем и неговорим, незная о неполитичекого характере.';
    expect(words(speller, wrong, 'ru')).toEqual(['незнает', 'незнаем', 'неговорим', 'незная', 'неполитичекого']);
  });
  it('numbers, URLs, e-mail addresses, tags, placeholders and words with digits', () => {
    const speller = createSpeller({ checkers: { en: us } });
    const text = 'See https://examplx.org/qwzx or write to qwzx@examplx.org <b class="qwzx">now</b> {1} %s in 2025, 5G and COVID-19 too.';
    expect(words(speller, text, 'en')).toEqual([]);
    expect(spellTokens(text).map((t) => t.word)).toEqual(['See', 'or', 'write', 'to', 'now', 'in', 'and', 'too']);
  });

  it('all-capital abbreviations unless the project asks for them', () => {
    expect(words(createSpeller({ checkers: { en: us } }), 'The QWZX summit.', 'en')).toEqual([]);
    expect(words(createSpeller({ checkers: { en: us }, skipAllCaps: false }), 'The QWZX summit.', 'en')).toEqual(['QWZX']);
  });

  it('words of the team dictionary or ignore list, inflected too; other scripts are judged by their own dictionary', () => {
    const speller = createSpeller({ checkers: { en: us, ru }, acceptedWords: ['Цзиньпин', 'Jinping'] });
    expect(words(speller, 'Председатель Си Цзиньпин и визит Си Цзиньпина.', 'ru')).toEqual([]);
    expect(words(speller, 'President Xi Jinping’s visit.', 'en')).toEqual([]);
    expect(words(speller, 'Визит в Shanghia.', 'ru')).toEqual(['Shanghia']);
    expect(words(createSpeller({ checkers: { en: us } }), 'Визит в Шанхйа and Shanghia.', 'en')).toEqual(['Shanghia']);
  });
});

describe('spelling: abbreviations before their full stop', () => {
  it('accepts Russian abbreviations of UN texts with the stop and flags them without it', () => {
    const speller = createSpeller({ checkers: { ru } });
    const text = 'Резолюция от 25 сент. 2015 г. (пп. 3–5, ст. 7), 2015–2016 гг., ок. 5 тыс. чел., см. англ. текст, окт. и нояб.';
    expect(words(speller, text, 'ru')).toEqual([]);
    // The same letters without the stop are not words.
    expect(words(speller, 'Резолюция от 25 сент 2015 года, пп 3–5 и окт', 'ru')).toEqual(['сент', 'пп', 'окт']);
    // A misspelling that merely ends a sentence is still one.
    expect(words(speller, 'Это было в сентябе.', 'ru')).toEqual(['сентябе']);
  });

  it('accepts English UN editorial abbreviations with the stop and flags them without it', () => {
    const speller = createSpeller({ checkers: { en: us } });
    const text = 'Amb. Smith cited paras. 3 and 4 of A/70/1/Corr.1, subpara. (b), Suppl. No. 49, vol. II and approx. 30 cases.';
    expect(words(speller, text, 'en')).toEqual([]);
    expect(words(speller, 'Amb Smith cited subparas 3 and 4.', 'en')).toEqual(['Amb', 'subparas']);
    // "et al." and "Ph.D." as phrases; "et" or "al" on their own are still unknown words.
    expect(words(speller, 'Smith et al. found it; she holds a Ph.D. in physics.', 'en')).toEqual([]);
    expect(words(speller, 'Smith et al found it.', 'en')).toEqual(['et', 'al']);
  });

  it('accepts the capitalised form only where a sentence opens', () => {
    const speller = createSpeller({ checkers: { ru } });
    expect(words(speller, 'Доклад готов. Пп. 3–5 изменены. «Сент. 2015 г.» — дата.', 'ru')).toEqual([]);
    expect(words(speller, 'Изменены Пп. 3–5.', 'ru')).toEqual(['Пп']);
  });

  it('accepts г-н, г-жа and д-р in every case as words, and still judges other hyphenated words', () => {
    const speller = createSpeller({ checkers: { ru } });
    expect(words(speller, 'Г-н Председатель, г-жа Бачелет, г-жи Мохаммед, г-жой Гутерриш и д-ром Теклу.', 'ru')).toEqual(['Бачелет', 'Мохаммед', 'Гутерриш', 'Теклу']);
    expect(words(speller, 'Выступила г-жо Бачелет.', 'ru')).toEqual(['жо', 'Бачелет']);
  });
});

describe('spelling: isAbbreviation and opensSentence', () => {
  it('needs the stop right after a stop abbreviation, never after a hyphenated one', () => {
    expect(isAbbreviation('сент', 'ru', '.')).toBe(true);
    expect(isAbbreviation('сент', 'ru', ' ')).toBe(false);
    expect(isAbbreviation('сент', 'ru', undefined)).toBe(false);
    expect(isAbbreviation('para', 'en', '.')).toBe(true);
    expect(isAbbreviation('para', 'ru', '.')).toBe(false);
    expect(isAbbreviation('г-жа', 'ru', ' ')).toBe(true);
    expect(isAbbreviation('Г-жа', 'ru', ' ')).toBe(false);
    expect(isAbbreviation('Г-жа', 'ru', ' ', true)).toBe(true);
    expect(isAbbreviation('СЕНТ', 'ru', '.', true)).toBe(false);
  });
  it('tells a full stop that closes an abbreviation of the list, dotted or spaced, in any case', () => {
    const endsAbbreviated = (text: string, lang: 'en' | 'ru'): boolean => endsWithAbbreviation(text, text.lastIndexOf('.'), lang);
    expect(endsAbbreviated('в Москве 25 сент.', 'ru')).toBe(true);
    expect(endsAbbreviated('и т. д.', 'ru')).toBe(true);
    expect(endsAbbreviated('и т.п.', 'ru')).toBe(true);
    expect(endsAbbreviated('в 2015 г.', 'ru')).toBe(true);
    expect(endsAbbreviated('(см.', 'ru')).toBe(true);
    expect(endsAbbreviated('food, e.g.', 'en')).toBe(true);
    expect(endsAbbreviated('papers, ETC.', 'en')).toBe(true);
    expect(endsAbbreviated('see the report, para.', 'en')).toBe(true);
    expect(endsAbbreviated('a reply, no.', 'en')).toBe(true);
    expect(endsAbbreviated('the Secretariat.', 'en')).toBe(false);
    expect(endsAbbreviated('the etc.', 'ru')).toBe(false);
    expect(endsAbbreviated('Hetc.', 'en')).toBe(false);
    expect(endsAbbreviated('в Нью-Йорке.', 'ru')).toBe(false);
  });
  it('finds sentence openings behind spaces, quotes and brackets', () => {
    expect(opensSentence('Сент. 2015', 0)).toBe(true);
    expect(opensSentence('Готово. «Сент.', 9)).toBe(true);
    expect(opensSentence('Готово! (См. ниже)', 9)).toBe(true);
    expect(opensSentence('в Сент.', 2)).toBe(false);
  });
});

describe('spelling in the QA run', () => {
  const source = makeDoc('zh', [['双方支持政府。', '双方支持政府。']]);
  const en = makeDoc('en', [['The sides support the goverment.', 'The goverment is supported.']]);
  const project = makeProject(source, { en }, { en: makeAlignment('en', source, en, [[1, 1], [1, 1]]) });

  it('reports each occurrence with its range and suggestions; switchable like the other checks', () => {
    const speller = createSpeller({ checkers: { en: us } });
    const found = runChecks(project, { speller }).filter((f) => f.check === 'spelling.misspelling');
    expect(found.map((f) => [f.bead, f.target?.range?.start, f.suggestions?.[0]])).toEqual([
      [0, 22, 'government'],
      [1, 4, 'government'],
    ]);
    expect(found[0]!.message).toBe('Unknown word “goverment”; did you mean “government”?');
    expect(runChecks(project, { speller, disabled: ['spelling.misspelling'] }).filter((f) => f.check === 'spelling.misspelling')).toEqual([]);
    expect(runChecks(project).filter((f) => f.check === 'spelling.misspelling')).toEqual([]);
  });

  it('groups them per word in the text, JSON and HTML reports and in export comments', () => {
    const twice = makeDoc('en', [['The goverment and the goverment.', 'The goverment is supported.']]);
    const p = makeProject(source, { en: twice }, { en: makeAlignment('en', source, twice, [[1, 1], [1, 1]]) });
    const report = buildReport(p, runChecks(p, { speller: createSpeller({ checkers: { en: us } }) }));
    expect(report.spelling).toEqual([{ lang: 'en', word: 'goverment', count: 3, severity: 'warning', suggestions: expect.arrayContaining(['government']), beads: [0, 1] }]);
    const text = renderTextReport(report, { colour: false });
    expect(text).toContain('en  goverment ×3 → government (beads 1, 2)');
    expect(text).not.toContain('Unknown word');
    expect(JSON.parse(renderJsonReport(report)).spelling[0].count).toBe(3);
    expect(renderHtmlReport(report)).toContain('goverment ×3 → government (beads 1, 2)');
    const comments = findingsForExport(runChecks(p, { speller: createSpeller({ checkers: { en: us } }) })).filter((f) => f.check === 'spelling.misspelling');
    expect(comments.map((c) => c.message)).toEqual(['Unknown word “goverment”; did you mean “government”? (×2)', 'Unknown word “goverment”; did you mean “government”?']);
  });
});

describe('team dictionary word lists', () => {
  it('reads one word a line (comments and blanks skipped), names bad lines, writes sorted and unique', () => {
    const { words: list, problems } = parseWordList('\uFEFFЦзиньпин\r\n# names\n\nJinping\ntwo words\nJinping\n');
    expect(list).toEqual(['Цзиньпин', 'Jinping', 'Jinping']);
    expect(problems).toEqual([{ line: 5, message: '“two words” is more than one word: one word a line' }]);
    expect(serializeWordList(list)).toBe('Jinping\nЦзиньпин\n');
    expect(serializeWordList([])).toBe('');
  });
});
