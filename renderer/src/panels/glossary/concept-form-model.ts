import type { Concept, Term } from '../../../../core/glossary/types';
import type { Lang } from '../../../../core/model';

/** The form's fields: one line per language and status, alternatives separated by "|". */
export interface ConceptFields {
  zh: string;
  en: string;
  ru: string;
  enForbidden: string;
  ruForbidden: string;
  note: string;
}

const split = (cell: string): string[] => cell.split('|').map((s) => s.trim()).filter((s) => s !== '');
const join = (c: Concept | null, lang: Lang, pick: (t: Term) => boolean): string => (c ? c.terms.filter((t) => t.lang === lang && pick(t)).map((t) => t.text).join(' | ') : '');

/** A concept as form fields (preferred first, then admitted; forbidden apart). */
export function fieldsOf(c: Concept | null): ConceptFields {
  const allowed = (t: Term): boolean => t.status !== 'deprecated';
  const forbidden = (t: Term): boolean => t.status === 'deprecated';
  return { zh: join(c, 'zh', allowed), en: join(c, 'en', allowed), ru: join(c, 'ru', allowed), enForbidden: join(c, 'en', forbidden), ruForbidden: join(c, 'ru', forbidden), note: c?.definition ?? '' };
}

/** The concept the form describes: the first term of each language is preferred, the rest admitted; notes of unchanged terms kept. */
export function conceptOf(fields: ConceptFields, base: Concept | null, file: string): Concept {
  const terms: Term[] = [];
  const keepNote = (t: Term): Term => {
    const old = base?.terms.find((o) => o.lang === t.lang && o.text === t.text);
    return old?.note ? { ...t, note: old.note } : t;
  };
  for (const lang of ['zh', 'en', 'ru'] as const) {
    split(fields[lang]).forEach((text, i) => terms.push(keepNote({ text, lang, status: i === 0 ? 'preferred' : 'admitted' })));
  }
  for (const text of split(fields.enForbidden)) terms.push(keepNote({ text, lang: 'en', status: 'deprecated' }));
  for (const text of split(fields.ruForbidden)) terms.push(keepNote({ text, lang: 'ru', status: 'deprecated' }));
  const zh = split(fields.zh)[0] ?? '';
  const concept: Concept = { id: base?.id ?? `duizhao-${zh}-${Date.now().toString(36)}`, terms, origin: { file, line: base?.origin.line ?? 0 } };
  if (base?.subject) concept.subject = base.subject;
  if (fields.note.trim()) concept.definition = fields.note.trim();
  return concept;
}

/** True when a concept has a term (any language) containing `query`, case-insensitive. */
export function conceptMatches(c: Concept, query: string): boolean {
  const q = query.trim().toLowerCase();
  return q === '' || c.terms.some((t) => t.text.toLowerCase().includes(q)) || (c.definition ?? '').toLowerCase().includes(q);
}
