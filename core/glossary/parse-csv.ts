/**
 * CSV / TSV term base reader. Two layouts, told apart by the first record:
 *
 * 1. Header layout (Duizhao's own): the first record names the columns, in any order:
 *      id                   optional stable concept id (default: file name + ":" + the Chinese term)
 *      zh                   Chinese term(s) — required; further synonyms after "|" are admitted terms
 *      en, ru               preferred rendering first, further admitted renderings after "|"
 *      en_admitted, ru_admitted    more admitted renderings, "|"-separated
 *      en_forbidden, ru_forbidden  deprecated (forbidden) variants, "|"-separated
 *      note, en_note, ru_note      free-text usage notes (the language notes attach to its terms)
 *      subject, definition         subject field and definition of the concept
 *    Any language tag names the column: zh-CN, en-GB, ru-RU, zh_Hans… fold onto zh / en / ru.
 *    A record with fewer fields than the header has its missing trailing fields empty (spreadsheets
 *    drop empty cells at the end of a row); one with more is an error. The same Chinese term on
 *    several rows is several concepts (homographs), each loaded.
 *
 * 2. DeepL glossary layout (what DeepL's glossary editor imports and exports): no header, one entry
 *    per record, either `source,target` with the language pair taken from the file name
 *    (`anything.zh-en.csv`, `anything.zh_ru.tsv`), or `source,target,source_lang,target_lang`.
 *    One side must be Chinese; each entry becomes a concept whose target term is preferred.
 *
 * `.tsv` files are tab-separated, `.csv` comma-separated (or semicolon-separated when the first line
 * says so: Excel's "CSV" in ru-RU settings); all follow RFC 4180 quoting and may start with a BOM. Problems name file and line; a bad record is skipped and the rest still loads.
 */
import type { Lang } from '../model/types';
import { readDelimited, sniffDelimiter, type DelimitedRecord } from './delimited-records';
import { readLangCode } from './lang-code';
import { baseName, byLine, problem } from './problem';
import { uniqueIds } from './unique-ids';
import type { Concept, GlossaryProblem, ParsedTermFile, Term, TermStatus } from './types';

/** What a header column holds. */
type Column =
  | { kind: 'terms'; lang: Lang; status: 'preferred' | 'admitted' | 'deprecated' }
  | { kind: 'note'; lang: Lang | null }
  | { kind: 'id' }
  | { kind: 'subject' }
  | { kind: 'definition' };

const ALTERNATIVES = '|';

const SUFFIX_STATUS: Record<string, TermStatus> = {
  forbidden: 'deprecated',
  deprecated: 'deprecated',
  admitted: 'admitted',
  preferred: 'preferred',
};

function readColumn(name: string): Column | null {
  const n = name.trim().toLowerCase();
  if (n === 'id') return { kind: 'id' };
  if (n === 'subject') return { kind: 'subject' };
  if (n === 'definition') return { kind: 'definition' };
  if (n === 'note' || n === 'notes') return { kind: 'note', lang: null };
  const m = /^(.+?)(?:[_ ](forbidden|deprecated|admitted|preferred|note))?$/.exec(n);
  if (!m) return null;
  const code = readLangCode(m[1]!);
  if (code.kind !== 'lang') return null;
  if (m[2] === 'note') return { kind: 'note', lang: code.lang };
  const status = m[2] ? SUFFIX_STATUS[m[2]]! : 'preferred';
  return { kind: 'terms', lang: code.lang, status };
}

function splitAlternatives(cell: string): string[] {
  return cell.split(ALTERNATIVES).map((s) => s.trim()).filter((s) => s !== '');
}

/** "x.zh-en.csv" → ['zh', 'en']. */
function pairFromFileName(file: string): [Lang, Lang] | null {
  const m = /\.([A-Za-z]{2,3}(?:-[A-Za-z]{2,4})?)[-_]([A-Za-z]{2,3}(?:-[A-Za-z]{2,4})?)\.[tc]sv$/i.exec(baseName(file));
  if (!m) return null;
  const a = readLangCode(m[1]!);
  const b = readLangCode(m[2]!);
  return a.kind === 'lang' && b.kind === 'lang' && a.lang !== b.lang ? [a.lang, b.lang] : null;
}

const HAN = /\p{Script=Han}/u;

/** A header names a zh column and holds no Chinese itself (a DeepL record "上海合作组织,…,zh,ru" is data). */
function isHeader(record: DelimitedRecord): boolean {
  if (record.fields.some((f) => HAN.test(f))) return false;
  const cols = record.fields.map(readColumn);
  return cols.some((c) => c?.kind === 'terms' && c.lang === 'zh' && c.status === 'preferred');
}

function parseHeaderLayout(file: string, records: DelimitedRecord[], problems: GlossaryProblem[]): Concept[] {
  const header = records[0]!;
  const columns = header.fields.map((name) => {
    const col = readColumn(name);
    if (!col) problems.push(problem(file, header.line, `unknown column "${name.trim()}" ignored (expected zh, en, ru, <lang>_forbidden, <lang>_admitted, note, subject, definition, id)`, 'warning'));
    return col;
  });
  const stem = baseName(file);
  const concepts: Concept[] = [];
  const defaultIds = new DefaultIds(stem);
  for (const rec of records.slice(1)) {
    if (rec.fields.length > columns.length) {
      problems.push(problem(file, rec.line, `too many fields: the header has ${columns.length} columns, the record ${rec.fields.length}; record skipped`));
      continue;
    }
    const terms: Term[] = [];
    let id: string | undefined;
    let subject: string | undefined;
    let definition: string | undefined;
    const notes = new Map<Lang | null, string>();
    rec.fields.forEach((raw, i) => {
      const col = columns[i];
      const cell = raw.trim();
      if (!col || cell === '') return;
      if (col.kind === 'id') id = cell;
      else if (col.kind === 'subject') subject = cell;
      else if (col.kind === 'definition') definition = cell;
      else if (col.kind === 'note') notes.set(col.lang, cell);
      else {
        splitAlternatives(cell).forEach((text, k) => {
          const status: TermStatus = col.status === 'preferred' && k > 0 ? 'admitted' : col.status;
          terms.push({ text, lang: col.lang, status });
        });
      }
    });
    const zh = terms.find((t) => t.lang === 'zh' && t.status === 'preferred');
    if (!zh) {
      problems.push(problem(file, rec.line, 'empty Chinese term (column zh); record skipped'));
      continue;
    }
    for (const t of terms) {
      const note = notes.get(t.lang);
      if (note && t.lang !== 'zh') t.note = note;
    }
    const concept: Concept = { id: id ?? defaultIds.next(zh.text), terms, origin: { file, line: rec.line } };
    if (subject) concept.subject = subject;
    const general = notes.get(null);
    if (definition || general) concept.definition = [definition, general].filter(Boolean).join(' — ');
    concepts.push(concept);
  }
  return concepts;
}

function parseDeepLLayout(file: string, records: DelimitedRecord[], problems: GlossaryProblem[]): Concept[] {
  const pair = pairFromFileName(file);
  const defaultIds = new DefaultIds(baseName(file));
  const concepts: Concept[] = [];
  for (const rec of records) {
    const f = rec.fields.map((s) => s.trim());
    let langs: [Lang, Lang] | null = pair;
    if (f.length === 4) {
      const a = readLangCode(f[2]!);
      const b = readLangCode(f[3]!);
      if (a.kind !== 'lang' || b.kind !== 'lang') {
        const bad = a.kind !== 'lang' ? f[2]! : f[3]!;
        problems.push(problem(file, rec.line, `unknown language code "${bad}" (expected zh, en or ru, e.g. zh-CN, en-GB, ru-RU); record skipped`));
        continue;
      }
      langs = [a.lang, b.lang];
    } else if (f.length !== 2) {
      problems.push(problem(file, rec.line, `wrong column count: a DeepL glossary record has 2 fields (source,target) or 4 (source,target,source_lang,target_lang), found ${f.length}; record skipped`));
      continue;
    }
    if (!langs) {
      problems.push(problem(file, rec.line, 'cannot tell the languages: name the file like "terms.zh-en.csv", add source_lang,target_lang columns, or start with a header such as zh,en,ru'));
      return concepts;
    }
    if (!langs.includes('zh') || langs[0] === langs[1]) {
      problems.push(problem(file, rec.line, `language pair ${langs.join('→')} has no Chinese side; record skipped`));
      continue;
    }
    const [source, target] = [f[0]!, f[1]!];
    if (source === '' || target === '') {
      problems.push(problem(file, rec.line, `empty term (${source === '' ? 'source' : 'target'}); record skipped`));
      continue;
    }
    const terms: Term[] = [
      { text: source, lang: langs[0], status: 'preferred' },
      { text: target, lang: langs[1], status: 'preferred' },
    ];
    const zh = terms.find((t) => t.lang === 'zh')!;
    concepts.push({ id: defaultIds.next(zh.text), terms, origin: { file, line: rec.line } });
  }
  return concepts;
}

/**
 * Ids for concepts without an id column: file name + ":" + the Chinese term, and "#2", "#3"… for the
 * further concepts of a homograph (a legal term base, so no problem is reported for it).
 */
class DefaultIds {
  private readonly used = new Map<string, number>();
  constructor(private readonly stem: string) {}
  next(zh: string): string {
    const base = `${this.stem}:${zh}`;
    const n = (this.used.get(base) ?? 0) + 1;
    this.used.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  }
}

/** Parses a CSV (comma) or TSV (tab) term base; the layout is detected from the first record. */
export function parseCsvTermBase(file: string, text: string): ParsedTermFile {
  const problems: GlossaryProblem[] = [];
  const delimiter = /\.tsv$/i.test(file) ? '\t' : sniffDelimiter(text);
  const { records, error } = readDelimited(text, delimiter);
  if (error) problems.push(problem(file, error.line, `bad ${delimiter === '\t' ? 'TSV' : 'CSV'}: ${error.message}; the rest of the file is not read`));
  if (records.length === 0) {
    if (!error) problems.push(problem(file, 1, 'empty term base file', 'warning'));
    return { concepts: [], problems };
  }
  const concepts = isHeader(records[0]!) ? parseHeaderLayout(file, records, problems) : parseDeepLLayout(file, records, problems);
  uniqueIds(concepts, file, problems);
  return { concepts, problems: byLine(problems) };
}

