import { RU_INANIMATE_PERSON_SUFFIX, RU_INDECLINABLE, RU_PLACES_LIKE_SURNAMES } from './data/ru-declension';

/**
 * What the Russian declension rules (ru-forms.ts) and the matcher need to know about a word beyond
 * its ending: whether it names a person (the masculine accusative is then the genitive: «встретили
 * собеседника»), whether it is a surname (Путиным, Захаровой), and whether it never inflects
 * (кофе, коммюнике, пенальти, Шойгу) — then a changed ending is another word, not a case form.
 * Words are folded (lower case, ё → е).
 */

const CAPITAL = /^\p{Lu}/u;

/**
 * A loanword or name that never inflects. From the list, or by an ending no Russian noun declines
 * with: -у/-ю/-э (интервью, Баку), -о after a vowel (радио, какао), -е after a consonant native
 * neuters never have before it (коммюнике, резюме, шоссе; not поле, море, здание, солнце), -и after a
 * doubled consonant (хобби, ралли, шасси), and capitalised surnames in -ко, -ых, -их (Лукашенко,
 * Черных).
 */
export function isIndeclinable(folded: string, raw: string = folded): boolean {
  // An acronym (ДНЯО, ООН) is matched by its capitals, not as a word.
  if (folded.length < 3 || !/^[а-яе]+$/u.test(folded) || raw === raw.toUpperCase()) return false;
  if (RU_INDECLINABLE.has(folded)) return true;
  // Not an adjective's dative or accusative (стабильному, общую): those are case forms.
  if (/[уюэ]$/u.test(folded) && !/(?:ому|ему|ую|юю)$/u.test(folded)) return true;
  if (/[аеиоуыэюя]о$/u.test(folded)) return true;
  if (/[бвгдзкмнпстфх]е$/u.test(folded)) return true;
  if (/([бвгдзклмнпрстф])\1и$/u.test(folded)) return true;
  return CAPITAL.test(raw) && /(?:ко|ых|их)$/u.test(folded);
}

/** A Russian surname in its nominative, by gender (null: not one). A city (Пекин, Киев) is not. */
export function surnameGender(raw: string): 'm' | 'f' | null {
  if (!CAPITAL.test(raw)) return null;
  const w = raw.toLowerCase().replace(/ё/g, 'е');
  if (RU_PLACES_LIKE_SURNAMES.has(w)) return null;
  if (/(?:ов|ев|ин|ын)$/u.test(w) && w.length >= 4) return 'm';
  if (/(?:ова|ева|ина|ына)$/u.test(w) && w.length >= 5) return 'f';
  return null;
}

/**
 * A masculine noun naming a person by its suffix: -ист (специалист), -тель (посетитель), -ник,
 * -чик, -щик (собеседник, переводчик), -анин/-янин (гражданин), -олог (политолог); words of those
 * endings that name things (двигатель, памятник, датчик, диалог) are listed apart.
 */
export function namesPerson(folded: string): boolean {
  if (folded.length < 5 || RU_INANIMATE_PERSON_SUFFIX.has(folded)) return false;
  return /(?:ист|тель|ник|чик|щик|[ая]нин|олог)$/u.test(folded);
}

/**
 * The plural of a noun in -анин/-янин drops -ин (гражданин → граждане, граждан, гражданам):
 * those forms, for the matcher (Snowball's stem of граждане is not the singular's).
 */
export function aninPlural(folded: string): string[] {
  if (!/[ая]нин$/u.test(folded) || folded.length < 6) return [];
  const stem = folded.slice(0, -2);
  return [`${stem}е`, stem, `${stem}ам`, `${stem}ами`, `${stem}ах`];
}
