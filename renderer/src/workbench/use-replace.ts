import type { Lang, Project, TargetLang } from '../../../core/model';
import { EditError } from '../../../core/project/edit-doc';
import { compileFind, replaceAllInTargets, replaceOneInTarget } from '../../../core/project/find-replace';
import type { SearchMatch } from '../util/search';
import type { SearchState } from './run-command';

export interface Replace {
  /** The pattern's problem (an invalid regular expression), shown in the bar; null when fine. */
  problem: string | null;
  /** Replace the current match, when it is in a translation; the bar then moves on to the next. */
  replaceCurrent(): void;
  /** Replace every match in the visible target columns: one undo step. */
  replaceAll(): void;
}

/**
 * Find and replace across the target columns (core/project/find-replace): the Chinese source is
 * never changed, each replacement is one undoable edit, and the confirmed beads it touches are
 * confirmed no longer (their text changed).
 */
export function useReplace(
  search: SearchState,
  matches: readonly SearchMatch[],
  columns: readonly Lang[],
  edit: (label: string, change: (p: Project) => Project) => Project | undefined,
  toast: (text: string, kind?: 'info' | 'warning' | 'error') => void,
): Replace {
  const options = { query: search.query, regex: search.regex, matchCase: search.matchCase };
  let problem: string | null = null;
  if (search.query) {
    try {
      compileFind(options);
    } catch (err) {
      problem = err instanceof EditError ? err.message : String(err);
    }
  }
  const targets = columns.filter((l): l is TargetLang => l !== 'zh');
  const replacement = search.replace ?? '';

  const replaceCurrent = (): void => {
    const m = matches[search.index];
    if (!m) return toast('No match to replace');
    if (m.lang === 'zh') return toast('The Chinese source is not replaced: only the translations are');
    const lang = m.lang;
    edit('replace', (p) => replaceOneInTarget(p, lang, m.sentenceId, m.start, options, replacement));
  };

  const replaceAll = (): void => {
    if (targets.length === 0) return toast('No translation column is shown');
    let count = 0;
    const after = edit('replace all', (p) => {
      const r = replaceAllInTargets(p, targets, options, replacement);
      count = r.count;
      return r.project;
    });
    if (after) toast(count === 0 ? 'No match in the translations' : `Replaced ${count} match${count === 1 ? '' : 'es'} in ${targets.map((t) => t.toUpperCase()).join(' and ')} (one undo step)`);
  };

  return { problem, replaceCurrent, replaceAll };
}
