import type { Lang } from '../model/types';
import { STATUS_TO_TBX } from './data/tbx-vocabulary';
import type { Concept, TermBase } from './types';

const LANG_ORDER: readonly Lang[] = ['zh', 'en', 'ru'];

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** One concept as a 2008 `<termEntry>` (also used to patch a file in place, tbx-patch.ts). */
export function entryXml(c: Concept): string {
  const out = [`      <termEntry id="${esc(c.id)}">`];
  if (c.subject) out.push(`        <descrip type="subjectField">${esc(c.subject)}</descrip>`);
  if (c.definition) out.push(`        <descrip type="definition">${esc(c.definition)}</descrip>`);
  for (const lang of LANG_ORDER) {
    const terms = c.terms.filter((t) => t.lang === lang);
    if (terms.length === 0) continue;
    out.push(`        <langSet xml:lang="${lang}">`);
    for (const t of terms) {
      out.push('          <tig>');
      out.push(`            <term>${esc(t.text)}</term>`);
      out.push(`            <termNote type="administrativeStatus">${STATUS_TO_TBX[t.status]}</termNote>`);
      if (t.note) out.push(`            <note>${esc(t.note)}</note>`);
      out.push('          </tig>');
    }
    out.push('        </langSet>');
  }
  out.push('      </termEntry>');
  return out.join('\n');
}

/** Writes a term base as TBX 2008 (ISO 30042:2008, "martif"), for files the team keeps in that version. */
export function serializeTbx2008(termBase: TermBase, title = 'Duizhao term base'): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<martif type="TBX-Basic" xml:lang="en">',
    '  <martifHeader>',
    '    <fileDesc>',
    `      <sourceDesc><p>${esc(title)}</p></sourceDesc>`,
    '    </fileDesc>',
    '  </martifHeader>',
    '  <text>',
    '    <body>',
    ...termBase.concepts.map(entryXml),
    '    </body>',
    '  </text>',
    '</martif>',
    '',
  ].join('\n');
}
