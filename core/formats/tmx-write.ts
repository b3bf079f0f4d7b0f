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
 * TMX 1.4b: one `<tu>` per unit, a `<tuv xml:lang>` per language with text (zh first). Bilingual with one
 * target, trilingual (zh, en, ru in one `<tu>`) with two; see buildUnits for how the two alignments
 * are joined. Props per target: x-confidence-LANG, x-status-LANG, x-origin-LANG, and
 * x-duizhao-layout-LANG so Duizhao can restore its sentences when reopening the file.
 * `warnings` receives one line naming the units with an empty side (written without its `<tuv>`).
 */
export function writeTmx(project: Project, targets: TargetLang[], options: ExportOptions = {}, warnings?: string[]): string {
  const units = filterUnits(buildUnits(project, targets), options);
  // Each unit's texts are read once: the warning counts the empty sides, the <tuv>s write the rest.
  const tuvs = units.map((unit) => presentTexts(unit, targets));
  const oneSided = oneSidedUnitsLine(tuvs, targets);
  if (oneSided) warnings?.push(oneSided);
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
  units.forEach((unit, i) => out.push(tuXml(unit, tuvs[i]!, i + 1, langs, tag, date)));
  out.push('  </body>', '</tmx>', '');
  return out.join('\n');
}

/**
 * The languages of a unit that get a `<tuv>`, with their text: those with text. An empty `<seg>` is a segment that is
 * empty. For a target that is a translation into nothing: a CAT tool fed this TM fills the source
 * sentence with nothing (OmegaT does, from tm/auto). For the source (a sentence added in the
 * translation, a 0:1 bead) it is a unit that matches an empty sentence. TM tools look up the
 * `<tuv>` of the source language and skip a unit without one; the props keep the empty side's
 * status and layout, so Duizhao reads the omission or addition back (the reader restores a side
 * from its layout prop alone). A unit with no text at all (sentences still empty) keeps an empty zh
 * `<tuv>`: a `<tu>` needs one, and no TM tool offers a unit without a translation.
 */
function presentTexts(unit: ExportUnit, targets: TargetLang[]): Map<Lang, string> {
  const present = new Map<Lang, string>();
  for (const lang of ['zh', ...targets] as Lang[]) {
    const text = sideText(lang === 'zh' ? unit.source : unit.targets[lang], lang);
    if (text !== '') present.set(lang, text);
  }
  return present.size ? present : new Map([['zh', '']]);
}

/**
 * One line about the units with an empty side, or undefined when there are none: the file holds
 * them, but a TM tool takes no match from them, which a translator building a TM should know.
 */
function oneSidedUnitsLine(tuvs: ReadonlyArray<ReadonlyMap<Lang, string>>, targets: TargetLang[]): string | undefined {
  let added = 0;
  const untranslated = new Map<TargetLang, number>();
  for (const present of tuvs) {
    if (!present.has('zh')) added++;
    else for (const t of targets) if (!present.has(t)) untranslated.set(t, (untranslated.get(t) ?? 0) + 1);
  }
  const parts = [...(added ? [`${added} with no Chinese source (added in the translation)`] : []), ...[...untranslated].map(([t, n]) => `${n} with no ${t} translation`)];
  if (parts.length === 0) return undefined;
  return `TMX units with an empty side have no <tuv> for it, so TM tools find no match there (Duizhao reopens them as they were): ${parts.join(', ')}`;
}

function tuXml(unit: ExportUnit, tuvs: ReadonlyMap<Lang, string>, n: number, langs: Lang[], tag: (l: Lang) => string, date: string): string {
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
  for (const [lang, text] of tuvs) {
    lines.push(`      <tuv xml:lang="${tag(lang)}"><seg>${inlineXml(text, 'tmx')}</seg></tuv>`);
  }
  lines.push('    </tu>');
  return lines.join('\n');
}
