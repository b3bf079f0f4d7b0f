import type { Lang } from '../model/types';
import { STATUS_TO_TBX } from './data/tbx-vocabulary';
import type { Concept, TermBase } from './types';

/** The TBX versions written: 2019 (ISO 30042:2019, DCA style) and 2008 ("martif"), for files the team keeps in it. */
export type TbxVersion = 2019 | 2008;

/** What differs between the two versions: element names, the root, where a definition sits, indents. */
interface TbxLayout {
  root: string;
  rootClose: string;
  header: string;
  /** The <body> line's indent (the 2019 layout has always written it less indented). */
  bodyIndent: string;
  /** The indent of an entry; its children are 2 spaces deeper each level. */
  entryIndent: string;
  entry: string;
  langSec: string;
  termSec: string;
  /** TBX-Basic 2019 keeps a definition in a language section; 2008 on the entry. */
  definitionInLangSec: boolean;
}

const LAYOUTS: Readonly<Record<TbxVersion, TbxLayout>> = {
  2019: {
    root: '<tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">',
    rootClose: '</tbx>',
    header: 'tbxHeader',
    bodyIndent: '  ',
    entryIndent: '    ',
    entry: 'conceptEntry',
    langSec: 'langSec',
    termSec: 'termSec',
    definitionInLangSec: true,
  },
  2008: {
    root: '<martif type="TBX-Basic" xml:lang="en">',
    rootClose: '</martif>',
    header: 'martifHeader',
    bodyIndent: '    ',
    entryIndent: '      ',
    entry: 'termEntry',
    langSec: 'langSet',
    termSec: 'tig',
    definitionInLangSec: false,
  },
};

const LANG_ORDER: readonly Lang[] = ['zh', 'en', 'ru'];

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** One concept as a `<conceptEntry>` (2019) or `<termEntry>` (2008); also used to patch a file in place, tbx-patch.ts. */
export function entryXml(c: Concept, version: TbxVersion): string {
  const layout = LAYOUTS[version];
  const i0 = layout.entryIndent;
  const [i1, i2, i3] = [`${i0}  `, `${i0}    `, `${i0}      `];
  const out = [`${i0}<${layout.entry} id="${esc(c.id)}">`];
  if (c.subject) out.push(`${i1}<descrip type="subjectField">${esc(c.subject)}</descrip>`);
  if (c.definition && !layout.definitionInLangSec) out.push(`${i1}<descrip type="definition">${esc(c.definition)}</descrip>`);
  const langs = LANG_ORDER.filter((lang) => c.terms.some((t) => t.lang === lang));
  // Ours are written in English when there is one.
  const definitionLang = langs.includes('en') ? 'en' : langs[0];
  for (const lang of langs) {
    out.push(`${i1}<${layout.langSec} xml:lang="${lang}">`);
    if (c.definition && layout.definitionInLangSec && lang === definitionLang) out.push(`${i2}<descrip type="definition">${esc(c.definition)}</descrip>`);
    for (const t of c.terms) {
      if (t.lang !== lang) continue;
      out.push(`${i2}<${layout.termSec}>`);
      out.push(`${i3}<term>${esc(t.text)}</term>`);
      out.push(`${i3}<termNote type="administrativeStatus">${STATUS_TO_TBX[t.status]}</termNote>`);
      if (t.note) out.push(`${i3}<note>${esc(t.note)}</note>`);
      out.push(`${i2}</${layout.termSec}>`);
    }
    out.push(`${i1}</${layout.langSec}>`);
  }
  out.push(`${i0}</${layout.entry}>`);
  return out.join('\n');
}

/** Writes a term base as a TBX-Basic document, in the 2019 layout unless `version` says 2008. */
export function serializeTbx(termBase: TermBase, title = 'Duizhao term base', version: TbxVersion = 2019): string {
  const layout = LAYOUTS[version];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    layout.root,
    `  <${layout.header}>`,
    '    <fileDesc>',
    `      <sourceDesc><p>${esc(title)}</p></sourceDesc>`,
    '    </fileDesc>',
    `  </${layout.header}>`,
    '  <text>',
    `${layout.bodyIndent}<body>`,
    ...termBase.concepts.map((c) => entryXml(c, version)),
    `${layout.bodyIndent}</body>`,
    '  </text>',
    layout.rootClose,
    '',
  ].join('\n');
}
