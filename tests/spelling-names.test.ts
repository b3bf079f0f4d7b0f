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
