import { RU_CASE_NAMES, RU_CASES } from './data/ru-declension';
import type { RuCase } from './data/ru-declension';
import { ruCaseContext } from './ru-case-context';
import { ruTermForms } from './ru-forms';

/** One form of a term offered while typing. */
export interface TermFormChoice {
  text: string;
  /** Which case(s) it is, and what asked for it: "genitive — after «от»". */
  detail: string;
  /** The context asks for this form: offered first. */
  fits: boolean;
}

/**
 * The forms of a required Russian term to offer after `before` (the sentence up to the word being
 * typed): the form(s) the preceding preposition or verb asks for first, then every other form, each
 * once (Организации is genitive, dative and prepositional at once). A term the rules cannot decline
 * is offered as written.
 */
export function ruTermChoices(term: string, before: string): TermFormChoice[] {
  const forms = ruTermForms(term);
  if (!forms) return [{ text: term, detail: '', fits: false }];
  const context = ruCaseContext(before);
  const wanted = new Set<RuCase>(context?.cases ?? []);
  const byText = new Map<string, RuCase[]>();
  for (const c of RU_CASES) {
    const list = byText.get(forms[c]);
    if (list) list.push(c);
    else byText.set(forms[c], [c]);
  }
  const choices: TermFormChoice[] = [];
  for (const [text, cases] of byText) {
    const fits = cases.some((c) => wanted.has(c));
    const names = cases.map((c) => RU_CASE_NAMES[c]).join(' / ');
    choices.push({ text, detail: fits && context ? `${names} — after «${context.after}»` : names, fits });
  }
  // The fitting forms first, in the order the context gave them (в: prepositional before accusative).
  const rank = (c: TermFormChoice): number => {
    if (!c.fits || !context) return context ? 10 : 0;
    const cases = byText.get(c.text)!;
    return Math.min(...cases.map((x) => (context.cases.includes(x) ? context.cases.indexOf(x) : 9)));
  };
  return choices.map((c, i) => ({ c, i, r: rank(c) })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.c);
}
