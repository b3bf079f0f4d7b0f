/**
 * About `bytes` of a Markdown list alternating two levels: within the 2 MB / 32-level limits, yet
 * micromark needs about 5 s CPU per 100 KB of it here (a 1 MB list is tens of seconds).
 */
export function pathologicalList(bytes: number): string {
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = `${i % 2 === 0 ? '' : '  '}- item ${i}`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}
