import { tagToken } from '../model/tag-tokens';
import type { XmlElement } from './xml-tree';
import { isTrackedDeletion } from './xliff-inline';

/** How an inline element of XLIFF 1.2, XLIFF 2 or TMX reads as a token. */
export type CodeShape = 'standalone' | 'open' | 'close' | 'container';

/**
 * Inline code elements by local name. Standalone: x, ph, it, ut (their content, if any, is native
 * markup). Opening/closing halves: bx/ex (XLIFF 1.2), bpt/ept (XLIFF 1.2, TMX), sc/ec (XLIFF 2).
 * Containers wrapping text: g (XLIFF 1.2), pc (XLIFF 2). `<mrk>` is an annotation, not a code.
 * An isolated `<it>` that closes (XLIFF 1.2 pos="close", TMX pos="end") is a closing half (shapeOf).
 */
const SHAPES: Record<string, CodeShape> = {
  x: 'standalone', ph: 'standalone', it: 'standalone', ut: 'standalone',
  bx: 'open', bpt: 'open', sc: 'open',
  ex: 'close', ept: 'close', ec: 'close',
  g: 'container', pc: 'container',
};

/** The shape of an inline element, undefined for anything else. */
function shapeOf(el: XmlElement): CodeShape | undefined {
  if (el.local === 'it' && (el.attrs.pos === 'close' || el.attrs.pos === 'end')) return 'close';
  return SHAPES[el.local];
}

/**
 * Numbers the inline codes of one segment pair: the source is read first, so its codes get 1, 2, 3…
 * in order; a target code with the same identity (kind and id, or the pair's id for both halves of a
 * paired code) gets the source's number, a code only the target has the next free one.
 */
export class InlineCodeNumbers {
  private readonly byKey = new Map<string, number>();
  private next = 1;
  private readonly ordinal = new Map<string, number>();
  /** The first element seen for each number (the source's), for writing a client's file back. */
  readonly elements = new Map<number, { shape: CodeShape; open?: XmlElement; close?: XmlElement }>();

  number(el: XmlElement, shape: CodeShape): number {
    const key = this.keyOf(el, shape);
    let n = this.byKey.get(key);
    if (n === undefined) {
      n = this.next++;
      this.byKey.set(key, n);
    }
    const seen = this.elements.get(n) ?? { shape };
    if (shape === 'close') seen.close ??= el;
    else seen.open ??= el;
    this.elements.set(n, seen);
    return n;
  }

  /** Forget the per-side ordinals (used for codes without ids) before reading the other side. */
  startSide(): void {
    this.ordinal.clear();
  }

  private keyOf(el: XmlElement, shape: CodeShape): string {
    const a = el.attrs;
    if (shape === 'standalone') {
      const id = a.id ?? a.x;
      return id !== undefined ? `${el.local}:${id}` : `${el.local}#${this.bump(el.local)}`;
    }
    const id = el.local === 'ec' ? (a.startRef ?? a.id) : (a.rid ?? a.i ?? a.id ?? a.x);
    // Without an id, the k-th opening pairs with the k-th closing code of the side.
    return id !== undefined ? `pair:${id}` : `pair#${this.bump(shape === 'close' ? 'close' : 'open')}`;
  }

  private bump(kind: string): number {
    const k = (this.ordinal.get(kind) ?? 0) + 1;
    this.ordinal.set(kind, k);
    return k;
  }
}

/**
 * The final text of a segment with its inline codes as tokens (⟦1⟧, ⟦/1⟧): tracked deletions
 * dropped, annotations (`<mrk>`) flattened, the native content of codes left out. Iterative: the
 * nesting depth comes from the file.
 */
export function tokenizedText(el: XmlElement, codes: InlineCodeNumbers): string {
  codes.startSide();
  let out = '';
  // A frame's `close` is the token written when the element's children are done (containers).
  const stack: Array<{ el: XmlElement; i: number; close: string }> = [{ el, i: 0, close: '' }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.i >= top.el.children.length) {
      out += top.close;
      stack.pop();
      continue;
    }
    const child = top.el.children[top.i++]!;
    if (typeof child === 'string') {
      out += child;
      continue;
    }
    if (isTrackedDeletion(child)) continue;
    const shape = shapeOf(child);
    if (!shape) {
      stack.push({ el: child, i: 0, close: '' });
      continue;
    }
    const n = codes.number(child, shape);
    if (shape === 'container') {
      out += tagToken(n);
      stack.push({ el: child, i: 0, close: tagToken(n, true) });
    } else out += tagToken(n, shape === 'close');
  }
  return out;
}
