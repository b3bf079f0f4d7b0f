import type { SegmentStatus, Sentence } from '../model/types';
import type { UnitSide } from './export-units';
import { stripNonXmlChars } from './xml-escape';

/**
 * The sentence layout of one side of a unit, carried in a TMX `<prop>` or an XLIFF extension
 * attribute so Duizhao can reopen its own export with the original sentence and paragraph
 * boundaries and ids. One entry per sentence, space-separated: `paraId/sentenceId/length/status`
 * (each part URI-encoded; the length is of the text as written, control characters removed). Other tools ignore it; if they edit the text the lengths stop adding up
 * and the reader falls back to one sentence per side.
 */
export function encodeLayout(side: UnitSide): string {
  return side.sentences
    .map((s, i) => [side.paraIds[i] ?? '', s.id, String(stripNonXmlChars(s.text).text.length), s.status].map(encodeURIComponent).join('/'))
    .join(' ');
}

export interface LayoutEntry {
  paraId: string;
  id: string;
  length: number;
  status: SegmentStatus;
}

const STATUSES = new Set<string>(['empty', 'mt', 'draft', 'edited', 'confirmed']);

/** Parse a layout string; undefined when it is missing or malformed. */
export function decodeLayout(value: string | undefined): LayoutEntry[] | undefined {
  if (!value || !value.trim()) return undefined;
  const out: LayoutEntry[] = [];
  for (const item of value.trim().split(/\s+/)) {
    const parts = item.split('/').map((p) => {
      try {
        return decodeURIComponent(p);
      } catch {
        return undefined;
      }
    });
    const [paraId, id, length, status] = parts;
    if (parts.length !== 4 || !paraId || !id || !status || !STATUSES.has(status) || !/^\d+$/.test(length ?? '')) return undefined;
    out.push({ paraId, id, length: Number(length), status: status as SegmentStatus });
  }
  return out;
}

/**
 * Split a unit's text back into sentences using its layout. Returns undefined when the text no
 * longer fits the layout (edited elsewhere), so the caller keeps the text whole instead.
 */
export function splitByLayout(text: string, layout: LayoutEntry[], joiner: string): Array<Sentence & { paraId: string }> | undefined {
  const out: Array<Sentence & { paraId: string }> = [];
  let pos = 0;
  for (let i = 0; i < layout.length; i++) {
    const e = layout[i]!;
    if (i > 0) {
      if (text.slice(pos, pos + joiner.length) !== joiner) return undefined;
      pos += joiner.length;
    }
    out.push({ id: e.id, text: text.slice(pos, pos + e.length), status: e.status, paraId: e.paraId });
    pos += e.length;
  }
  return pos === text.length ? out : undefined;
}
