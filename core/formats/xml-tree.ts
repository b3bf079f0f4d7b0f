import { SaxesParser } from 'saxes';
import { FormatError } from './format-error';

/** A parsed XML element: enough structure for the TMX, XLIFF and DOCX readers, nothing more. */
export interface XmlElement {
  /** Qualified name as written ("tuv", "w:p"). */
  name: string;
  /** Name without its prefix ("p" for "w:p"). */
  local: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** 1-based line of the start tag, for error messages. */
  line: number;
}
export type XmlNode = XmlElement | string;

/**
 * Parse an XML document into a tree. Any DTD entity declaration is refused before it can be used:
 * that closes both external-entity (XXE) reads and "billion laughs" expansion, and our formats never
 * need entities beyond the five predefined ones. A plain `<!DOCTYPE tmx SYSTEM "tmx14.dtd">` is
 * accepted (and never fetched).
 */
export function parseXml(text: string, fileName: string): XmlElement {
  const parser = new SaxesParser({ position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let failure: FormatError | undefined;
  const fail = (reason: string): void => {
    failure ??= new FormatError(fileName, reason, { line: parser.line, column: parser.column + 1 });
  };

  parser.on('doctype', (doctype) => {
    if (/<!ENTITY/i.test(doctype)) fail('DTD entity declarations are not allowed (external entities and entity expansion are refused)');
  });
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes)) attrs[k] = typeof v === 'string' ? v : v.value;
    const colon = tag.name.indexOf(':');
    const el: XmlElement = { name: tag.name, local: colon < 0 ? tag.name : tag.name.slice(colon + 1), attrs, children: [], line: parser.line };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const onText = (t: string): void => {
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(t);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('error', (err) => fail(err.message.replace(/^\d+:\d+: /, '')));

  // saxes keeps going after an error; stop feeding it at the first one so a bad file fails fast.
  const CHUNK = 1 << 16;
  for (let i = 0; i < text.length && !failure; i += CHUNK) parser.write(text.slice(i, i + CHUNK));
  if (!failure) parser.close();
  if (failure) throw failure;
  if (!root) throw new FormatError(fileName, 'no XML root element');
  return root;
}

/** Child elements with the given local name. */
export function childElements(el: XmlElement, local?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) if (typeof c !== 'string' && (local === undefined || c.local === local)) out.push(c);
  return out;
}

/** First child element with the given local name. */
export function firstChild(el: XmlElement, local: string): XmlElement | undefined {
  for (const c of el.children) if (typeof c !== 'string' && c.local === local) return c;
  return undefined;
}

/** All descendant text, inline markup flattened (what a TMX `<seg>` or XLIFF `<target>` says). */
export function textContent(el: XmlElement): string {
  return flattenText(el, () => true);
}

/** Inline codes whose content is the original file's markup, not text (TMX and XLIFF 1.2/2.x). */
const NATIVE_CODES = new Set(['bpt', 'ept', 'it', 'ph', 'ut']);

/**
 * The translatable text of a `<seg>`, `<source>` or `<target>`: inline markup flattened, native
 * code carried in `<bpt>`/`<ept>`/`<it>`/`<ph>`/`<ut>` left out ("<b>" is formatting, not words).
 */
export function segmentText(el: XmlElement): string {
  return flattenText(el, (child) => !NATIVE_CODES.has(child.local));
}

/**
 * The text under `el` in document order, entering only the child elements `enter` accepts. A loop
 * with its own stack, not recursion: a hostile file nests 100k elements inside one segment.
 */
function flattenText(el: XmlElement, enter: (child: XmlElement) => boolean): string {
  let out = '';
  const pending: XmlNode[] = [];
  for (let i = el.children.length - 1; i >= 0; i--) pending.push(el.children[i]!);
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (typeof node === 'string') out += node;
    else if (enter(node)) for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]!);
  }
  return out;
}

