import type { Lang, Project, TargetLang } from '../model/types';
import { buildUnits, sideText, type ExportUnit } from './export-units';
import { filterUnits } from './unit-filter';
import { encodeLayout } from './unit-layout';
import { langTag } from './lang-tags';
import { escapeXmlAttr, escapeXmlText } from './xml-escape';
import { inlineXml } from './inline-write';
import type { ExportOptions } from './export-options';

/** TMX dates are basic ISO 8601 in UTC: 20261122T031500Z. */
export function tmxDate(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

/**
 * TMX 1.4b: one `<tu>` per unit, a `<tuv xml:lang>` per language with text (zh first, always). Bilingual with one
 * target, trilingual (zh, en, ru in one `<tu>`) with two; see buildUnits for how the two alignments
 * are joined. Props per target: x-confidence-LANG, x-status-LANG, x-origin-LANG, and
 * x-duizhao-layout-LANG so Duizhao can restore its sentences when reopening the file.
 */
export function writeTmx(project: Project, targets: TargetLang[], options: ExportOptions = {}): string {
  const units = filterUnits(buildUnits(project, targets), options);
  const date = tmxDate(options.date ?? new Date());
  const langs: Lang[] = ['zh', ...targets];
  const tag = (l: Lang): string => langTag(l, project.settings);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header creationtool="Duizhao" creationtoolversion="${escapeXmlAttr(options.toolVersion ?? '0.1.0')}" segtype="sentence" o-tmf="Duizhao" adminlang="en-US" srclang="${tag('zh')}" datatype="plaintext" creationdate="${date}">`,
    `    <prop type="x-duizhao-project">${escapeXmlText(project.name)}</prop>`,
    '  </header>',
    '  <body>',
  ];
  units.forEach((unit, i) => out.push(tuXml(unit, i + 1, langs, tag, date)));
  out.push('  </body>', '</tmx>', '');
  return out.join('\n');
}

function tuXml(unit: ExportUnit, n: number, langs: Lang[], tag: (l: Lang) => string, date: string): string {
  const manyToMany = unit.source.sentences.length > 1 || Object.values(unit.targets).some((t) => t.sentences.length > 1);
  const lines = [`    <tu tuid="${n}" creationdate="${date}"${manyToMany ? ' segtype="block"' : ''}>`];
  const prop = (type: string, value: string): void => {
    lines.push(`      <prop type="${type}">${escapeXmlText(value)}</prop>`);
  };
  for (const lang of langs) {
    if (lang === 'zh') continue;
    const t = unit.targets[lang];
    if (!t) continue;
    prop(`x-confidence-${lang}`, t.score.toFixed(3));
    prop(`x-status-${lang}`, t.status);
    prop(`x-origin-${lang}`, t.origin);
  }
  for (const lang of langs) {
    const side = lang === 'zh' ? unit.source : unit.targets[lang];
    if (side && side.sentences.length) prop(`x-duizhao-layout-${lang}`, encodeLayout(side));
  }
  for (const lang of langs) {
    const side = lang === 'zh' ? unit.source : unit.targets[lang];
    const text = sideText(side, lang);
    // An untranslated target has no <tuv> at all: an empty <seg> is a translation that is empty, and
    // a CAT tool fed this TM fills the source sentence with nothing (OmegaT does, from tm/auto).
    // The props above keep its status and layout, so Duizhao reads the omission back.
    if (lang !== 'zh' && text === '') continue;
    lines.push(`      <tuv xml:lang="${tag(lang)}"><seg>${inlineXml(text, 'tmx')}</seg></tuv>`);
  }
  lines.push('    </tu>');
  return lines.join('\n');
}
