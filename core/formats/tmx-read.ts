import type { BeadOrigin, Project, SegmentStatus, TargetLang } from '../model/types';
import { TARGET_LANGS } from '../model/types';
import { FormatError } from './format-error';
import { childElements, firstChild, parseXml, segmentText, textContent, type XmlElement } from './xml-tree';
import { langFromTag } from './lang-tags';
import { baseName, unitsToProject, type ReadUnit } from './units-to-project';

const STATUSES = new Set<string>(['empty', 'mt', 'draft', 'edited', 'confirmed']);

/**
 * Read a TMX file (Duizhao's own or another tool's) back into a Project: `<tuv>` languages by
 * primary subtag (zh-CN, zh-Hans → zh), one bead per `<tu>` and target, props restoring confidence,
 * status and sentence layout when Duizhao wrote them. Needs a zh side and at least one en/ru side.
 */
export function readTmx(text: string, fileName: string): Project {
  const root = parseXml(text, fileName);
  if (root.local !== 'tmx') throw new FormatError(fileName, `not a TMX file: root element is <${root.name}>, expected <tmx>`, { line: root.line });
  const body = firstChild(root, 'body');
  if (!body) throw new FormatError(fileName, 'TMX file has no <body>', { line: root.line });
  const units: ReadUnit[] = [];
  for (const tu of childElements(body, 'tu')) units.push(readTu(tu, fileName));
  if (!units.some((u) => u.sides.zh)) throw new FormatError(fileName, 'TMX file has no Chinese (zh) segments');
  if (!units.some((u) => TARGET_LANGS.some((t) => u.sides[t]))) throw new FormatError(fileName, 'TMX file has no English or Russian segments');
  const header = firstChild(root, 'header');
  const nameProp = header ? childElements(header, 'prop').find((p) => p.attrs.type === 'x-duizhao-project') : undefined;
  const name = nameProp ? textContent(nameProp).trim() : '';
  return unitsToProject(name || baseName(fileName), units);
}

function readTu(tu: XmlElement, fileName: string): ReadUnit {
  const props = new Map<string, string>();
  for (const p of childElements(tu, 'prop')) if (p.attrs.type) props.set(p.attrs.type, textContent(p));
  const unit: ReadUnit = { sides: {}, meta: {} };
  for (const tuv of childElements(tu, 'tuv')) {
    const tag = tuv.attrs['xml:lang'] ?? tuv.attrs.lang;
    const lang = langFromTag(tag);
    if (!lang) continue; // a fourth language in a multilingual TM: not ours to keep
    const seg = firstChild(tuv, 'seg');
    if (!seg) throw new FormatError(fileName, `<tuv xml:lang="${tag}"> has no <seg>`, { line: tuv.line });
    const status = props.get(`x-status-${lang}`);
    unit.sides[lang] = {
      text: segmentText(seg),
      ...(props.has(`x-duizhao-layout-${lang}`) ? { layout: props.get(`x-duizhao-layout-${lang}`)! } : {}),
      ...(status && STATUSES.has(status) ? { status: status as SegmentStatus } : {}),
    };
  }
  for (const t of TARGET_LANGS) {
    if (!unit.sides[t]) continue;
    unit.meta[t] = metaFrom(props, t);
  }
  return unit;
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

