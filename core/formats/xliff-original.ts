import { SaxesParser } from 'saxes';
import type { Alignment, Project, SegmentStatus, Sentence, TargetLang } from '../model/types';
import { TAG_TOKEN } from '../model/tag-tokens';
import { FormatError } from './format-error';
import { InlineCodeNumbers, tokenizedText } from './inline-codes';
import { inlineXml } from './inline-write';
import { joinerFor } from './export-units';
import { childElements, firstChild, parseXml, type XmlElement } from './xml-tree';
import { escapeXmlAttr, escapeXmlText } from './xml-escape';
import { findDescendants } from './xliff-inline';
import { XLIFF12_STATE, XLIFF2_STATE } from './xliff-status';

/** Where an element sits in the original text: its start tag, its content, its end. */
interface Span {
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
}

/** One replacement in the original text. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

const STATUS_RANK: Record<SegmentStatus, number> = { empty: 0, mt: 1, draft: 2, edited: 3, confirmed: 4 };
const SDL_CONFIRMED = new Set(['Translated', 'ApprovedTranslation', 'ApprovedSignOff']);
const MQ_CONFIRMED = new Set(['ManuallyConfirmed', 'ConfirmedTranslator', 'Confirmed', 'Reviewer1Confirmed', 'Reviewer2Confirmed', 'Proofread']);

/**
 * The client's XLIFF the project was opened from, handed back as the same document: every byte
 * outside the targets and their state attributes is the original's (skeleton, ids, notes, source
 * inline codes, unrelated attributes, tool namespaces). Per segment the target content is replaced
 * (or a `<target>` inserted after `<source>`/`<seg-source>` when the file had none) and the state
 * set in the file's own vocabulary: XLIFF 1.2 `state`, XLIFF 2 segment `state`, Trados `sdl:seg
 * conf`, memoQ `mq:status` (a confirmed segment the file already had as confirmed keeps its level).
 * Tokens go back as the source's own codes. Pure: text in, text out; warnings for what it could
 * not place.
 */
export function exportOriginalXliff(project: Project, targetLang?: TargetLang): { data: string; warnings: string[] } {
  const original = project.original;
  if (!original) throw new Error('this project was not opened from an XLIFF file: there is no original to write back');
  const t = targetLang ?? (Object.keys(project.alignments)[0] as TargetLang | undefined);
  const alignment = t ? project.alignments[t] : undefined;
  if (!t || !alignment) throw new Error('the project has no alignment to write back');
  const text = original.text;
  const root = parseXml(text, original.fileName);
  const edits = new TextEdits(text, elementSpans(text, root, original.fileName));
  const v2 = (root.attrs.version ?? '').startsWith('2');
  const units = unitsByKey(root, v2);
  const translation = translationLookup(project, alignment, t);
  const warnings: string[] = [];
  // Several segments of one Trados/memoQ unit without a <target>: one target built for all of them.
  const builtTargets = new Map<XmlElement, string[]>();
  for (const { key, zh } of original.segments) {
    const [unitKey, mid] = key.split('#') as [string, string | undefined];
    const unit = units.get(unitKey);
    const tr = translation(zh);
    if (!unit || !tr) {
      warnings.push(`${original.fileName}: segment ${key} not found; left as it was`);
      continue;
    }
    if (v2) {
      const segments = childElements(unit, 'segment');
      if (writeXliff2Unit(edits, segments, tr) && segments.length > 1) warnings.push(`${original.fileName}: unit ${key} has ${segments.length} segments; its whole translation is in the first`);
    } else if (mid === undefined) writeXliff12Unit(edits, unit, tr);
    else if (!writeMarkedSegment(edits, unit, mid, tr, builtTargets)) warnings.push(`${original.fileName}: segment ${key} has no <mrk mid="${mid}"> in its target; left as it was`);
  }
  for (const [unit, marks] of builtTargets) edits.insertAfter(firstChild(unit, 'seg-source')!, `<target>${marks.join('')}</target>`);
  return { data: edits.applied(), warnings };
}

/** A segment's translation in the project: its text and status. */
type Translation = { text: string; status: SegmentStatus };

/** The file's units by the keys the import gave them (`unit:N` in XLIFF 2, `tu:N` in 1.2, counted through all files). */
function unitsByKey(root: XmlElement, v2: boolean): Map<string, XmlElement> {
  const units = new Map<string, XmlElement>();
  let ordinal = 0;
  for (const file of childElements(root, 'file')) for (const u of findDescendants(file, v2 ? 'unit' : 'trans-unit')) units.set(`${v2 ? 'unit' : 'tu'}:${ordinal++}`, u);
  return units;
}

/** The translation of the segment with source sentence id `zh` in target `t`, or undefined when no bead holds it. */
function translationLookup(project: Project, alignment: Alignment, t: TargetLang): (zh: string) => Translation | undefined {
  const sentences = new Map<string, Sentence>();
  for (const doc of [project.source, project.targets[t]]) for (const p of doc?.paragraphs ?? []) for (const s of p.sentences) sentences.set(s.id, s);
  return (zh) => {
    const bead = alignment.beads.find((b) => b.src.includes(zh));
    if (!bead) return undefined;
    // A bead over several segments (merged by the translator) puts its text in the first one.
    if (bead.src[0] !== zh) return { text: '', status: 'empty' };
    const tgt = bead.tgt.map((id) => sentences.get(id)).filter((s): s is Sentence => s !== undefined && s.text !== '');
    if (tgt.length === 0) return { text: '', status: 'empty' };
    const least = tgt.reduce((a, b) => (STATUS_RANK[b.status] < STATUS_RANK[a.status] ? b : a)).status;
    return { text: tgt.map((s) => s.text).join(joinerFor(t)), status: bead.confirmed ? 'confirmed' : least };
  };
}

/**
 * An XLIFF 2 unit: the whole translation in its first segment (state set on the segment), the
 * other segments' targets emptied. False when the unit has no segment with a source.
 */
function writeXliff2Unit(edits: TextEdits, segments: readonly XmlElement[], tr: Translation): boolean {
  const seg = segments[0];
  const source = seg ? firstChild(seg, 'source') : undefined;
  if (!seg || !source) return false;
  const codes = new InlineCodeNumbers();
  tokenizedText(source, codes);
  edits.writeTarget(seg, source, originalInline(tr.text, codes, 'xliff2'), { state: XLIFF2_STATE[tr.status] });
  edits.setAttrs(seg, { state: XLIFF2_STATE[tr.status] });
  for (const other of segments.slice(1)) {
    const tg = firstChild(other, 'target');
    if (tg) edits.setContent(tg, '');
  }
  return true;
}

/** An XLIFF 1.2 unit of one segment: its target, and its state (memoQ's `mq:status` in a memoQ file, else `state`). */
function writeXliff12Unit(edits: TextEdits, unit: XmlElement, tr: Translation): void {
  const mq = unit.attrs['mq:status'];
  if (mq !== undefined) edits.setAttrs(unit, { 'mq:status': memoqStatus(tr.status, mq) });
  const source = firstChild(unit, 'source');
  if (!source) return;
  const codes = new InlineCodeNumbers();
  tokenizedText(source, codes);
  const state: Record<string, string> = mq === undefined ? { state: XLIFF12_STATE[tr.status] } : {};
  edits.writeTarget(unit, source, originalInline(tr.text, codes, 'xliff12'), state);
}

/**
 * A segment `<mrk mtype="seg" mid>` of a Trados (or memoQ) unit: its target mark's content, or a
 * mark kept for the target built after `<seg-source>` when the unit has none, and its Trados
 * confidence. False when the unit has a target without that mark (left as it was).
 */
function writeMarkedSegment(edits: TextEdits, unit: XmlElement, mid: string, tr: Translation, builtTargets: Map<XmlElement, string[]>): boolean {
  const target = firstChild(unit, 'target');
  const mq = unit.attrs['mq:status'];
  if (mq !== undefined) edits.setAttrs(unit, { 'mq:status': memoqStatus(tr.status, mq) });
  const segSource = firstChild(unit, 'seg-source');
  const srcMark = segSource ? findDescendants(segSource, 'mrk', (m) => m.attrs.mtype === 'seg' && m.attrs.mid === mid)[0] : undefined;
  if (!segSource || !srcMark) return true;
  const codes = new InlineCodeNumbers();
  tokenizedText(srcMark, codes);
  const content = originalInline(tr.text, codes, 'xliff12');
  const tgtMark = target ? findDescendants(target, 'mrk', (m) => m.attrs.mtype === 'seg' && m.attrs.mid === mid)[0] : undefined;
  let placed = true;
  if (tgtMark) edits.setContent(tgtMark, content);
  else if (!target) {
    const list = builtTargets.get(unit) ?? [];
    list.push(`<mrk mtype="seg" mid="${escapeXmlAttr(mid)}">${content}</mrk>`);
    builtTargets.set(unit, list);
  } else placed = false;
  for (const defs of childElements(unit, 'seg-defs')) {
    for (const seg of childElements(defs, 'seg')) {
      if (seg.attrs.id === mid) edits.setAttrs(seg, { conf: sdlConf(tr.status, seg.attrs.conf) });
    }
  }
  return placed;
}

/** Replacements in the original text, collected element by element and applied back to front. */
class TextEdits {
  private readonly edits: Edit[] = [];

  constructor(
    private readonly text: string,
    private readonly spans: ReadonlyMap<XmlElement, Span>,
  ) {}

  private span(el: XmlElement): Span {
    return this.spans.get(el)!;
  }

  /** The element's start tag with `attrs` set. */
  setAttrs(el: XmlElement, attrs: Record<string, string>): void {
    const s = this.span(el);
    this.edits.push({ start: s.start, end: s.openEnd, text: withAttrs(this.text.slice(s.start, s.openEnd), attrs) });
  }

  /** The element's content replaced (an empty element `<x/>` opened to hold it). */
  setContent(el: XmlElement, content: string): void {
    const s = this.span(el);
    if (s.closeStart === s.openEnd && this.text.slice(s.start, s.openEnd).endsWith('/>')) {
      const open = this.text.slice(s.start, s.openEnd).replace(/\s*\/>$/, '>');
      this.edits.push({ start: s.start, end: s.end, text: `${open}${content}</${el.name}>` });
    } else this.edits.push({ start: s.openEnd, end: s.closeStart, text: content });
  }

  /** `markup` inserted right after the element. */
  insertAfter(el: XmlElement, markup: string): void {
    const s = this.span(el);
    this.edits.push({ start: s.end, end: s.end, text: markup });
  }

  /** Replace the target's content, or insert a target right after the source. */
  writeTarget(holder: XmlElement, source: XmlElement, content: string, attrs: Record<string, string>): void {
    const tg = firstChild(holder, 'target');
    if (tg) {
      this.setContent(tg, content);
      if (Object.keys(attrs).length > 0 && holder.local === 'trans-unit') this.setAttrs(tg, attrs);
    } else {
      const state = holder.local === 'trans-unit' && attrs.state ? ` state="${attrs.state}"` : '';
      this.insertAfter(source, `<target${state}>${content}</target>`);
    }
  }

  /** The text with every edit made. */
  applied(): string {
    this.edits.sort((a, b) => b.start - a.start || b.end - a.end);
    let out = this.text;
    let limit = Infinity;
    for (const e of this.edits) {
      if (e.end > limit) continue; // two edits of one place: the later-added one loses (never happens by construction)
      out = out.slice(0, e.start) + e.text + out.slice(e.end);
      limit = e.start;
    }
    return out;
  }
}

function memoqStatus(status: SegmentStatus, was: string): string {
  if (status === 'confirmed') return MQ_CONFIRMED.has(was) ? was : 'ManuallyConfirmed';
  if (status === 'mt') return 'MachineTranslated';
  if (status === 'empty') return 'NotStarted';
  return 'PartiallyEdited';
}

function sdlConf(status: SegmentStatus, was: string | undefined): string {
  if (status === 'confirmed') return was && SDL_CONFIRMED.has(was) ? was : 'Translated';
  return 'Draft';
}

/** A start tag with attributes set (replaced where present, added before the end otherwise). */
function withAttrs(tag: string, attrs: Record<string, string>): string {
  let out = tag;
  for (const [name, value] of Object.entries(attrs)) {
    const re = new RegExp(`(\\s${name.replace(/[.:-]/g, '\\$&')}\\s*=\\s*)("[^"]*"|'[^']*')`);
    const quoted = `"${escapeXmlAttr(value)}"`;
    out = re.test(out) ? out.replace(re, `$1${quoted}`) : out.replace(/\s*(\/?)>$/, ` ${name}=${quoted}$1>`);
  }
  return out;
}

/**
 * Target text with its tokens written as the source's own codes (same element, same attributes,
 * same native content). A container code (`<g>`, `<pc>`) is written as one only when its two tokens
 * nest properly; otherwise, like a token the source does not have, it becomes the format's
 * generic code, so the result is always well-formed.
 */
function originalInline(text: string, codes: InlineCodeNumbers, dialect: 'xliff12' | 'xliff2'): string {
  if (!text.includes('⟦')) return escapeXmlText(text);
  const tokens = [...text.matchAll(TAG_TOKEN)];
  const nested = new Set<number>();
  const stack: number[] = [];
  tokens.forEach((m, i) => {
    if (codes.elements.get(Number(m[2]))?.shape !== 'container') return;
    if (m[1] !== '/') stack.push(i);
    else {
      const open = stack.pop();
      if (open !== undefined && tokens[open]![2] === m[2]) {
        nested.add(open);
        nested.add(i);
      } else if (open !== undefined) stack.push(open);
    }
  });
  let out = '';
  let last = 0;
  tokens.forEach((m, i) => {
    out += escapeXmlText(text.slice(last, m.index));
    last = m.index + m[0].length;
    const rec = codes.elements.get(Number(m[2]));
    const closing = m[1] === '/';
    if (rec?.shape === 'container' && nested.has(i)) out += closing ? `</${rec.open!.name}>` : startTag(rec.open!, false);
    else if (rec && rec.shape !== 'container' && (closing ? rec.close ?? (rec.shape === 'close' ? rec.open : undefined) : rec.open)) {
      out += serialize(closing ? (rec.close ?? rec.open)! : rec.open!);
    } else out += inlineXml(m[0], dialect);
  });
  return out + escapeXmlText(text.slice(last));
}

function startTag(el: XmlElement, selfClosing: boolean): string {
  let out = `<${el.name}`;
  for (const [k, v] of Object.entries(el.attrs)) out += ` ${k}="${escapeXmlAttr(v)}"`;
  return out + (selfClosing ? '/>' : '>');
}

/** An element written back (iteratively: native code may nest `<sub>`). */
function serialize(el: XmlElement): string {
  let out = '';
  const stack: Array<{ el: XmlElement; i: number }> = [];
  const open = (e: XmlElement): void => {
    if (e.children.length === 0) out += startTag(e, true);
    else {
      out += startTag(e, false);
      stack.push({ el: e, i: 0 });
    }
  };
  open(el);
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.i >= top.el.children.length) {
      out += `</${top.el.name}>`;
      stack.pop();
      continue;
    }
    const child = top.el.children[top.i++]!;
    if (typeof child === 'string') out += escapeXmlText(child);
    else open(child);
  }
  return out;
}

/**
 * Offsets of every element, matched to the parsed tree: saxes reports elements in document order,
 * the same order as a pre-order walk of the tree.
 */
function elementSpans(text: string, root: XmlElement, fileName: string): Map<XmlElement, Span> {
  const list: Span[] = [];
  const open: Span[] = [];
  const parser = new SaxesParser({ position: true });
  parser.on('opentagstart', () => {
    const span = { start: text.lastIndexOf('<', parser.position - 1), openEnd: 0, closeStart: 0, end: 0 };
    list.push(span);
    open.push(span);
  });
  parser.on('opentag', (tag) => {
    const span = open[open.length - 1]!;
    span.openEnd = parser.position;
    if (tag.isSelfClosing) span.closeStart = parser.position;
  });
  parser.on('closetag', (tag) => {
    const span = open.pop()!;
    span.end = parser.position;
    if (!tag.isSelfClosing) span.closeStart = text.lastIndexOf('</', parser.position - 1);
  });
  parser.write(text).close();
  const map = new Map<XmlElement, Span>();
  const walk: XmlElement[] = [root];
  let k = 0;
  while (walk.length > 0) {
    const el = walk.pop()!;
    const span = list[k++];
    if (!span) throw new FormatError(fileName, 'the original file changed shape while being written back');
    map.set(el, span);
    const kids = childElements(el);
    for (let i = kids.length - 1; i >= 0; i--) walk.push(kids[i]!);
  }
  return map;
}
