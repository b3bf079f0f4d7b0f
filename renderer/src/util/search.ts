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
  if (options.regex || options.matchCase) {
    let re: RegExp;
    try {
      re = compileFind({ query, ...options });
    } catch {
      return [];
    }
    return collectMatches(rows, maps, columns, (text) => matchesIn(text, re));
  }
  const needle = query.toLowerCase();
  if (!needle) return [];
  return collectMatches(rows, maps, columns, (text) => plainMatches(text, needle));
}

/** Where lower-case `needle` occurs in `text`, ignoring case. */
function* plainMatches(text: string, needle: string): Generator<{ start: number; end: number }> {
  const hay = text.toLowerCase();
  if (hay.length !== text.length) return; // a rare script whose lower case changes length
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length)) yield { start: at, end: at + needle.length };
}

/** The matches `occurrences` finds in each sentence of the visible columns, in reading order, up to MAX_MATCHES. */
function collectMatches(rows: readonly Row[], maps: Record<Lang, Map<string, Sentence>>, columns: readonly Lang[], occurrences: (text: string) => Iterable<{ start: number; end: number }>): SearchMatch[] {
  const out: SearchMatch[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    for (const lang of columns) {
      const ids = lang === 'zh' ? row.src : (row.targets[lang]?.sentences ?? []);
      for (const id of ids) {
        const text = maps[lang].get(id)?.text;
        if (!text) continue;
        for (const { start, end } of occurrences(text)) {
          if (out.length >= MAX_MATCHES) return out;
          out.push({ row: i, lang, sentenceId: id, start, end });
        }
      }
    }
  }
  return out;
}
