/**
 * Comments inside a TBX entry that an edit rewrites: the team's notes ("<!-- ask Olga -->") must
 * survive the edit. Each comment is anchored to what encloses it in the old entry — the term
 * section of a term (by its text and language), else the language section, else the entry — and
 * put back at the start of the same place in the new entry, or the nearest enclosing place that
 * still exists (a comment on a deleted term moves up to its language, then to the entry). Comments
 * keep their order; their text is kept byte for byte. A loop over the text, no recursion.
 */

const COMMENT = /<!--[\s\S]*?-->/gu;
const LANG_OPEN = /<(?:[\w.-]+:)?(langSec|langSet)\b([^>]*)>/gu;
const TERM_OPEN = /<(?:[\w.-]+:)?(termSec|tig|ntig)\b[^>]*>/gu;
const TERM_TEXT = /<(?:[\w.-]+:)?term\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?term>/u;
const XML_LANG = /\bxml:lang\s*=\s*("([^"]*)"|'([^']*)')/u;

/** A language or term section: where its opening tag ends (children start) and where it closes. */
interface Section {
  inner: number;
  end: number;
  lang: string;
  /** The term's text (unescaped) for a term section; '' for a language section. */
  term: string;
}

function unescapeText(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').trim();
}

/** The entry's language and term sections, read with its comments blanked out (a tag in a comment is not a tag). */
function sectionsOf(xml: string): { langs: Section[]; terms: Section[] } {
  const text = xml.replace(COMMENT, (c) => ' '.repeat(c.length));
  const langs: Section[] = [];
  const terms: Section[] = [];
  for (const m of text.matchAll(LANG_OPEN)) {
    const inner = m.index + m[0].length;
    const close = closeOf(text, m[1]!, inner);
    if (close < 0) continue;
    const lang = XML_LANG.exec(m[2]!);
    langs.push({ inner, end: close, lang: (lang?.[2] ?? lang?.[3] ?? '').toLowerCase(), term: '' });
  }
  for (const m of text.matchAll(TERM_OPEN)) {
    const inner = m.index + m[0].length;
    const close = closeOf(text, m[1]!, inner);
    if (close < 0) continue;
    const term = TERM_TEXT.exec(text.slice(inner, close));
    const lang = langs.find((l) => l.inner <= inner && inner <= l.end)?.lang ?? '';
    terms.push({ inner, end: close, lang, term: term ? unescapeText(term[1]!) : '' });
  }
  return { langs, terms };
}

/** Where the closing tag of `name` (any prefix) after `from` starts; -1 when there is none. */
function closeOf(text: string, name: string, from: number): number {
  const close = new RegExp(`</(?:[\\w.-]+:)?${name}\\s*>`, 'gu');
  close.lastIndex = from;
  return close.exec(text)?.index ?? -1;
}

/** The indentation of the first child line after `at` in a multi-line entry ('' when on one line). */
function childIndent(xml: string, at: number): string {
  const m = /^\r?\n([ \t]*)/u.exec(xml.slice(at));
  return m ? m[1]! : '';
}

/**
 * `newEntry` with the comments of `oldEntry` put back (see the file comment). Returns `newEntry`
 * unchanged when the old entry has no comments.
 */
export function keepEntryComments(oldEntry: string, newEntry: string): string {
  const comments = Array.from(oldEntry.matchAll(COMMENT), (m) => ({ at: m.index, text: m[0] }));
  if (comments.length === 0) return newEntry;
  const old = sectionsOf(oldEntry);
  const now = sectionsOf(newEntry);
  const entryOpen = newEntry.indexOf('>') + 1;
  const inserts = new Map<number, string[]>();
  for (const c of comments) {
    const term = old.terms.find((t) => t.inner <= c.at && c.at < t.end);
    const lang = old.langs.find((l) => l.inner <= c.at && c.at < l.end);
    const target =
      (term && now.terms.find((t) => t.lang === term.lang && t.term === term.term)) ||
      (lang && now.langs.find((l) => l.lang === lang.lang)) ||
      undefined;
    const at = target ? target.inner : entryOpen;
    const list = inserts.get(at) ?? [];
    list.push(c.text);
    inserts.set(at, list);
  }
  let out = '';
  let from = 0;
  for (const at of Array.from(inserts.keys()).sort((a, b) => a - b)) {
    const indent = childIndent(newEntry, at);
    const block = inserts.get(at)!.map((text) => (indent === '' ? text : `\n${indent}${text}`)).join('');
    out += newEntry.slice(from, at) + block;
    from = at;
  }
  return out + newEntry.slice(from);
}
