import { problem } from './problem';
import type { Concept, GlossaryProblem } from './types';

/**
 * Makes concept ids unique within one file. A clash is reported as an error naming both lines, and
 * the later concept still loads under a suffixed id: renaming loses nothing, dropping would.
 */
export function uniqueIds(concepts: Concept[], file: string, problems: GlossaryProblem[]): void {
  const seen = new Map<string, number>();
  for (const c of concepts) {
    const first = seen.get(c.id);
    if (first === undefined) {
      seen.set(c.id, c.origin.line);
      continue;
    }
    let k = 2;
    while (seen.has(`${c.id}-${k}`)) k += 1;
    const renamed = `${c.id}-${k}`;
    problems.push(problem(file, c.origin.line, `duplicate concept id "${c.id}" (first on line ${first}); loaded as "${renamed}"`));
    c.id = renamed;
    seen.set(renamed, c.origin.line);
  }
}
