import { quoteField } from '../formats/csv-write';
import type { Lang, TargetLang } from '../model/types';
import { baseName } from './problem';
import { serializeTbx } from './serialize-tbx';
import type { Concept, Term } from './types';

/**
 * How a term base file is written, read from the file itself so an edit is written back the way
 * the team keeps it: TBX 2019 (v3) or 2008 (v2, martif), a delimited file in Duizhao's header
 * layout, or a headerless DeepL glossary file (one source,target pair per record).
 */
export type TermFileFormat =
  | { kind: 'tbx'; version: 2019 | 2008 }
  | { kind: 'delimited'; delimiter: ',' | ';' | '\t'; layout: 'header' }
  | { kind: 'delimited'; delimiter: ',' | ';' | '\t'; layout: 'deepl'; target: TargetLang | null; bom: boolean }
  ;

/** The format of an existing file (name and text), or of a new file from its name alone (text ''). */
export function detectTermFileFormat(fileName: string, text: string): TermFileFormat {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.tbx') || lower.endsWith('.xml')) return { kind: 'tbx', version: /<martif[\s>]/.test(text) ? 2008 : 2019 };
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = lower.endsWith('.tsv') ? '\t' : firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  // A header names a zh column and holds no Chinese (same rule as the reader).
  const isHeader = body === '' || (!/\p{Script=Han}/u.test(firstLine) && firstLine.split(delimiter).some((f) => /^\s*"?zh([-_][a-z]+)?"?\s*$/i.test(f)));
  if (isHeader) return { kind: 'delimited', delimiter, layout: 'header' };
  const pair = /\.zh[-_](en|ru)\.[tc]sv$/i.exec(baseName(fileName));
  return { kind: 'delimited', delimiter, layout: 'deepl', target: pair ? (pair[1]!.toLowerCase() as TargetLang) : null, bom: text.startsWith('\uFEFF') };
}

const byStatus = (c: Concept, lang: Lang, status: Term['status']): string[] => c.terms.filter((t) => t.lang === lang && t.status === status).map((t) => t.text);
const noteOf = (c: Concept, lang: Lang): string => c.terms.find((t) => t.lang === lang && t.note)?.note ?? '';

/** The Chinese term a concept is known by (its first preferred zh term). */
export function conceptZh(c: Concept): string {
  return c.terms.find((t) => t.lang === 'zh' && t.status === 'preferred')?.text ?? c.terms.find((t) => t.lang === 'zh')?.text ?? '';
}

/**
 * Duizhao's header layout. The id column is written only when some id is not the reader's default
 * (file name + ":" + Chinese term), so a team file without ids keeps having none.
 */
function serializeHeaderLayout(fileName: string, concepts: readonly Concept[], delimiter: string): string {
  const stem = baseName(fileName);
  type Column = [string, (c: Concept) => string];
  // The reader takes the first term of a language column as preferred and the rest as admitted;
  // admitted terms of a concept with no preferred one need their own column.
  const main = (lang: Lang) => (c: Concept) => (byStatus(c, lang, 'preferred').length ? [...byStatus(c, lang, 'preferred'), ...byStatus(c, lang, 'admitted')] : []).join('|');
  const admittedOnly = (lang: Lang) => (c: Concept) => (byStatus(c, lang, 'preferred').length ? '' : byStatus(c, lang, 'admitted').join('|'));
  const candidates: Array<Column & { always?: boolean }> = [
    ['id', (c) => (c.id !== `${stem}:${conceptZh(c)}` ? c.id : '')],
    Object.assign(['zh', main('zh')] as Column, { always: true }),
    Object.assign(['en', main('en')] as Column, { always: true }),
    Object.assign(['ru', main('ru')] as Column, { always: true }),
    ['en_admitted', admittedOnly('en')],
    ['ru_admitted', admittedOnly('ru')],
    Object.assign(['en_forbidden', (c: Concept) => byStatus(c, 'en', 'deprecated').join('|')] as Column, { always: true }),
    Object.assign(['ru_forbidden', (c: Concept) => byStatus(c, 'ru', 'deprecated').join('|')] as Column, { always: true }),
    ['en_note', (c) => noteOf(c, 'en')],
    ['ru_note', (c) => noteOf(c, 'ru')],
    ['subject', (c) => c.subject ?? ''],
    ['definition', (c) => c.definition ?? ''],
  ];
  // Optional columns only when some concept fills them, so a plain team file stays plain.
  const columns = candidates.filter((col) => col.always || concepts.some((c) => col[1](c) !== ''));
  const idColumn = columns.find((col) => col[0] === 'id');
  if (idColumn) idColumn[1] = (c) => c.id;
  const lines = [columns.map(([name]) => name).join(delimiter)];
  for (const c of concepts) lines.push(columns.map(([, cell]) => quoteField(cell(c), delimiter)).join(delimiter));
  return lines.join('\n') + '\n';
}

/** DeepL's layout: source,target per record (4 columns with the languages when the name has no pair). */
function serializeDeepLLayout(concepts: readonly Concept[], format: Extract<TermFileFormat, { layout: 'deepl' }>): string {
  const d = format.delimiter;
  const lines: string[] = [];
  for (const c of concepts) {
    const zh = conceptZh(c);
    for (const lang of format.target ? [format.target] : (['en', 'ru'] as const)) {
      for (const text of byStatus(c, lang, 'preferred')) {
        const fields = format.target ? [zh, text] : [zh, text, 'zh', lang];
        lines.push(fields.map((f) => quoteField(f, d)).join(d));
      }
    }
  }
  return (format.bom ? '\uFEFF' : '') + lines.join('\n') + (lines.length ? '\n' : '');
}

/** The whole file's text for `concepts`, in `format` (what an edit writes back). */
export function serializeTermFile(fileName: string, format: TermFileFormat, concepts: readonly Concept[]): string {
  if (format.kind === 'tbx') {
    const title = baseName(fileName);
    return serializeTbx({ concepts: [...concepts] }, title, format.version);
  }
  return format.layout === 'header' ? serializeHeaderLayout(fileName, concepts, format.delimiter) : serializeDeepLLayout(concepts, format);
}

/** A short name for the format, for the panel ("TBX v3", "CSV"…). */
export function describeTermFileFormat(format: TermFileFormat): string {
  if (format.kind === 'tbx') return format.version === 2008 ? 'TBX v2' : 'TBX v3';
  const name = format.delimiter === '\t' ? 'TSV' : 'CSV';
  return format.layout === 'deepl' ? `${name} (DeepL)` : name;
}
