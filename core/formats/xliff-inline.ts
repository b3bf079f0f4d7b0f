import type { XmlElement } from './xml-tree';

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
