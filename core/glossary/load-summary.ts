import { LANGS } from '../model/types';
import type { Concept, GlossaryProblem } from './types';

const count = (n: number): string => n.toLocaleString('en-US');

/**
 * One line per term base file, however many rows went wrong: "terms.csv: 21,180 concepts loaded:
 * zh 21,180, en 21,180; 12 problems — first at terms.csv:40: …" (file:line, as editors link it). A line per bad row buries the one
 * message that matters under thousands (the issue's 28,620 error lines for one missing column).
 * `concepts` are the concepts the file's parser returned; `problems` every problem of that file.
 */
export function summarizeTermFile(file: string, concepts: readonly Concept[], problems: readonly GlossaryProblem[]): string {
  const perLang = LANGS.map((lang) => [lang, concepts.filter((c) => c.terms.some((t) => t.lang === lang)).length] as const).filter(([, n]) => n > 0);
  let line = `${file}: ${count(concepts.length)} concept${concepts.length === 1 ? '' : 's'} loaded`;
  if (perLang.length > 0) line += `: ${perLang.map(([lang, n]) => `${lang} ${count(n)}`).join(', ')}`;
  const mine = problems.filter((p) => p.file === file);
  for (const severity of ['error', 'warning'] as const) {
    const list = mine.filter((p) => p.severity === severity);
    if (list.length === 0) continue;
    const first = list.reduce((a, b) => (b.line < a.line ? b : a));
    const what = severity === 'error' ? `${count(list.length)} problem${list.length === 1 ? '' : 's'}` : `${count(list.length)} warning${list.length === 1 ? '' : 's'}`;
    line += `; ${what} — first at ${file}${first.line ? `:${first.line}` : ''}: ${first.message}`;
  }
  return line;
}
