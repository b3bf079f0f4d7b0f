import type React from 'react';

/** A styled range of a sentence's text. Ranges may overlap; classes then combine. */
export interface Highlight {
  start: number;
  end: number;
  className: string;
  title?: string;
}

/**
 * Text with highlights as spans, for the plain (non-editor) cells: cut at every range boundary so
 * overlapping highlights (a glossary term inside a QA finding inside a search hit) all show.
 */
export function renderHighlighted(text: string, highlights: readonly Highlight[]): React.ReactNode {
  const ranges = highlights.filter((h) => h.end > h.start && h.start < text.length);
  if (ranges.length === 0) return text;
  const cuts = new Set<number>([0, text.length]);
  for (const h of ranges) {
    cuts.add(Math.max(0, h.start));
    cuts.add(Math.min(text.length, h.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: React.ReactNode[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = ranges.filter((h) => h.start <= start && h.end >= end);
    const piece = text.slice(start, end);
    if (covering.length === 0) {
      out.push(piece);
      continue;
    }
    const title = covering.map((h) => h.title).filter(Boolean).join('\n');
    out.push(
      <span key={start} className={covering.map((h) => h.className).join(' ')} title={title || undefined}>
        {piece}
      </span>,
    );
  }
  return out;
}

/** The character offset inside `container`'s text at a mouse position (for "click to place the cursor"). */
export function offsetAtPoint(container: HTMLElement, x: number, y: number): number | undefined {
  const doc = container.ownerDocument as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  };
  let node: Node | undefined;
  let offset = 0;
  const position = doc.caretPositionFromPoint?.(x, y);
  if (position) [node, offset] = [position.offsetNode, position.offset];
  else {
    const range = doc.caretRangeFromPoint?.(x, y);
    if (range) [node, offset] = [range.startContainer, range.startOffset];
  }
  if (!node || !container.contains(node)) return undefined;
  let total = 0;
  const walker = doc.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n === node) return total + offset;
    total += n.textContent?.length ?? 0;
  }
  return undefined;
}
