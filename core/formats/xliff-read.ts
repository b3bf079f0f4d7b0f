import type { Project, SegmentStatus, TargetLang } from '../model/types';
import { FormatError } from './format-error';
import { childElements, descendants, firstChild, parseXml, segmentText, type XmlElement } from './xml-tree';
import { langFromTag } from './lang-tags';
import { isSegmentStatus, statusFromXliff } from './xliff-status';
import { baseName, unitsToProject, type ReadUnit } from './units-to-project';

/**
 * Read XLIFF 1.2 or 2.x (zh source, en or ru target) back into a Project. Duizhao's dz: attributes
 * restore confidence, origin and sentence layout; other tools' files give one bead per unit.
 * Inline markup (`<g>`, `<pc>`, `<mrk>`…) is flattened to its text; native codes are left out.
 */
export function readXliff(text: string, fileName: string): Project {
  const root = parseXml(text, fileName);
  if (root.local !== 'xliff') throw new FormatError(fileName, `not an XLIFF file: root element is <${root.name}>, expected <xliff>`, { line: root.line });
  const v2 = (root.attrs.version ?? '').startsWith('2');
  const units: ReadUnit[] = [];
  let target: TargetLang | undefined;
  let name = '';
  for (const file of childElements(root, 'file')) {
    const srcTag = v2 ? root.attrs.srcLang : file.attrs['source-language'];
    const trgTag = v2 ? root.attrs.trgLang : file.attrs['target-language'];
    if (langFromTag(srcTag) !== 'zh') throw new FormatError(fileName, `source language is "${srcTag ?? '(none)'}"; Duizhao reads zh → en/ru files`, { line: file.line });
    const t = langFromTag(trgTag);
    if (t !== 'en' && t !== 'ru') throw new FormatError(fileName, `target language is "${trgTag ?? '(none)'}"; expected en or ru`, { line: file.line });
    if (target && t !== target) throw new FormatError(fileName, 'files with different target languages in one XLIFF are not supported', { line: file.line });
    target = t;
    name ||= file.attrs.original ?? '';
    const elements = v2 ? descendants(file, 'unit') : descendants(file, 'trans-unit');
    for (const u of elements) units.push(v2 ? readUnit2(u, t) : readUnit12(u, t));
  }
  if (!target) throw new FormatError(fileName, 'XLIFF file has no <file> element', { line: root.line });
  // Like a TMX without segments: nothing to open, and an empty project would hide the mistake.
  if (units.length === 0) throw new FormatError(fileName, 'XLIFF file has no translation units', { line: root.line });
  return unitsToProject(name || baseName(fileName), units);
}

function readUnit2(unit: XmlElement, t: TargetLang): ReadUnit {
  // A unit may hold several segments (and ignorables): its text is their concatenation.
  let source = '';
  let target = '';
  let state: string | undefined;
  let subState: string | undefined;
  for (const part of unit.children) {
    if (typeof part === 'string' || (part.local !== 'segment' && part.local !== 'ignorable')) continue;
    const s = firstChild(part, 'source');
    const tg = firstChild(part, 'target');
    source += s ? segmentText(s) : '';
    target += tg ? segmentText(tg) : '';
    if (part.local === 'segment') {
      state ??= part.attrs.state;
      subState ??= part.attrs.subState;
    }
  }
  return buildUnit(unit, t, source, target, statusFromXliff(state, subState, target !== ''));
}

function readUnit12(tu: XmlElement, t: TargetLang): ReadUnit {
  const s = firstChild(tu, 'source');
  const tg = firstChild(tu, 'target');
  const target = tg ? segmentText(tg) : '';
  // XLIFF 1.2 has no subState: Duizhao's exact status travels in dz:status.
  const stated = tu.attrs['dz:status'];
  const status = isSegmentStatus(stated) ? stated : tu.attrs.approved === 'yes' && target ? 'confirmed' : statusFromXliff(tg?.attrs.state, undefined, target !== '');
  return buildUnit(tu, t, s ? segmentText(s) : '', target, status);
}

function buildUnit(el: XmlElement, t: TargetLang, source: string, target: string, status: SegmentStatus): ReadUnit {
  const score = Number(el.attrs['dz:confidence']);
  const origin = el.attrs['dz:origin'];
  return {
    sides: {
      zh: { text: source, ...(el.attrs['dz:source-layout'] ? { layout: el.attrs['dz:source-layout'] } : {}) },
      [t]: { text: target, status, ...(el.attrs['dz:target-layout'] ? { layout: el.attrs['dz:target-layout'] } : {}) },
    },
    meta: {
      [t]: {
        ...(el.attrs['dz:confidence'] !== undefined && Number.isFinite(score) ? { score } : {}),
        ...(origin === 'auto' || origin === 'manual' ? { origin } : {}),
        confirmed: status === 'confirmed',
      },
    },
  };
}
