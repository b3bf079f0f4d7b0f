import type { Lang } from '../model/types';
import { STATUS_TO_TBX } from './data/tbx-vocabulary';
import type { Concept, TermBase } from './types';

const LANG_ORDER: readonly Lang[] = ['zh', 'en', 'ru'];

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** One concept as a 2019 `<conceptEntry>` (also used to patch a file in place, tbx-patch.ts). */
export function conceptXml(c: Concept): string {
  const out = [`    <conceptEntry id="${esc(c.id)}">`];
  if (c.subject) out.push(`      <descrip type="subjectField">${esc(c.subject)}</descrip>`);
  const langs = LANG_ORDER.filter((lang) => c.terms.some((t) => t.lang === lang));
  // TBX-Basic keeps definitions in a language section; ours are written in English when there is one.
  const definitionLang = langs.includes('en') ? 'en' : langs[0];
  for (const lang of langs) {
    const terms = c.terms.filter((t) => t.lang === lang);
    out.push(`      <langSec xml:lang="${lang}">`);
    if (c.definition && lang === definitionLang) out.push(`        <descrip type="definition">${esc(c.definition)}</descrip>`);
    for (const t of terms) {
      out.push('        <termSec>');
      out.push(`          <term>${esc(t.text)}</term>`);
      out.push(`          <termNote type="administrativeStatus">${STATUS_TO_TBX[t.status]}</termNote>`);
      if (t.note) out.push(`          <note>${esc(t.note)}</note>`);
      out.push('        </termSec>');
    }
    out.push('      </langSec>');
  }
  out.push('    </conceptEntry>');
  return out.join('\n');
}

/** Writes a term base as a TBX-Basic document in the 2019 layout (ISO 30042:2019, DCA style). */
export function serializeTbx(termBase: TermBase, title = 'Duizhao term base'): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">',
    '  <tbxHeader>',
    '    <fileDesc>',
    `      <sourceDesc><p>${esc(title)}</p></sourceDesc>`,
    '    </fileDesc>',
    '  </tbxHeader>',
    '  <text>',
    '  <body>',
    ...termBase.concepts.map(conceptXml),
    '  </body>',
    '  </text>',
    '</tbx>',
    '',
  ].join('\n');
}
