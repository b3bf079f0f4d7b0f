import type { Project, SegmentStatus, TargetLang } from '../model/types';
import { FormatError } from './format-error';
import { childElements, firstChild, parseXml, type XmlElement } from './xml-tree';
import { englishVariantFromTag, langFromTag } from './lang-tags';
import { isSegmentStatus, statusFromMemoq, statusFromSdlConf, statusFromXliff } from './xliff-status';
import { findDescendants } from './xliff-inline';
import { InlineCodeNumbers, tokenizedText } from './inline-codes';
import { baseName, unitsToProject, type ReadUnit } from './units-to-project';
import { sentenceId } from '../model/ids';

/**
 * Read XLIFF 1.2 or 2.x (zh source, en or ru target) back into a Project. Duizhao's dz: attributes
 * restore confidence, origin and sentence layout; other tools' files give one bead per unit, or one
 * per `<mrk mtype="seg">` when a `<seg-source>` segments the unit (Trados, memoQ), the unit's
 * segments sharing a paragraph. Units marked translate="no" are left out. Tracked deletions are
 * dropped and insertions kept (the file's final text); Trados `sdl:conf` and memoQ `mq:status`
 * give the status. Inline codes (`<x/>`, `<g>`, `<bx/>`/`<ex/>`, `<bpt>`/`<ept>`, `<ph>`, `<it>`,
 * XLIFF 2 `<pc>`, `<sc/>`/`<ec/>`) become protected tokens ⟦1⟧ … ⟦/1⟧ numbered by the source (see
 * core/model/tag-tokens.ts); annotations (`<mrk>`) are flattened to their text.
 */
export function readXliff(text: string, fileName: string): Project {
  const root = parseXml(text, fileName);
  if (root.local !== 'xliff') throw new FormatError(fileName, `not an XLIFF file: root element is <${root.name}>, expected <xliff>`, { line: root.line });
  const v2 = (root.attrs.version ?? '').startsWith('2');
  const units: ReadUnit[] = [];
  let target: TargetLang | undefined;
  let variant: ReturnType<typeof englishVariantFromTag>;
  let name = '';
  let paragraphs = 0;
  let ordinal = 0;
  const keys: string[] = [];
  for (const file of childElements(root, 'file')) {
    const srcTag = v2 ? root.attrs.srcLang : file.attrs['source-language'];
    const trgTag = v2 ? root.attrs.trgLang : file.attrs['target-language'];
    if (langFromTag(srcTag) !== 'zh') throw new FormatError(fileName, `source language is "${srcTag ?? '(none)'}"; Duizhao reads zh → en/ru files`, { line: file.line });
    const t = langFromTag(trgTag);
    if (t !== 'en' && t !== 'ru') throw new FormatError(fileName, `target language is "${trgTag ?? '(none)'}"; expected en or ru`, { line: file.line });
    if (target && t !== target) throw new FormatError(fileName, 'files with different target languages in one XLIFF are not supported', { line: file.line });
    target = t;
    variant ??= englishVariantFromTag(trgTag);
    name ||= file.attrs.original ?? '';
    const elements = findDescendants(file, v2 ? 'unit' : 'trans-unit');
    for (const u of elements) {
      // Every unit counts for the keys, skipped ones too, so the writer can find them by position.
      const key = `${v2 ? 'unit' : 'tu'}:${ordinal++}`;
      if (u.attrs.translate === 'no') continue;
      const paraKey = paragraphs++;
      for (const { mid, ...unit } of v2 ? [readUnit2(u, t)] : readUnit12(u, t)) {
        units.push({ ...unit, paraKey });
        keys.push(mid === undefined ? key : `${key}#${mid}`);
      }
    }
  }
  if (!target) throw new FormatError(fileName, 'XLIFF file has no <file> element', { line: root.line });
  // Like a TMX without segments: nothing to open, and an empty project would hide the mistake.
  if (units.length === 0) throw new FormatError(fileName, 'XLIFF file has no translation units', { line: root.line });
  const project = unitsToProject(name || baseName(fileName), units);
  // The file's English (en-US) is the project's, so every export labels it as the file did.
  if (variant) project.settings.englishVariant = variant;
  // A client's file (not one Duizhao wrote) is kept whole for `export --to original`: each unit's
  // zh sentence has the id of its position (no layout in a foreign file, see unitsToProject).
  if (!units.some((u) => u.sides.zh?.layout)) {
    const ids = new Set(project.source.paragraphs.flatMap((p) => p.sentences.map((s) => s.id)));
    const segments = keys.map((key, i) => ({ key, zh: sentenceId('zh', i) })).filter((seg) => ids.has(seg.zh));
    project.original = { fileName: fileName.replace(/^.*[\\/]/, ''), format: 'xliff', text, segments };
  }
  return project;
}

function readUnit2(unit: XmlElement, t: TargetLang): ReadUnit & { mid?: string } {
  // A unit may hold several segments (and ignorables): its text is their concatenation.
  let source = '';
  let target = '';
  let state: string | undefined;
  let subState: string | undefined;
  const codes = new InlineCodeNumbers();
  for (const part of unit.children) {
    if (typeof part === 'string' || (part.local !== 'segment' && part.local !== 'ignorable')) continue;
    const s = firstChild(part, 'source');
    const tg = firstChild(part, 'target');
    source += s ? tokenizedText(s, codes) : '';
    target += tg ? tokenizedText(tg, codes) : '';
    if (part.local === 'segment') {
      state ??= part.attrs.state;
      subState ??= part.attrs.subState;
    }
  }
  return buildUnit(unit, t, source, target, statusFromXliff(state, subState, target !== ''));
}

function readUnit12(tu: XmlElement, t: TargetLang): Array<ReadUnit & { mid?: string }> {
  const tg = firstChild(tu, 'target');
  const segSource = firstChild(tu, 'seg-source');
  const marks = segSource ? findDescendants(segSource, 'mrk', isSegmentMark) : [];
  if (marks.length > 0) {
    // Trados/memoQ segmentation: one bead per segment, the target segment found by its mid.
    const targetMarks = new Map<string, XmlElement>();
    for (const m of tg ? findDescendants(tg, 'mrk', isSegmentMark) : []) targetMarks.set(m.attrs.mid ?? '', m);
    const sdlSegs = new Map<string, XmlElement>();
    for (const defs of childElements(tu, 'seg-defs')) for (const seg of childElements(defs, 'seg')) sdlSegs.set(seg.attrs.id ?? '', seg);
    return marks.map((m) => {
      const mid = m.attrs.mid ?? '';
      const tm = targetMarks.get(mid);
      const codes = new InlineCodeNumbers();
      const source = tokenizedText(m, codes);
      const target = tm ? tokenizedText(tm, codes) : '';
      const sdl = sdlSegs.get(mid);
      const status = sdl ? statusFromSdlConf(sdl.attrs.conf, sdl.attrs.origin, target !== '') : statusOf12(tu, tg, target);
      return { ...buildUnit(tu, t, source, target, status), mid };
    });
  }
  const codes = new InlineCodeNumbers();
  const s = firstChild(tu, 'source');
  const source = s ? tokenizedText(s, codes) : '';
  const target = tg ? tokenizedText(tg, codes) : '';
  return [buildUnit(tu, t, source, target, statusOf12(tu, tg, target))];
}

function isSegmentMark(el: XmlElement): boolean {
  return el.attrs.mtype === 'seg';
}

/** A trans-unit's status: Duizhao's dz:status, memoQ's mq:status, else approved/state. */
function statusOf12(tu: XmlElement, tg: XmlElement | undefined, target: string): SegmentStatus {
  // XLIFF 1.2 has no subState: Duizhao's exact status travels in dz:status.
  const stated = tu.attrs['dz:status'];
  if (isSegmentStatus(stated)) return stated;
  const memoq = tu.attrs['mq:status'];
  if (memoq !== undefined) return statusFromMemoq(memoq, target !== '');
  return tu.attrs.approved === 'yes' && target ? 'confirmed' : statusFromXliff(tg?.attrs.state, undefined, target !== '');
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
