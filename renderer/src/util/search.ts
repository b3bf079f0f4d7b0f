import type { Lang, Sentence } from '../../../core/model';
import type { Row } from '../../../core/project/edit';
import { compileFind, matchesIn } from '../../../core/project/find-replace';

/** One occurrence of the search text. */
export interface SearchMatch {
  row: number;
  lang: Lang;
  sentenceId: string;
  start: number;
  end: number;
}

/** Matches stop counting here: a one-letter query on a long document should not freeze the page. */
const MAX_MATCHES = 5000;

/**
 * Every occurrence of `query` in the visible columns, in reading order. Case-insensitive for Latin
 * and Cyrillic (toLocaleLowerCase keeps string length for these scripts, so offsets stay valid);
 * Chinese matches exactly. With `regex` or `matchCase`, the Find and replace bar's options, the
 * query goes through the same compiler the replacement uses (an invalid pattern finds nothing).
 */
export function findMatches(rows: readonly Row[], maps: Record<Lang, Map<string, Sentence>>, columns: readonly Lang[], query: string, options: { regex?: boolean; matchCase?: boolean } = {}): SearchMatch[] {
  if (options.regex || options.matchCase) return findWithPattern(rows, maps, columns, query, options);
  const needle = query.toLowerCase();
  if (!needle) return [];
  const out: SearchMatch[] = [];
  rows.forEach((row, i) => {
    for (const lang of columns) {
      const ids = lang === 'zh' ? row.src : (row.targets[lang]?.sentences ?? []);
      for (const id of ids) {
        const text = maps[lang].get(id)?.text;
        if (!text) continue;
        const hay = text.toLowerCase();
        if (hay.length !== text.length) continue; // a rare script whose lower case changes length
        for (let at = hay.indexOf(needle); at >= 0 && out.length < MAX_MATCHES; at = hay.indexOf(needle, at + needle.length)) {
          out.push({ row: i, lang, sentenceId: id, start: at, end: at + needle.length });
        }
      }
    }
  });
  return out;
}

function findWithPattern(rows: readonly Row[], maps: Record<Lang, Map<string, Sentence>>, columns: readonly Lang[], query: string, options: { regex?: boolean; matchCase?: boolean }): SearchMatch[] {
  let re: RegExp;
  try {
    re = compileFind({ query, ...options });
  } catch {
    return [];
  }
  const out: SearchMatch[] = [];
  rows.forEach((row, i) => {
    for (const lang of columns) {
      const ids = lang === 'zh' ? row.src : (row.targets[lang]?.sentences ?? []);
      for (const id of ids) {
        const text = maps[lang].get(id)?.text;
        if (!text || out.length >= MAX_MATCHES) continue;
        for (const m of matchesIn(text, re)) if (out.length < MAX_MATCHES) out.push({ row: i, lang, sentenceId: id, ...m });
      }
    }
  });
  return out;
}
