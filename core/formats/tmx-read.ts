import type { BeadOrigin, Project, SegmentStatus, TargetLang } from '../model/types';
import { TARGET_LANGS } from '../model/types';
import { FormatError } from './format-error';
import { childElements, firstChild, parseXml, textContent, type XmlElement } from './xml-tree';
import { InlineCodeNumbers, tokenizedText } from './inline-codes';
import { englishVariantFromTag, langFromTag, langTag } from './lang-tags';
import { DEFAULT_SETTINGS, type Lang, type ProjectSettings } from '../model/types';
import { baseName, unitsToProject, type ReadUnit } from './units-to-project';
import { ADDED_PROP } from './tmx-write';

const STATUSES = new Set<string>(['empty', 'mt', 'draft', 'edited', 'confirmed']);

/**
 * Read a TMX file (Duizhao's own or another tool's) back into a Project: `<tuv>` languages by
 * primary subtag (zh-CN, zh-Hans → zh), one bead per `<tu>` and target, inline codes (`<bpt>`/`<ept>`,
 * `<ph>`, `<it>`, `<ut>`) as protected tokens ⟦1⟧ ⟦/1⟧, props restoring confidence,
 * status and sentence layout when Duizhao wrote them. Needs a zh side and at least one en/ru side.
 */
export interface ReadTmxOptions {
  /** The English the project wants: of two English variants in one `<tu>`, this one is kept. */
  englishVariant?: ProjectSettings['englishVariant'];
  /** Receives one line per kind of dropped variant (never one per unit). */
  warnings?: string[];
}

export function readTmx(text: string, fileName: string, options: ReadTmxOptions = {}): Project {
  const root = parseXml(text, fileName);
  if (root.local !== 'tmx') throw new FormatError(fileName, `not a TMX file: root element is <${root.name}>, expected <tmx>`, { line: root.line });
  const body = firstChild(root, 'body');
  if (!body) throw new FormatError(fileName, 'TMX file has no <body>', { line: root.line });
  const units: ReadUnit[] = [];
  const dropped = new Map<string, { count: number; line: number }>();
  const want = { englishVariant: options.englishVariant ?? DEFAULT_SETTINGS.englishVariant };
  const tus = childElements(body, 'tu');
  const targets = targetLangsOf(tus);
  const variants = { 'en-US': 0, 'en-GB': 0 };
  // Sentences added in the translation travel in x-duizhao-added props (tmx-write): the header's
  // come first, a <tu>'s right after it.
  const badAdded = { count: 0, line: 0 };
  const header = firstChild(root, 'header');
  if (header) units.push(...addedUnits(header, badAdded));
  for (const tu of tus) {
    units.push(readTu(tu, fileName, want, dropped, targets, variants));
    for (const added of addedUnits(tu, badAdded)) units.push(added);
  }
  if (badAdded.count) options.warnings?.push(`${fileName}: ${badAdded.count} ${ADDED_PROP} prop${badAdded.count === 1 ? '' : 's'} could not be read and ${badAdded.count === 1 ? 'was' : 'were'} left out — first at line ${badAdded.line}`);
  for (const [what, { count, line }] of dropped) {
    options.warnings?.push(`${fileName}: ${count} unit${count === 1 ? '' : 's'} with ${what} — first at line ${line}`);
  }
  if (!units.some((u) => u.sides.zh)) throw new FormatError(fileName, 'TMX file has no Chinese (zh) segments');
  if (!units.some((u) => TARGET_LANGS.some((t) => u.sides[t]))) throw new FormatError(fileName, 'TMX file has no English or Russian segments');
  const nameProp = header ? childElements(header, 'prop').find((p) => p.attrs.type === 'x-duizhao-project') : undefined;
  const name = nameProp ? textContent(nameProp).trim() : '';
  const project = unitsToProject(name || baseName(fileName), units);
  // The English the file holds (the variant most of its kept English segments are tagged with) is
  // the project's, so an en-US TM is written back as en-US, not relabelled en-GB.
  if (variants['en-US'] !== variants['en-GB']) project.settings.englishVariant = variants['en-US'] > variants['en-GB'] ? 'en-US' : 'en-GB';
  return project;
}

/**
 * The `<tuv>` to keep for each language. Two variants of one language (en-US and en-GB) are a real
 * TM shape: the one whose tag is the project's (langTag: en-GB/en-US as set, zh-CN, ru-RU) wins,
 * else the first; the drop is counted so the reader can say which was dropped, once per file.
 */
function pickVariants(tu: XmlElement, want: Pick<ProjectSettings, 'englishVariant'>, dropped: Map<string, { count: number; line: number }>): Map<Lang, XmlElement> {
  const byLang = new Map<Lang, XmlElement[]>();
  for (const tuv of childElements(tu, 'tuv')) {
    const lang = langFromTag(tuv.attrs['xml:lang'] ?? tuv.attrs.lang);
    if (!lang) continue; // a fourth language in a multilingual TM: not ours to keep
    const list = byLang.get(lang) ?? [];
    list.push(tuv);
    byLang.set(lang, list);
  }
  const picked = new Map<Lang, XmlElement>();
  const tagOf = (el: XmlElement): string => el.attrs['xml:lang'] ?? el.attrs.lang ?? '';
  const norm = (tag: string): string => tag.trim().toLowerCase().replace(/_/g, '-');
  for (const [lang, list] of byLang) {
    const wanted = norm(langTag(lang, want));
    const keep = list.find((el) => norm(tagOf(el)) === wanted) ?? list[0]!;
    picked.set(lang, keep);
    if (list.length === 1) continue;
    const others = list.filter((el) => el !== keep).map(tagOf);
    const why = norm(tagOf(keep)) === wanted ? "the project's" : 'the first; none is the project\'s ' + langTag(lang, want);
    const key = `${lang} twice (${list.map(tagOf).join(', ')}): kept ${tagOf(keep)} (${why}), dropped ${others.join(', ')}`;
    const seen = dropped.get(key);
    if (seen) seen.count++;
    else dropped.set(key, { count: 1, line: tu.line });
  }
  return picked;
}

/** The target languages the file has a `<tuv>` for anywhere. */
function targetLangsOf(tus: XmlElement[]): Set<TargetLang> {
  const found = new Set<TargetLang>();
  for (const tu of tus) {
    for (const tuv of childElements(tu, 'tuv')) {
      const lang = langFromTag(tuv.attrs['xml:lang'] ?? tuv.attrs.lang);
      if (lang && lang !== 'zh') found.add(lang);
    }
  }
  return found;
}

function readTu(
  tu: XmlElement,
  fileName: string,
  want: Pick<ProjectSettings, 'englishVariant'>,
  dropped: Map<string, { count: number; line: number }>,
  targets: Set<TargetLang>,
  variants: Record<ProjectSettings['englishVariant'], number>,
): ReadUnit {
  const props = new Map<string, string>();
  for (const p of childElements(tu, 'prop')) if (p.attrs.type) props.set(p.attrs.type, textContent(p));
  const unit: ReadUnit = { sides: {}, meta: {} };
  // Inline codes are numbered by the zh side, so it is read first whatever the order of the tuvs.
  const codes = new InlineCodeNumbers();
  const picked = [...pickVariants(tu, want, dropped)].sort(([a], [b]) => (a === 'zh' ? -1 : b === 'zh' ? 1 : 0));
  for (const [lang, tuv] of picked) {
    const tag = tuv.attrs['xml:lang'] ?? tuv.attrs.lang;
    const variant = lang === 'en' ? englishVariantFromTag(tag) : undefined;
    if (variant) variants[variant]++;
    const seg = firstChild(tuv, 'seg');
    if (!seg) throw new FormatError(fileName, `<tuv xml:lang="${tag}"> has no <seg>`, { line: tuv.line });
    const status = props.get(`x-status-${lang}`);
    unit.sides[lang] = {
      text: tokenizedText(seg, codes),
      ...(props.has(`x-duizhao-layout-${lang}`) ? { layout: props.get(`x-duizhao-layout-${lang}`)! } : {}),
      ...(status && STATUSES.has(status) ? { status: status as SegmentStatus } : {}),
    };
  }
  // No zh <tuv> but Duizhao's zh layout: source sentences whose text is still empty (the writer
  // leaves out an empty <seg>). Without a layout, a unit with no zh is a sentence added in the translation.
  if (!unit.sides.zh && props.has('x-duizhao-layout-zh')) unit.sides.zh = { text: '', layout: props.get('x-duizhao-layout-zh')! };
  for (const t of TARGET_LANGS) {
    // No <tuv> in a language the file translates into: the source is not translated there (TMX
    // leaves an untranslated segment out, Duizhao's writer too), an omission and not a lost sentence.
    if (!unit.sides[t] && unit.sides.zh && (targets.has(t) || props.has(`x-status-${t}`))) unit.sides[t] = untranslatedSide(props, t);
    if (!unit.sides[t]) continue;
    unit.meta[t] = metaFrom(props, t);
  }
  return unit;
}

function untranslatedSide(props: Map<string, string>, t: TargetLang): ReadUnit['sides'][TargetLang] {
  const status = props.get(`x-status-${t}`);
  return {
    text: '',
    ...(props.has(`x-duizhao-layout-${t}`) ? { layout: props.get(`x-duizhao-layout-${t}`)! } : {}),
    ...(status && STATUSES.has(status) ? { status: status as SegmentStatus } : {}),
  };
}

function metaFrom(props: Map<string, string>, t: TargetLang): ReadUnit['meta'][TargetLang] {
  const score = Number(props.get(`x-confidence-${t}`));
  const origin = props.get(`x-origin-${t}`);
  return {
    ...(Number.isFinite(score) && props.has(`x-confidence-${t}`) ? { score } : {}),
    ...(origin === 'auto' || origin === 'manual' ? { origin: origin as BeadOrigin } : {}),
    confirmed: props.get(`x-status-${t}`) === 'confirmed',
  };
}

/**
 * The added units an element (the header or a `<tu>`) carries in its x-duizhao-added props, in
 * order, read into the unit a `<tu>` with the same sides and props would have given. A prop that is
 * not what the writer writes (hand-edited, cut) is counted in `bad` and left out.
 */
function addedUnits(el: XmlElement, bad: { count: number; line: number }): ReadUnit[] {
  const out: ReadUnit[] = [];
  for (const p of childElements(el, 'prop')) {
    if (p.attrs.type !== ADDED_PROP) continue;
    const unit = addedUnit(textContent(p));
    if (unit) out.push(unit);
    else if (bad.count++ === 0) bad.line = p.line;
  }
  return out;
}

function addedUnit(json: string): ReadUnit | undefined {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const sides = value as Record<string, unknown>;
  const unit: ReadUnit = { sides: {}, meta: {} };
  const props = new Map<string, string>();
  for (const lang of ['zh', ...TARGET_LANGS] as Lang[]) {
    const side = sides[lang];
    if (side === undefined) continue;
    if (!side || typeof side !== 'object') return undefined;
    const { text, layout, status, confidence, origin } = side as Record<string, unknown>;
    if (typeof text !== 'string' || [layout, status, confidence, origin].some((v) => v !== undefined && typeof v !== 'string')) return undefined;
    // A side with no sentences is left out as a <tu> leaves out its <tuv>; a target's stays beside
    // source sentences (their text still empty), where readTu makes it an untranslated side.
    if (text === '' && layout === undefined && (lang === 'zh' || !unit.sides.zh)) continue;
    unit.sides[lang] = { text, ...(layout !== undefined ? { layout: layout as string } : {}), ...(typeof status === 'string' && STATUSES.has(status) ? { status: status as SegmentStatus } : {}) };
    if (lang === 'zh') continue;
    if (typeof status === 'string') props.set(`x-status-${lang}`, status);
    if (typeof confidence === 'string') props.set(`x-confidence-${lang}`, confidence);
    if (typeof origin === 'string') props.set(`x-origin-${lang}`, origin);
    unit.meta[lang] = metaFrom(props, lang);
  }
  return TARGET_LANGS.some((t) => unit.sides[t]) ? unit : undefined;
}
