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
import { SaxesParser, type SaxesTag } from 'saxes';
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
  const parser = new SaxesParser({ position: true });
  const reader = new TbxReader(file, parser);
  parser.on('doctype', (doctype) => reader.doctype(doctype));
  parser.on('opentagstart', () => {
    reader.tagLine = parser.line;
  });
  parser.on('opentag', (tag) => reader.open(tag));
  parser.on('text', (t) => reader.text(t));
  parser.on('closetag', (tag) => reader.close(localName(tag.name)));
  parser.on('error', (err) => reader.error(err));
  try {
    parser.write(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).close();
    if (!reader.sawRoot) reader.problems.push(problem(file, 1, 'empty TBX file (no root element)'));
  } catch (e) {
    if (!(e instanceof StopParsing)) throw e;
  }
  uniqueIds(reader.concepts, file, reader.problems);
  return { concepts: reader.concepts, problems: byLine(reader.problems) };
}

/** The reader's state between saxes callbacks: the concept, language section and term open, and the text being collected. */
class TbxReader {
  readonly problems: GlossaryProblem[] = [];
  readonly concepts: Concept[] = [];
  sawRoot = false;
  /** The line of the start tag being read (saxes reports the line where the tag ends). */
  tagLine = 1;
  private concept: DraftConcept | null = null;
  private lang: Lang | null = null;
  private langOk = false;
  private inLang = false;
  private term: DraftTerm | null = null;
  private capture: Capture = null;
  private captureDepth = 0;
  private depth = 0;
  private buffer = '';

  constructor(
    private readonly file: string,
    private readonly parser: SaxesParser,
  ) {}

  /** Any DOCTYPE declaring entities is refused before a single element is read (XXE, "billion laughs"). */
  doctype(doctype: string): void {
    if (/<!ENTITY/i.test(doctype)) {
      this.problems.push(problem(this.file, this.parser.line, 'the DOCTYPE declares entities; term base files may not declare entities (external-entity and entity-expansion attacks): file not read'));
      throw new StopParsing();
    }
  }

  open(tag: SaxesTag): void {
    this.depth += 1;
    const name = localName(tag.name);
    const attr = (key: string): string | undefined => {
      const v = tag.attributes[key];
      return typeof v === 'string' ? v : v?.value;
    };
    if (!this.sawRoot) this.checkRoot(tag.name, name);
    if (this.capture) return; // markup inside a term or note (e.g. <hi>): its text still counts
    if (CONCEPT_ELEMENTS.has(name)) {
      this.concept = { line: this.tagLine, notes: [], terms: [] };
      const id = attr('id')?.trim();
      if (id) this.concept.id = id;
      return;
    }
    if (!this.concept) return;
    if (LANG_ELEMENTS.has(name)) return this.openLangSection(name, attr('xml:lang') ?? attr('lang'));
    if (TERM_ELEMENTS.has(name)) {
      // ntig wraps termGrp: only open a term for the outer element.
      if (!this.term) this.term = { text: '', line: this.tagLine };
      return;
    }
    // Inside a language section Duizhao skips, nothing (not even a definition) is read.
    if (this.inLang && !this.langOk) return;
    // DCA names the data category in type=""; DCT makes it the element name.
    const next = captureOf(name, name === 'termNote' || name === 'descrip' ? (attr('type') ?? '') : name, this.term !== null);
    if (next) {
      this.capture = next;
      this.captureDepth = this.depth;
      this.buffer = '';
    }
  }

  text(t: string): void {
    if (this.capture) this.buffer += t;
  }

  close(name: string): void {
    if (this.capture && this.depth === this.captureDepth) {
      this.store(this.capture, this.buffer.replace(/\s+/g, ' ').trim());
      this.capture = null;
    } else if (!this.capture && this.concept) this.closeElement(name, this.concept);
    this.depth -= 1;
  }

  error(err: Error): void {
    const message = err.message.replace(/^\d+:\d+:\s*/, '');
    const lost = this.concept ? `; the concept entry opened on line ${this.concept.line} and everything after it are not read` : '; nothing after it is read';
    this.problems.push(problem(this.file, this.parser.line, `bad XML: ${message}${lost}`));
    throw new StopParsing();
  }

  private checkRoot(tagName: string, name: string): void {
    this.sawRoot = true;
    if (!ROOT_ELEMENTS.has(name)) {
      this.problems.push(problem(this.file, this.tagLine, `not a TBX file: the root element is <${tagName}>, expected <tbx> (TBX 2019) or <martif> (TBX 2008)`));
      throw new StopParsing();
    }
  }

  /** A language section: its terms are read only when its language is one Duizhao works in. */
  private openLangSection(name: string, code: string | undefined): void {
    this.lang = null;
    this.langOk = false;
    this.inLang = true;
    if (code === undefined) {
      this.problems.push(problem(this.file, this.tagLine, `<${name}> without xml:lang; its terms are skipped`));
      return;
    }
    const read = readLangCode(code);
    if (read.kind === 'lang') {
      this.lang = read.lang;
      this.langOk = true;
    } else if (read.kind === 'other') {
      this.problems.push(problem(this.file, this.tagLine, `language "${read.tag}" is not one Duizhao works in (zh, en, ru); its terms are skipped`, 'warning'));
    } else {
      this.problems.push(problem(this.file, this.tagLine, `unknown language code "${read.tag}" (expected zh, en or ru, e.g. zh-CN, en-GB, ru-RU); its terms are skipped`));
    }
  }

  /** The text collected for `capture`, put where it belongs: the open term, or the concept. */
  private store(capture: Exclude<Capture, null>, value: string): void {
    const { term, concept } = this;
    if (capture === 'term' && term) {
      term.text = value;
      term.line = this.parser.line;
    } else if (capture === 'status' && term) {
      term.statusText = value;
      const status = STATUS_VALUES[value];
      if (status) term.status = status;
      else this.problems.push(problem(this.file, this.parser.line, `unknown administrative status "${value}"; read as admitted`, 'warning'));
    } else if (capture === 'subject' && concept && value) concept.subject ??= value;
    else if (capture === 'definition' && concept && value) {
      const rank = DEFINITION_RANK[this.inLang && this.lang ? this.lang : 'concept'];
      if (concept.definitionRank === undefined || rank < concept.definitionRank) {
        concept.definition = value;
        concept.definitionRank = rank;
      }
    } else if (capture === 'note' && value) {
      if (term) term.note = term.note ? `${term.note} ${value}` : value;
      else if (concept) concept.notes.push(value);
    }
  }

  /** The end of a term (kept when its language is read), a language section or a concept entry (finished). */
  private closeElement(name: string, concept: DraftConcept): void {
    const { term, lang } = this;
    if (TERM_ELEMENTS.has(name) && term) {
      if (this.langOk && lang) {
        // A status that was given but not understood was warned about: admitted, never promoted.
        if (term.status === undefined && term.statusText !== undefined) term.status = 'admitted';
        if (term.text === '') this.problems.push(problem(this.file, term.line, 'empty term; skipped'));
        else concept.terms.push({ ...term, lang });
      }
      this.term = null;
    } else if (LANG_ELEMENTS.has(name)) {
      this.lang = null;
      this.langOk = false;
      this.inLang = false;
    } else if (CONCEPT_ELEMENTS.has(name)) {
      const done = finishConcept(concept, this.file, this.problems);
      if (done) this.concepts.push(done);
      this.concept = null;
    }
  }
}

/** What an element's text is collected as, from its name and data category (`inTerm`: inside a term group). */
function captureOf(name: string, category: string, inTerm: boolean): Capture {
  if (name === 'term' && inTerm) return 'term';
  if (inTerm && STATUS_NOTE_TYPES.has(category)) return 'status';
  if (category === 'subjectField') return 'subject';
  if (category === 'definition' && !inTerm) return 'definition';
  if (name === 'note') return 'note';
  return null;
}
