import { entryXml } from './serialize-tbx';
import { keepEntryComments } from './tbx-entry-comments';
import type { TbxVersion } from './serialize-tbx';
import type { Concept } from './types';

/** One concept entry element of a TBX text: where it is and the id it carries. */
interface EntrySpan {
  start: number;
  end: number;
  id: string | undefined;
}

const OPEN = /<(?:[\w.-]+:)?(conceptEntry|termEntry)\b([^>]*)>/y;
const ID_ATTR = /\bid\s*=\s*("([^"]*)"|'([^']*)')/u;

function unescapeAttr(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * The concept entries of a TBX text in document order, skipping comments, CDATA and processing
 * instructions (an entry written inside a comment is not an entry). A loop over the text, no
 * recursion: entries do not nest. Null when an entry is not closed.
 */
export function locateTbxEntries(text: string): EntrySpan[] | null {
  const spans: EntrySpan[] = [];
  let i = 0;
  for (;;) {
    const lt = text.indexOf('<', i);
    if (lt < 0) return spans;
    if (text.startsWith('<!--', lt)) {
      const close = text.indexOf('-->', lt + 4);
      if (close < 0) return null;
      i = close + 3;
      continue;
    }
    if (text.startsWith('<![CDATA[', lt)) {
      const close = text.indexOf(']]>', lt + 9);
      if (close < 0) return null;
      i = close + 3;
      continue;
    }
    OPEN.lastIndex = lt;
    const m = OPEN.exec(text);
    if (!m) {
      i = lt + 1;
      continue;
    }
    const name = text.slice(lt + 1, lt + m[0].length).split(/[\s>/]/u)[0]!;
    if (m[2]!.trimEnd().endsWith('/')) return null; // an empty entry: nothing to keep; let the writer handle the file
    const closeTag = `</${name}>`;
    const close = text.indexOf(closeTag, lt + m[0].length);
    if (close < 0) return null;
    const id = ID_ATTR.exec(m[2]!);
    spans.push({ start: lt, end: close + closeTag.length, id: id ? unescapeAttr(id[2] ?? id[3] ?? '') : undefined });
    i = close + closeTag.length;
  }
}

/** The concept without where it was read from: what an edit can change. */
function sameConcept(a: Concept, b: Concept): boolean {
  return JSON.stringify({ ...a, origin: null }) === JSON.stringify({ ...b, origin: null });
}

/**
 * The file's text with only what the edit changed rewritten: unchanged entries, comments, the header
 * and elements Duizhao does not read stay byte for byte; a changed entry is written anew, keeping
 * its own comments (each at the term, language section or entry it was in) but not the elements
 * Duizhao does not read inside it; a deleted one is removed with its line, a new one added
 * after the last entry. Null when the entries cannot be matched to the concepts read (no ids,
 * skipped entries, renamed duplicates): then the caller writes the whole file.
 */
export function patchTbx(text: string, version: TbxVersion, before: readonly Concept[], after: readonly Concept[]): string | null {
  const spans = locateTbxEntries(text);
  if (!spans || spans.length === 0 || spans.length !== before.length) return null;
  for (let k = 0; k < spans.length; k++) if (spans[k]!.id !== before[k]!.id) return null;
  const write = (c: Concept): string => entryXml(c, version);
  const next = new Map(after.map((c) => [c.id, c]));
  const old = new Set(before.map((c) => c.id));
  let out = '';
  let at = 0;
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k]!;
    const concept = next.get(span.id!);
    if (concept && sameConcept(concept, before[k]!)) continue;
    if (concept) {
      // Written at the column the entry started at, with the comments it held (tbx-entry-comments.ts).
      out += text.slice(at, span.start) + keepEntryComments(text.slice(span.start, span.end), write(concept).trimStart());
      at = span.end;
    } else {
      // Deleted: its line goes too (the indentation before it and the line break after it).
      const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
      const blankBefore = text.slice(lineStart, span.start).trim() === '';
      const cut = blankBefore ? lineStart : span.start;
      out += text.slice(at, cut);
      at = text.startsWith('\n', span.end) ? span.end + 1 : text.startsWith('\r\n', span.end) ? span.end + 2 : span.end;
    }
  }
  const added = after.filter((c) => !old.has(c.id));
  const last = spans.at(-1)!;
  if (added.length === 0) return out + text.slice(at);
  // Appended after the last entry, or at the point the last entry was cut from.
  const insertAt = Math.max(at, last.end);
  return `${out}${text.slice(at, insertAt)}\n${added.map((c) => write(c)).join('\n')}${text.slice(insertAt)}`;
}
