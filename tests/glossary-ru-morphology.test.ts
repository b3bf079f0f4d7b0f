import { describe, expect, it } from 'vitest';
import { createTermMatcher, ruTermForms } from '../core/glossary';
import type { Concept } from '../core/glossary';
import { isIndeclinable, surnameGender } from '../core/glossary/ru-names';

// Russian morphology the glossary's declension rules and matcher missed: the animate masculine
// accusative (= genitive), lone surnames, the -анин plural, and words that never inflect (a changed
// ending there is another word or a misspelling, never a case form of the term).

/** nom | gen | dat | acc | ins | prep, or — when the term has no other forms. */
function row(term: string): string {
  const f = ruTermForms(term);
  return f ? [f.nom, f.gen, f.dat, f.acc, f.ins, f.prep].join(' | ') : '—';
}

function matcherOf(...ru: string[]) {
  const concepts: Concept[] = ru.map((text, i) => ({
    id: `c${i}`,
    origin: { file: 't.csv', line: i + 2 },
    terms: [{ lang: 'zh', status: 'preferred', text: `术语${i}` }, { lang: 'ru', status: 'preferred', text }],
  }));
  const m = createTermMatcher({ concepts });
  /** The Russian terms found in `text`, as "found words→term". */
  return (text: string) => m.findTargetTerms(text, 'ru').map((h) => `${text.slice(h.span.start, h.span.end)}→${h.term.text}`);
}

describe('Russian case forms: people, surnames, indeclinable words', () => {
  it.each([
    // A person named by a suffix: accusative = genitive.
    ['собеседник', 'собеседник | собеседника | собеседнику | собеседника | собеседником | собеседнике'],
    ['посетитель', 'посетитель | посетителя | посетителю | посетителя | посетителем | посетителе'],
    ['специалист', 'специалист | специалиста | специалисту | специалиста | специалистом | специалисте'],
    ['политолог', 'политолог | политолога | политологу | политолога | политологом | политологе'],
    ['гражданин', 'гражданин | гражданина | гражданину | гражданина | гражданином | гражданине'],
    ['премьер-министр', 'премьер-министр | премьер-министра | премьер-министру | премьер-министра | премьер-министром | премьер-министре'],
    ['постоянный представитель', 'постоянный представитель | постоянного представителя | постоянному представителю | постоянного представителя | постоянным представителем | постоянном представителе'],
    // The same suffixes naming things stay inanimate.
    ['памятник', 'памятник | памятника | памятнику | памятник | памятником | памятнике'],
    ['двигатель', 'двигатель | двигателя | двигателю | двигатель | двигателем | двигателе'],
    ['диалог', 'диалог | диалога | диалогу | диалог | диалогом | диалоге'],
    // Lone surnames: -ым in the instrumental, the accusative of a man's is the genitive; a woman's declines like an adjective.
    ['Путин', 'Путин | Путина | Путину | Путина | Путиным | Путине'],
    ['Лавров', 'Лавров | Лаврова | Лаврову | Лаврова | Лавровым | Лаврове'],
    ['Захарова', 'Захарова | Захаровой | Захаровой | Захарову | Захаровой | Захаровой'],
    ['Мария Захарова', 'Мария Захарова | Марии Захаровой | Марии Захаровой | Марию Захарову | Марией Захаровой | Марии Захаровой'],
    ['Владимир Путин', 'Владимир Путин | Владимира Путина | Владимиру Путину | Владимира Путина | Владимиром Путиным | Владимире Путине'],
    // A Chinese given name after an indeclinable surname is not a Russian surname.
    ['Си Цзиньпин', 'Си Цзиньпин | Си Цзиньпина | Си Цзиньпину | Си Цзиньпина | Си Цзиньпином | Си Цзиньпине'],
    // Cities that end like surnames.
    ['Пекин', 'Пекин | Пекина | Пекину | Пекин | Пекином | Пекине'],
    ['Украина', 'Украина | Украины | Украине | Украину | Украиной | Украине'],
    // Never inflect: no forms to offer.
    ['кофе', '—'],
    ['коммюнике', '—'],
    ['пенальти', '—'],
    ['интервью', '—'],
    ['кино', '—'],
    ['Лукашенко', '—'],
    ['совместное коммюнике', 'совместное коммюнике | совместного коммюнике | совместному коммюнике | совместное коммюнике | совместным коммюнике | совместном коммюнике'],
  ])('%s', (term, forms) => {
    expect(row(term)).toBe(forms);
  });

  it('tells indeclinable words from nouns that only look so, and surnames from cities', () => {
    for (const w of ['кофе', 'коммюнике', 'пенальти', 'жюри', 'хобби', 'шасси', 'радио', 'интервью', 'Баку', 'резюме', 'шоссе', 'досье', 'атташе']) expect(isIndeclinable(w.toLowerCase(), w), w).toBe(true);
    for (const w of ['поле', 'море', 'здание', 'оружие', 'солнце', 'жилище', 'окно', 'право', 'санкции', 'страны', 'сотрудничество']) expect(isIndeclinable(w, w), w).toBe(false);
    expect([surnameGender('Путин'), surnameGender('Медведев'), surnameGender('Захарова'), surnameGender('Пекин'), surnameGender('Молдова'), surnameGender('путин')]).toEqual(['m', 'm', 'f', null, null, null]);
  });
});

describe('glossary matching in inflected Russian', () => {
  it('finds a person in the accusative (= genitive) and a lone surname in every case', () => {
    const find = matcherOf('собеседник', 'Путин', 'Захарова', 'специальный представитель');
    expect(find('Встретили собеседника.')).toEqual(['собеседника→собеседник']);
    for (const form of ['Путина', 'Путину', 'Путиным', 'Путине']) expect(find(`Речь о ${form}.`)).toEqual([`${form}→Путин`]);
    expect(find('Заявление Захаровой и встреча с Захаровой.')).toEqual(['Захаровой→Захарова', 'Захаровой→Захарова']);
    expect(find('назначили специального представителя')).toEqual(['специального представителя→специальный представитель']);
  });

  it('finds the plural of a noun in -анин (граждане, граждан), which Snowball stems apart', () => {
    const find = matcherOf('гражданин');
    expect(find('граждане страны')).toEqual(['граждане→гражданин']);
    expect(find('права граждан')).toEqual(['граждан→гражданин']);
    expect(find('помощь гражданам')).toEqual(['гражданам→гражданин']);
    // Not a word that merely starts the same.
    expect(find('гражданское общество')).toEqual([]);
  });

  it('an indeclinable word matches only as written: a changed ending is not the term', () => {
    const find = matcherOf('кофе', 'коммюнике', 'пенальти', 'совместное коммюнике', 'Лукашенко');
    expect(find('чашка кофе')).toEqual(['кофе→кофе']);
    expect(find('выпить кофи')).toEqual([]);
    expect(find('опубликовали коммюнике')).toEqual(['коммюнике→коммюнике']);
    expect(find('опубликовали коммюники')).toEqual([]);
    expect(find('назначили пенальти')).toEqual(['пенальти→пенальти']);
    expect(find('назначили пенальтю')).toEqual([]);
    // The adjective before it still declines.
    expect(find('в тексте совместного коммюнике')).toEqual(['совместного коммюнике→совместное коммюнике', 'коммюнике→коммюнике']);
    expect(find('встреча с Лукашенко')).toEqual(['Лукашенко→Лукашенко']);
    expect(find('встреча с Лукашенкой')).toEqual([]);
  });

  it('a tail word that looks indeclinable keeps its stem (a case form of a noun that declines)', () => {
    const find = matcherOf('содействие миру', 'мир');
    expect(find('содействия миру')).toEqual(['содействия миру→содействие миру', 'миру→мир']);
    expect(find('призывают к миру')).toEqual(['миру→мир']);
  });
});
