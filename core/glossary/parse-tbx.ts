/**
 * TBX reader (ISO 30042, TBX-Basic dialect), both layouts in use:
 *   2019: tbx / text / body / conceptEntry / langSec / termSec / term + termNote
 *   2008: martif / text / body / termEntry / langSet / tig|ntig(termGrp) / term + termNote
 * TBX v3 (2019) in either style: DCA (`<termNote type="administrativeStatus">`, `<descrip
 * type="definition">`) or DCT, where the data category is the element (`<min:administrativeStatus>`,
 * `<basic:definition>`, `<min:subjectField>`, any prefix).
 * Usage status comes from administrativeStatus (or normativeAuthorization): preferred, admitted,
 * deprecated and superseded (read as deprecated, i.e. forbidden); obsolete is admitted.
 * The definition is the concept's own, else the first from an English, then Chinese, then Russian
 * language section; a language Duizhao skips never supplies one. A language
 * without a preferred term reads its first unmarked term as preferred and the others as admitted.
 *
 * Safety: saxes is a strict, non-validating parser that never loads external entities or expands
 * entities declared in a DTD; on top of that any DOCTYPE declaring entities is refused outright
 * (XXE and "billion laughs"), before a single element is read.
 */
import { SaxesParser } from 'saxes';
import type { Lang } from '../model/types';
import { CONCEPT_ELEMENTS, LANG_ELEMENTS, ROOT_ELEMENTS, STATUS_NOTE_TYPES, STATUS_VALUES, TERM_ELEMENTS } from './data/tbx-vocabulary';
import { readLangCode } from './lang-code';
import { baseName, byLine, problem } from './problem';
import type { Concept, GlossaryProblem, ParsedTermFile, Term, TermStatus } from './types';
import { uniqueIds } from './unique-ids';

/** What text the parser is currently collecting, and into what. */
type Capture = 'term' | 'status' | 'subject' | 'definition' | 'note' | null;

interface DraftTerm {
  text: string;
  status?: TermStatus;
  statusText?: string;
  note?: string;
  line: number;
}

/** Where a definition was found: the concept itself wins, then English, Chinese, Russian. */
const DEFINITION_RANK: Record<'concept' | Lang, number> = { concept: 0, en: 1, zh: 2, ru: 3 };

interface DraftConcept {
  id?: string;
  line: number;
  subject?: string;
  definition?: string;
  definitionRank?: number;
  notes: string[];
  terms: Array<DraftTerm & { lang: Lang }>;
}

/** Abort signal thrown out of saxes callbacks once the file cannot be read further. */
class StopParsing extends Error {}

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

function finishConcept(draft: DraftConcept, file: string, problems: GlossaryProblem[]): Concept | null {
  const terms: Term[] = [];
  const langs = new Set(draft.terms.map((t) => t.lang));
  for (const lang of langs) {
    const own = draft.terms.filter((t) => t.lang === lang);
    // No preferred term in this language: its first unmarked term is the one to use (TBX leaves
    // status optional; tools such as Weblate mark only the forbidden ones).
    const firstUnmarked = own.some((t) => t.status === 'preferred') ? -1 : own.findIndex((t) => t.status === undefined);
    own.forEach((t, k) => {
      const status = t.status ?? (k === firstUnmarked ? 'preferred' : 'admitted');
      const term: Term = { text: t.text, lang, status };
      if (t.note) term.note = t.note;
      terms.push(term);
    });
  }
  if (terms.length === 0) {
    problems.push(problem(file, draft.line, 'concept entry without any zh, en or ru term; skipped', 'warning'));
    return null;
  }
  const zh = terms.find((t) => t.lang === 'zh');
  if (!zh) problems.push(problem(file, draft.line, 'concept entry has no Chinese (zh) term, so it can never be found in the source text', 'warning'));
  const id = draft.id ?? `${baseName(file)}:${zh?.text ?? `line-${draft.line}`}`;
  const concept: Concept = { id, terms, origin: { file, line: draft.line } };
  if (draft.subject) concept.subject = draft.subject;
  const definition = [draft.definition, ...draft.notes].filter((s) => s && s.trim() !== '').join(' — ');
  if (definition) concept.definition = definition;
  return concept;
}

/** Parses a TBX 2019 or 2008 (martif) document. Problems name file and line. */
export function parseTbx(file: string, text: string): ParsedTermFile {
  const problems: GlossaryProblem[] = [];
  const concepts: Concept[] = [];
  const parser = new SaxesParser({ position: true });

  let concept: DraftConcept | null = null;
  let lang: Lang | null = null;
  let langOk = false;
  let inLang = false;
  let term: DraftTerm | null = null;
  let capture: Capture = null;
  let captureDepth = 0;
  let depth = 0;
  let buffer = '';
  let tagLine = 1;
  let sawRoot = false;

  parser.on('doctype', (doctype) => {
    if (/<!ENTITY/i.test(doctype)) {
      problems.push(problem(file, parser.line, 'the DOCTYPE declares entities; term base files may not declare entities (external-entity and entity-expansion attacks): file not read'));
      throw new StopParsing();
    }
  });
  parser.on('opentagstart', () => {
    tagLine = parser.line;
  });
  parser.on('opentag', (tag) => {
    depth += 1;
    const name = localName(tag.name);
    const attr = (key: string): string | undefined => {
      const v = tag.attributes[key];
      return typeof v === 'string' ? v : v?.value;
    };
    if (!sawRoot) {
      sawRoot = true;
      if (!ROOT_ELEMENTS.has(name)) {
        problems.push(problem(file, tagLine, `not a TBX file: the root element is <${tag.name}>, expected <tbx> (TBX 2019) or <martif> (TBX 2008)`));
        throw new StopParsing();
      }
    }
    if (capture) return; // markup inside a term or note (e.g. <hi>): its text still counts
    if (CONCEPT_ELEMENTS.has(name)) {
      concept = { line: tagLine, notes: [], terms: [] };
      const id = attr('id')?.trim();
      if (id) concept.id = id;
      return;
    }
    if (!concept) return;
    if (LANG_ELEMENTS.has(name)) {
      const code = attr('xml:lang') ?? attr('lang');
      lang = null;
      langOk = false;
      inLang = true;
      if (code === undefined) {
        problems.push(problem(file, tagLine, `<${name}> without xml:lang; its terms are skipped`));
        return;
      }
      const read = readLangCode(code);
      if (read.kind === 'lang') {
        lang = read.lang;
        langOk = true;
      } else if (read.kind === 'other') {
        problems.push(problem(file, tagLine, `language "${read.tag}" is not one Duizhao works in (zh, en, ru); its terms are skipped`, 'warning'));
      } else {
        problems.push(problem(file, tagLine, `unknown language code "${read.tag}" (expected zh, en or ru, e.g. zh-CN, en-GB, ru-RU); its terms are skipped`));
      }
      return;
    }
    if (TERM_ELEMENTS.has(name)) {
      // ntig wraps termGrp: only open a term for the outer element.
      if (!term) term = { text: '', line: tagLine };
      return;
    }
    // Inside a language section Duizhao skips, nothing (not even a definition) is read.
    if (inLang && !langOk) return;
    // DCA names the data category in type=""; DCT makes it the element name.
    const category = name === 'termNote' || name === 'descrip' ? (attr('type') ?? '') : name;
    let next: Capture = null;
    if (name === 'term' && term) next = 'term';
    else if (term && STATUS_NOTE_TYPES.has(category)) next = 'status';
    else if (category === 'subjectField') next = 'subject';
    else if (category === 'definition' && !term) next = 'definition';
    else if (name === 'note') next = 'note';
    if (next) {
      capture = next;
      captureDepth = depth;
      buffer = '';
    }
  });
  parser.on('text', (t) => {
    if (capture) buffer += t;
  });
  parser.on('closetag', (tag) => {
    const name = localName(tag.name);
    if (capture && depth === captureDepth) {
      const value = buffer.replace(/\s+/g, ' ').trim();
      if (capture === 'term' && term) {
        term.text = value;
        term.line = parser.line;
      } else if (capture === 'status' && term) {
        term.statusText = value;
        const status = STATUS_VALUES[value];
        if (status) term.status = status;
        else problems.push(problem(file, parser.line, `unknown administrative status "${value}"; read as admitted`, 'warning'));
      } else if (capture === 'subject' && concept && value) concept.subject ??= value;
      else if (capture === 'definition' && concept && value) {
        const rank = DEFINITION_RANK[inLang && lang ? lang : 'concept'];
        if (concept.definitionRank === undefined || rank < concept.definitionRank) {
          concept.definition = value;
          concept.definitionRank = rank;
        }
      }
      else if (capture === 'note' && value) {
        if (term) term.note = term.note ? `${term.note} ${value}` : value;
        else if (concept) concept.notes.push(value);
      }
      capture = null;
    } else if (!capture && concept) {
      if (TERM_ELEMENTS.has(name) && term) {
        if (langOk && lang) {
          // A status that was given but not understood was warned about: admitted, never promoted.
          if (term.status === undefined && term.statusText !== undefined) term.status = 'admitted';
          if (term.text === '') problems.push(problem(file, term.line, 'empty term; skipped'));
          else concept.terms.push({ ...term, lang });
        }
        term = null;
      } else if (LANG_ELEMENTS.has(name)) {
        lang = null;
        langOk = false;
        inLang = false;
      } else if (CONCEPT_ELEMENTS.has(name)) {
        const done = finishConcept(concept, file, problems);
        if (done) concepts.push(done);
        concept = null;
      }
    }
    depth -= 1;
  });
  parser.on('error', (err) => {
    const message = err.message.replace(/^\d+:\d+:\s*/, '');
    const open = concept as DraftConcept | null;
    const lost = open ? `; the concept entry opened on line ${open.line} and everything after it are not read` : '; nothing after it is read';
    problems.push(problem(file, parser.line, `bad XML: ${message}${lost}`));
    throw new StopParsing();
  });

  try {
    parser.write(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).close();
    if (!sawRoot) problems.push(problem(file, 1, 'empty TBX file (no root element)'));
  } catch (e) {
    if (!(e instanceof StopParsing)) throw e;
  }
  uniqueIds(concepts, file, problems);
  return { concepts, problems: byLine(problems) };
}
