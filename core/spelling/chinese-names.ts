/**
 * Chinese names written in a translation by the standard romanisations: Hanyu Pinyin in English
 * (Qingyang, Zhan'ao, Xi-feng, Lü) and the Palladius system in Russian (Цзиньпин, Чжоу, Сяопин).
 * Every translation from Chinese is full of them, no spelling dictionary lists them, and a word
 * that splits wholly into syllables of the system is a name, not a typo: an English or Russian
 * misspelling almost never does. Capitalised words only (a lower-case "feng" stays a word to check).
 */
import { palladiusSyllables, PINYIN_SYLLABLES, RU_NAME_ENDINGS, splitsInto } from '../text/palladius';

const LATIN_SYLLABLES = new Set(PINYIN_SYLLABLES);

/**
 * Whether a capitalised word is a Chinese name in the romanisation of its script. Hyphens,
 * apostrophes and ъ separate syllables (Xi-feng, Zhan'ao, Цинъян); an English possessive ('s) is
 * left aside.
 */
export function isRomanizedChineseName(word: string): boolean {
  const first = word[0] ?? '';
  if (first === first.toLowerCase()) return false;
  // An English possessive or plural of the name is left aside (Qiyao's, the Zhous).
  const bare = word.replace(/['’]s$/u, '').toLowerCase();
  // Palladius separates syllables with ъ where they would run together (Цинъян).
  const parts = bare.split(/['’ъ-]/u).filter((p) => p.length > 0);
  if (parts.length === 0) return false;
  if (/^[a-zü]+$/u.test(parts.join(''))) {
    return parts.every((p, i) => splitsInto(p, LATIN_SYLLABLES) || (i === parts.length - 1 && p.endsWith('s') && splitsInto(p.slice(0, -1), LATIN_SYLLABLES)));
  }
  if (!/^[а-яё]+$/u.test(parts.join(''))) return false;
  return parts.every((p, i) => {
    const plain = p.replace(/ё/gu, 'е');
    if (splitsInto(plain, palladiusSyllables())) return true;
    // Only the name's last part declines.
    return i === parts.length - 1 && RU_NAME_ENDINGS.some((e) => plain.endsWith(e) && plain.length > e.length && splitsInto(plain.slice(0, -e.length), palladiusSyllables()));
  });
}
