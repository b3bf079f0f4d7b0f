import { snowballStem } from '../text/stem';
import { RU_COMPOUND_GENITIVE, RU_PREPOSITION_CASES, RU_VERB_CASES } from './data/ru-government';
import type { RuCase } from './data/ru-declension';

/** The cases the context asks for, and the word that asks (for the completion's note). */
export interface CaseContext {
  cases: readonly RuCase[];
  after: string;
}

const LAST_WORDS = /([\p{L}-]+)\s+([\p{L}-]+)\s*$|([\p{L}-]+)\s*$/u;

let verbStems: Map<string, RuCase> | undefined;
function verbCase(word: string): RuCase | undefined {
  if (!verbStems) {
    verbStems = new Map();
    for (const [verb, c] of RU_VERB_CASES) {
      // Reflexive verbs: the stem of the form without -ся/-сь (придерживаются → придержива).
      verbStems.set(snowballStem(verb.replace(/с[яь]$/u, ''), 'ru'), c);
    }
  }
  return verbStems.get(snowballStem(word.replace(/с[яь]$/u, ''), 'ru'));
}

/**
 * The case a Russian term should take after `before` (the text up to where it is inserted): from
 * the preposition or two-word preposition right before it, else a verb whose object it is. Null
 * when the text gives no clear answer (a noun, an adjective, the start of a sentence): then the
 * translator picks from all the forms.
 */
export function ruCaseContext(before: string): CaseContext | null {
  const m = LAST_WORDS.exec(before.replace(/ё/g, 'е').toLowerCase());
  if (!m) return null;
  const last = m[2] ?? m[3]!;
  const previous = m[1];
  if (previous !== undefined && RU_COMPOUND_GENITIVE.has(`${previous} ${last}`)) return { cases: ['gen'], after: `${previous} ${last}` };
  const byPreposition = RU_PREPOSITION_CASES[last];
  if (byPreposition) return { cases: byPreposition, after: last };
  if (last.length >= 4) {
    const c = verbCase(last);
    if (c) return { cases: [c], after: last };
  }
  return null;
}
