import type { Project, TargetLang } from '../model/types';
import { EditError } from './edit-doc';
import { setSentenceText } from './edit-text';

/**
 * Find and replace in the translations (never in the Chinese source). Pure: the workbench applies
 * the result as one edit, so one undo step reverts a whole "Replace all".
 */

export interface FindOptions {
  query: string;
  /** The query is a JavaScript regular expression (Unicode mode); `$1` works in the replacement. */
  regex?: boolean;
  matchCase?: boolean;
}

/** The query as a global Unicode RegExp; an EditError naming the problem for an invalid pattern. */
export function compileFind(options: FindOptions): RegExp {
  if (options.query === '') throw new EditError('type something to find');
  const source = options.regex ? options.query : options.query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  try {
    return new RegExp(source, `gu${options.matchCase ? '' : 'i'}`);
  } catch (err) {
    throw new EditError(`not a valid regular expression: ${(err as Error).message.replace(/^Invalid regular expression: /, '')}`);
  }
}

/** A literal replacement keeps its `$` signs; a regex one may refer to groups ($1, $<name>). */
function replacementFor(options: FindOptions, replacement: string): string {
  return options.regex ? replacement : replacement.replace(/\$/g, '$$$$');
}

/** Every match in a text: offsets of non-empty matches, in order. */
export function matchesIn(text: string, re: RegExp): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') {
      re.lastIndex++; // an empty match (e.g. ^) replaces nothing here: step over it
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Replace every match in the sentences of the given targets. Returns the project and the count. */
export function replaceAllInTargets(project: Project, targets: readonly TargetLang[], options: FindOptions, replacement: string): { project: Project; count: number } {
  const re = compileFind(options);
  const by = replacementFor(options, replacement);
  let next = project;
  let count = 0;
  for (const lang of targets) {
    const doc = project.targets[lang];
    if (!doc) continue;
    for (const para of doc.paragraphs) {
      for (const s of para.sentences) {
        const found = matchesIn(s.text, re).length;
        if (found === 0) continue;
        count += found;
        re.lastIndex = 0;
        next = setSentenceText(next, lang, s.id, s.text.replace(re, (...args) => expandOne(by, args)));
      }
    }
  }
  return { project: next, count };
}

/** Replace the one match at `start` in a target sentence (the current search match). */
export function replaceOneInTarget(project: Project, lang: TargetLang, sentenceId: string, start: number, options: FindOptions, replacement: string): Project {
  const re = compileFind(options);
  const sentence = project.targets[lang]?.paragraphs.flatMap((p) => p.sentences).find((s) => s.id === sentenceId);
  if (!sentence) throw new EditError(`no ${lang} sentence ${sentenceId}`);
  // Sticky at `start`: the match the translator is looking at, lookbehinds and anchors included.
  const sticky = new RegExp(re.source, `${re.flags.replace('g', '')}y`);
  sticky.lastIndex = start;
  const m = sticky.exec(sentence.text);
  if (!m || m[0] === '') throw new EditError('the text changed: search again');
  const replaced = expandOne(replacementFor(options, replacement), [...m, m.index, m.input, ...(m.groups ? [m.groups] : [])]);
  return setSentenceText(project, lang, sentenceId, sentence.text.slice(0, start) + replaced + sentence.text.slice(start + m[0].length));
}

/** String.replace's expansion of $1, $&, $<name> for one match, via a one-off replace of the match. */
function expandOne(by: string, args: unknown[]): string {
  const match = args[0] as string;
  if (match === '') return '';
  const hasNamed = typeof args[args.length - 1] === 'object' && args[args.length - 1] !== null;
  const groups = args.slice(1, hasNamed ? -3 : -2) as Array<string | undefined>;
  const named = hasNamed ? (args[args.length - 1] as Record<string, string | undefined>) : {};
  return by.replace(/\$(\$|&|\d{1,2}|<([^>]*)>)/g, (token, what: string, name: string | undefined) => {
    if (what === '$') return '$';
    if (what === '&') return match;
    if (name !== undefined) return named[name] ?? '';
    const n = Number(what);
    return n >= 1 && n <= groups.length ? (groups[n - 1] ?? '') : token;
  });
}
