import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Nodes, Parents } from 'mdast';

/** Blocks whose text is translatable, each becoming one paragraph. */
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
/** Blocks that are not prose: code, raw HTML, front matter, definitions. */
const SKIPPED = new Set(['code', 'html', 'yaml', 'toml', 'definition', 'footnoteDefinition', 'image', 'imageReference']);

/**
 * Markdown → paragraphs of plain text, syntax stripped: headings, list items, quotes and table
 * cells become paragraphs of their own; emphasis, links (their text kept) and inline code are
 * flattened; code blocks, images and raw HTML are left out. Parsed with micromark (CommonMark +
 * GFM tables), not regexes, so escapes and nesting come out right.
 */
export function extractMarkdownParagraphs(markdown: string): string[] {
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const out: string[] = [];
  const visit = (node: Nodes): void => {
    if (SKIPPED.has(node.type)) return;
    if (TEXT_BLOCKS.has(node.type)) {
      const text = inlineText(node).replace(/[ \t]*\n[ \t]*/g, '\n').trim();
      if (text) out.push(text);
      return;
    }
    if ('children' in node) for (const c of (node as Parents).children) visit(c);
  };
  visit(tree);
  return out;
}

function inlineText(node: Nodes): string {
  if (SKIPPED.has(node.type)) return '';
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return '\n';
  if ('children' in node) return (node as Parents).children.map((c) => inlineText(c)).join('');
  return '';
}
