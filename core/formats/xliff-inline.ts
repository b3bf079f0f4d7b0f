import type { XmlElement } from './xml-tree';

/** Inline codes whose content is the original file's markup, not text (TMX and XLIFF 1.2/2.x). */
const NATIVE_CODES = new Set(['bpt', 'ept', 'it', 'ph', 'ut']);

/**
 * True for a tracked deletion: Trados `<mrk mtype="x-sdl-deleted">` (and its feedback variant), any
 * other `<mrk>` whose type names a deletion (memoQ and other tools write `x-…-deleted`), and
 * deletion elements in a tool namespace (`<mq:del>`, `<mq:deleted>`). The file's final text is what
 * is left when these are removed; insertions (`x-sdl-added`) are ordinary text.
 */
export function isTrackedDeletion(el: XmlElement): boolean {
  if (el.local === 'mrk') {
    const type = el.attrs.mtype ?? el.attrs.type ?? '';
    return /(^|[-:])(deleted?|deletion)$/i.test(type);
  }
  return el.name !== el.local && (el.local === 'del' || el.local === 'deleted' || el.local === 'deletion');
}

/**
 * The final text of a segment (`<source>`, `<target>`, `<seg>`, a `<mrk mtype="seg">`): inline markup
 * flattened, tracked deletions dropped, native code (`<bpt>`…`<ut>`) left out. Walks the tree with
 * an explicit stack: nesting depth comes from the file, not from us.
 */
export function finalText(el: XmlElement): string {
  let out = '';
  const stack: Array<{ el: XmlElement; i: number }> = [{ el, i: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.i >= top.el.children.length) {
      stack.pop();
      continue;
    }
    const child = top.el.children[top.i++]!;
    if (typeof child === 'string') out += child;
    else if (!NATIVE_CODES.has(child.local) && !isTrackedDeletion(child)) stack.push({ el: child, i: 0 });
  }
  return out;
}

/** Descendant elements with a local name, in document order, found without recursion. */
export function findDescendants(el: XmlElement, local: string, where?: (e: XmlElement) => boolean): XmlElement[] {
  const out: XmlElement[] = [];
  const stack: Array<{ el: XmlElement; i: number }> = [{ el, i: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.i >= top.el.children.length) {
      stack.pop();
      continue;
    }
    const child = top.el.children[top.i++]!;
    if (typeof child === 'string') continue;
    if (child.local === local && (!where || where(child))) out.push(child);
    else stack.push({ el: child, i: 0 });
  }
  return out;
}
