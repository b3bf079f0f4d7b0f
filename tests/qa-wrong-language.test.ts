import { describe, expect, it } from 'vitest';
import { runChecks } from '../core/qa';
import type { Finding } from '../core/qa';
import { makeProject } from './fixtures/qa/make-project';
import type { BeadSpec } from './fixtures/qa/make-project';

// Real sentences of samples/strategic-stability-2025-05-08 (line 5, its first sentence, in the three
// languages) and of the FLORES and WMT22 test sets; the pastes are what a trilingual workflow makes:
// the English draft's sentence, or one clause of it, left in the Russian column, or the reverse.
const ZH = '双方坚信,各国人民命运与共,各国及各组织不能以牺牲他国安全来保障自身安全。';
const EN = 'The two sides are convinced that all peoples share a common destiny and that no state or organization may ensure its own security at the expense of the security of others.';
const RU = 'Стороны убеждены, что судьбы всех народов взаимосвязаны и что ни одно государство или организация не может обеспечивать собственную безопасность за счёт безопасности других.';

function check(lang: 'en' | 'ru', beads: BeadSpec[]): Finding[] {
  return runChecks(makeProject({ [lang]: beads })).filter((f) => f.check === 'untranslated.wrong-language');
}

describe('untranslated.wrong-language', () => {
  it('reports an English sentence pasted into the Russian translation, pointing at it', () => {
    const [f, ...rest] = check('ru', [[ZH, EN]]);
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('error');
    expect(f?.message).toMatch(/^This sentence of the Russian translation is in English: “The two sides/);
    expect(f?.target?.range).toEqual({ sentence: 'ru-s0', start: 0, end: EN.length - 1 });
  });

  it('reports a Russian sentence pasted into the English translation', () => {
    const [f, ...rest] = check('en', [[ZH, RU]]);
    expect(rest).toEqual([]);
    expect(f?.message).toMatch(/^This sentence of the English translation is in Russian: “Стороны/);
  });

  it('points at an English clause left inside a Russian sentence, and the reverse', () => {
    const clause = 'approved nor endorsed by any of the brands that we sell, including Rolex';
    const ru = `Мы гордимся быть независимыми, и мы не спонсируемся, не признаемся, ${clause}.`;
    const [f, ...rest] = check('ru', [['我们以独立为傲，不受我们销售的任何品牌（包括劳力士）的赞助、认可或支持。', ru]]);
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('warning');
    expect(f?.message).toMatch(/^English words left in the Russian translation: “approved nor endorsed/);
    expect(f?.target?.range).toEqual({ sentence: 'ru-s0', start: ru.indexOf(clause), end: ru.indexOf(clause) + clause.length });

    const en = 'The two sides are convinced that all peoples share a common destiny, и что ни одно государство не может обеспечивать собственную безопасность.';
    const [g] = check('en', [[ZH, en]]);
    expect(g?.message).toMatch(/^Russian words left in the English translation: “и что ни одно/);
  });

  it('reports a short sentence wholly in the other language, and Russian in English with one function word', () => {
    // WMT22 lines: the Russian draft's sentence in the English column, the English one in the Russian column.
    expect(check('en', [['我在我的工作领域里经常看到这种情况。', 'Я постоянно вижу такое в своей сфере деятельности.']])).toHaveLength(1);
    expect(check('ru', [['购买新轮胎时就是这样。', 'I was buying new tires.']])).toHaveLength(1);
    const en = 'For future orders, редактируя свои сохраненные адреса в приложении.';
    const [f] = check('en', [['对于以后的订单，您可以在应用程序中编辑保存的地址。', en]]);
    expect(f?.severity).toBe('warning');
    expect(f?.target?.range?.start).toBe(en.indexOf('редактируя'));
    // A name or a product title alone on a line is no sentence in the other language.
    expect(check('ru', [['随时可用，附带一包刀片', 'Ready to Use with one Pack of Blades']])).toEqual([]);
    expect(check('ru', [['彭博社', 'Bloomberg News']])).toEqual([]);
  });

  it('reports the sample sentence the lead pasted: English first sentence, Russian second', () => {
    const ru = 'Стороны призывают все государства придерживаться принципа равной и неделимой глобальной и региональной безопасности.';
    const found = check('ru', [[ZH, [EN, ru]]]);
    expect(found.map((f) => f.target?.range?.sentence)).toEqual(['ru-s0']);
  });

  it('leaves Latin names, titles, abbreviations, addresses and quotations of a name in Russian alone', () => {
    const clean = [
      // names, brands and abbreviations
      'По данным агентства Bloomberg, продажи iPhone в Китае выросли, несмотря на пандемию COVID-19 (Reuters).',
      'Как сообщает The Wall Street Journal, Bank of America и Goldman Sachs пересмотрели прогнозы.',
      // a title in title case, a programme's name quoted once, an original term in brackets
      'Доклад Ministry of Foreign Affairs of the People’s Republic of China был опубликован в понедельник.',
      'Недавно объявленная программа «Golden Dome for America» наносит серьёзный ущерб стратегической стабильности.',
      'Так называемая «мягкая сила» (the power of attraction and persuasion) стала предметом споров.',
      // addresses and code
      'Подробности см. в файле https://www.un.org/en/reports/state_of_the_world_and_its_people.pdf или пишите на info@example.com.',
      'Автоматическое продление отменяется на my.norton.com или с помощью службы поддержки Norton.',
      'Формула H2O и CO2 известна всем, как и команда git commit --amend.',
    ];
    expect(check('ru', clean.map((s) => [ZH, s] as BeadSpec))).toEqual([]);
  });

  it('leaves English alone when the source itself gives it', () => {
    const zh = '他在演讲中用英语说："We will not give up on the future of this region."';
    const ru = 'В своей речи он сказал по-английски: "We will not give up on the future of this region."';
    expect(check('ru', [[zh, ru]])).toEqual([]);
  });

  it('leaves clean English and clean Russian alone, and English with a transliterated Russian word', () => {
    expect(check('en', [[ZH, EN]])).toEqual([]);
    expect(check('ru', [[ZH, RU]])).toEqual([]);
    expect(check('en', [[ZH, 'The newspaper Krasnaya Zvezda quoted the «Искандер» system and the word «перестройка».']])).toEqual([]);
  });
});
