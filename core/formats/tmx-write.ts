import type { Lang, Project, TargetLang } from '../model/types';
import { buildUnits, isSourceless, sideText, type ExportUnit } from './export-units';
import { filterUnits } from './unit-filter';
import { encodeLayout } from './unit-layout';
import { langTag } from './lang-tags';
import { escapeXmlAttr, escapeXmlText, stripNonXmlChars } from './xml-escape';
import { inlineXml } from './inline-write';
import type { ExportOptions } from './export-options';

/** TMX dates are basic ISO 8601 in UTC: 20261122T031500Z. */
export function tmxDate(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

// A sentence added in the translation (isSourceless, a 0:1 bead) is no translation unit: a `<tu>`
// holding only the target's `<tuv>` is read by translate-toolkit (and any reader that takes the
// first `<tuv>` for the source, whatever the header's srclang) as a SOURCE segment, so the added
// English or Russian sentence would turn up in the importing tool as text to translate; an empty zh
// `<seg>` instead would be a TM entry for an empty sentence. So TMX writes it as no `<tu>` (see
// writeTmx for where it goes).

/** The sentences of the added units, as the translator sees them in the grid (a unit may hold an en and a ru one). */
export function addedSentenceCount(units: readonly ExportUnit[], targets: readonly TargetLang[]): number {
  let n = 0;
  for (const unit of units) if (isSourceless(unit, targets)) for (const t of targets) n += unit.targets[t]?.sentences.length ?? 0;
  return n;
}

/** Prop type of an added unit (isSourceless) carried by the `<tu>` before it or the header: JSON of its sides. */
export const ADDED_PROP = 'x-duizhao-added';

/**
 * TMX 1.4b: one `<tu>` per unit, a `<tuv xml:lang>` per language with text (zh first). Bilingual with one
 * target, trilingual (zh, en and ru in one `<tu>`) with two; see buildUnits for how the two alignments
 * are joined. Props per target: x-confidence-LANG, x-status-LANG, x-origin-LANG, and
 * x-duizhao-layout-LANG so Duizhao can restore its sentences when reopening the file.
 *
 * A sentence added in the translation (isSourceless) gets no `<tu>`: it travels as an
 * `x-duizhao-added` prop of the `<tu>` before it (of the header when it comes first), which TM tools
 * keep as metadata and never read as a segment, and from which Duizhao reopens it where it was.
 * `warnings` receives a line counting those, and one counting the units with no text in a target.
 */
export function writeTmx(project: Project, targets: TargetLang[], options: ExportOptions = {}, warnings?: string[]): string {
  const all = filterUnits(buildUnits(project, targets), options);
  // Each added unit is carried by the last real unit before it (leading ones by the header).
  const leading: ExportUnit[] = [];
  const kept: Array<{ unit: ExportUnit; added: ExportUnit[] }> = [];
  for (const unit of all) {
    if (isSourceless(unit, targets)) (kept.at(-1)?.added ?? leading).push(unit);
    else kept.push({ unit, added: [] });
  }
  // Each unit's texts are read once: the warning counts the empty sides, the <tuv>s write the rest.
  const tuvs = kept.map(({ unit }) => presentTexts(unit, targets));
  const addedCount = addedSentenceCount(all, targets);
  if (addedCount) warnings?.push(addedUnitsLine(addedCount));
  const untranslated = untranslatedUnitsLine(tuvs, targets);
  if (untranslated) warnings?.push(untranslated);
  const date = tmxDate(options.date ?? new Date());
  const langs: Lang[] = ['zh', ...targets];
  const tag = (l: Lang): string => langTag(l, project.settings);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header creationtool="Duizhao" creationtoolversion="${escapeXmlAttr(options.toolVersion ?? '0.1.0')}" segtype="sentence" o-tmf="Duizhao" adminlang="en-US" srclang="${tag('zh')}" datatype="plaintext" creationdate="${date}">`,
  ];
  if (addedCount) out.push(`    <note>${escapeXmlText(addedUnitsNote(addedCount))}</note>`);
  out.push(`    <prop type="x-duizhao-project">${escapeXmlText(project.name)}</prop>`);
  for (const unit of leading) out.push(`    ${addedProp(unit, langs)}`);
  out.push('  </header>', '  <body>');
  kept.forEach(({ unit, added }, i) => out.push(tuXml(unit, tuvs[i]!, added, i + 1, langs, tag, date)));
  out.push('  </body>', '</tmx>', '');
  return out.join('\n');
}

/**
 * The languages of a unit that get a `<tuv>`, with their text: those with text. An empty `<seg>` is a segment that is
 * empty. For a target that is a translation into nothing: a CAT tool fed this TM fills the source
 * sentence with nothing (OmegaT does, from tm/auto). So an untranslated sentence (a 1:0 bead) is a
 * `<tu>` with the zh `<tuv>` alone: every reader takes that for the source (it is), and TM tools
 * take no match from a unit without a translation; the props keep the empty side's status and
 * layout, so Duizhao reopens the omission. A unit with no text at all (sentences still empty) keeps
 * an empty zh `<tuv>`: a `<tu>` needs one, and no TM tool offers a unit without a translation.
 */
function presentTexts(unit: ExportUnit, targets: TargetLang[]): Map<Lang, string> {
  const present = new Map<Lang, string>();
  for (const lang of ['zh', ...targets] as Lang[]) {
    const text = sideText(lang === 'zh' ? unit.source : unit.targets[lang], lang);
    if (text !== '') present.set(lang, text);
  }
  return present.size ? present : new Map([['zh', '']]);
}

const sentences = (n: number): string => `${n} sentence${n === 1 ? '' : 's'}`;

/** The warning about the added sentences: what became of them, and where they still are. */
function addedUnitsLine(n: number): string {
  const one = n === 1;
  return `TMX: ${sentences(n)} added in the translation (no Chinese source) ${one ? 'is not written as a translation unit' : 'are not written as translation units'}, which TM tools would read with the translation as the source; Duizhao keeps ${one ? 'it in an x-duizhao-added prop and reopens it' : 'them in x-duizhao-added props and reopens them'}, and the XLIFF, CSV, DOCX and HTML exports show ${one ? 'it' : 'them'}`;
}

/** The same for a person who opens the file: the header's `<note>`. */
function addedUnitsNote(n: number): string {
  const one = n === 1;
  return `${sentences(n)} added in the translation (no Chinese source) ${one ? 'is not a translation unit' : 'are not translation units'} in this file; ${one ? 'it is kept in an x-duizhao-added prop' : 'they are kept in x-duizhao-added props'} for Duizhao.`;
}

/**
 * One line about the units with no text in a target, or undefined when there are none: the file
 * holds them, but a TM tool takes no match from them, which a translator building a TM should know.
 */
function untranslatedUnitsLine(tuvs: ReadonlyArray<ReadonlyMap<Lang, string>>, targets: TargetLang[]): string | undefined {
  const untranslated = new Map<TargetLang, number>();
  for (const present of tuvs) {
    if (present.has('zh')) for (const t of targets) if (!present.has(t)) untranslated.set(t, (untranslated.get(t) ?? 0) + 1);
  }
  if (untranslated.size === 0) return undefined;
  const parts = [...untranslated].map(([t, n]) => `${n} with no ${t} translation`);
  return `TMX units with an empty side have no <tuv> for it, so TM tools find no match there (Duizhao reopens them as they were): ${parts.join(', ')}`;
}

/**
 * An added unit as one prop: JSON of its sides, each with its text (inline codes as the ⟦n⟧
 * tokens they are in Duizhao) and what the `<tu>` props would have said (layout, status,
 * confidence, origin), so the reader rebuilds exactly the unit it would have read from a `<tu>`.
 */
function addedProp(unit: ExportUnit, langs: Lang[]): string {
  const sides: Record<string, Record<string, string>> = {};
  for (const lang of langs) {
    const side = lang === 'zh' ? unit.source : unit.targets[lang];
    if (!side) continue;
    const entry: Record<string, string> = { text: stripNonXmlChars(sideText(side, lang)).text };
    if (side.sentences.length) entry.layout = encodeLayout(side);
    if (lang !== 'zh') {
      const t = unit.targets[lang]!;
      Object.assign(entry, { status: t.status, confidence: t.score.toFixed(3), origin: t.origin });
    }
    sides[lang] = entry;
  }
  return `<prop type="${ADDED_PROP}">${escapeXmlText(JSON.stringify(sides))}</prop>`;
}

function tuXml(unit: ExportUnit, tuvs: ReadonlyMap<Lang, string>, added: ExportUnit[], n: number, langs: Lang[], tag: (l: Lang) => string, date: string): string {
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
  // The DTD puts every <prop> before the first <tuv>.
  for (const a of added) lines.push(`      ${addedProp(a, langs)}`);
  for (const [lang, text] of tuvs) {
    lines.push(`      <tuv xml:lang="${tag(lang)}"><seg>${inlineXml(text, 'tmx')}</seg></tuv>`);
  }
  lines.push('    </tu>');
  return lines.join('\n');
}
