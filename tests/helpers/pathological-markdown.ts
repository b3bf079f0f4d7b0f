import { MAX_MARKDOWN_CONTAINER_LINES } from '../../core/formats/limits';

/**
 * About `bytes` of Markdown that is within every limit (2 MB, 32 levels, 5,000 lines in lists or
 * quotes) yet slow: the longest two-level list allowed (micromark is quadratic in a list's length:
 * ~3 s CPU here), then prose paragraphs (~3.5 s CPU per MB here). For the time bound of the parse
 * worker: a 1 MB list of two levels, tens of seconds before, is now refused before parsing.
 */
export function pathologicalList(bytes: number): string {
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; i < MAX_MARKDOWN_CONTAINER_LINES - 10; i++) {
    const line = `${i % 2 === 0 ? '' : '  '}- item ${i}`;
    lines.push(line);
    size += line.length + 1;
  }
  lines.push('');
  for (let i = 0; size < bytes; i++) {
    const line = `Paragraph ${i} is *here*.\n`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}
