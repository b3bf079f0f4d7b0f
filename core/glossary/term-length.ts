import { problem } from './problem';
import type { ParsedTermFile } from './types';

/**
 * Longest term a term base may hold. Names of treaties and organisations run to a hundred or two
 * characters; a "term" of megabytes (one 20M-character CSV field) is not a term, and every later
 * step (matching forms, the automaton, the check) works per character of every term: it took
 * 3 GB before it was refused.
 */
export const MAX_TERM_CHARS = 1000;

/** The file's concepts without those holding a term longer than MAX_TERM_CHARS, each skipped with a problem naming its line. */
export function dropOversizedTerms(file: string, parsed: ParsedTermFile): ParsedTermFile {
  const concepts = parsed.concepts.filter((c) => {
    const long = c.terms.find((t) => t.text.length > MAX_TERM_CHARS);
    if (!long) return true;
    parsed.problems.push(problem(file, c.origin.line, `a ${long.lang} term of ${long.text.length} characters (more than ${MAX_TERM_CHARS}) is not a term; concept skipped`));
    return false;
  });
  if (concepts.length === parsed.concepts.length) return parsed;
  parsed.problems.sort((a, b) => a.line - b.line);
  return { ...parsed, concepts };
}
