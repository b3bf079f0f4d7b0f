/** Field separators: comma (RFC 4180), semicolon (Excel in locales with a decimal comma, e.g. ru-RU), tab. */
export type Delimiter = ',' | ';' | '\t';

/**
 * The separator of a .csv file, from its first line outside quotes: a comma unless that line has more
 * semicolons (Excel with Russian or German settings saves "CSV" with ";").
 */
export function sniffDelimiter(text: string): Delimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/** One record of a CSV/TSV file with the 1-based line it starts on. */
export interface DelimitedRecord {
  fields: string[];
  line: number;
}

/** A quoting error: the file is read up to it, nothing after it can be trusted. */
export interface DelimitedError {
  line: number;
  message: string;
}

/**
 * RFC 4180 reader: fields separated by `delimiter`, optionally enclosed in double quotes; a quoted
 * field may hold delimiters, CR/LF and doubled quotes (""). CRLF, LF and lone CR all end a record; a
 * leading BOM is dropped; blank lines are skipped. Hand-written rather than a library because the
 * glossary parsers need the starting line of every record for their error messages and must run in
 * core/ (no Node streams).
 */
export function readDelimited(text: string, delimiter: Delimiter): { records: DelimitedRecord[]; error?: DelimitedError } {
  const records: DelimitedRecord[] = [];
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let line = 1;
  let i = 0;
  const n = src.length;
  while (i < n) {
    const startLine = line;
    const fields: string[] = [];
    // A field is built from slices of src (a doubled quote ends one slice), never a character at a
    // time: appending 20M characters one by one made a rope of 20M pieces (1.2 GB for a 60 MB file).
    let field = '';
    let from = i; // start of the current slice of src
    let quoted = false;
    let fieldStart = true;
    let ended = false;
    while (i < n && !ended) {
      const ch = src[i]!;
      if (quoted) {
        if (ch === '"') {
          field += src.slice(from, i);
          if (src[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            quoted = false;
            i += 1;
            // After a closing quote only a delimiter or the end of the record may follow.
            const next = src[i];
            if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
              return { records, error: { line, message: `text after a closing quote (found ${JSON.stringify(next)}); quote the whole field and double inner quotes ("")` } };
            }
          }
          from = i;
        } else {
          if (ch === '\n' || (ch === '\r' && src[i + 1] !== '\n')) line += 1;
          i += 1;
        }
        continue;
      }
      if (ch === '"' && fieldStart) {
        quoted = true;
        fieldStart = false;
        i += 1;
        from = i;
      } else if (ch === delimiter) {
        fields.push(field + src.slice(from, i));
        field = '';
        fieldStart = true;
        i += 1;
        from = i;
      } else if (ch === '\r' || ch === '\n') {
        field += src.slice(from, i);
        i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
        from = i;
        line += 1;
        ended = true;
      } else {
        fieldStart = false;
        i += 1;
      }
    }
    if (quoted) return { records, error: { line: startLine, message: 'a quoted field is never closed (missing ")' } };
    fields.push(ended ? field : field + src.slice(from, i));
    const blank = fields.length === 1 && fields[0]!.trim() === '';
    if (!blank) records.push({ fields, line: startLine });
  }
  return { records };
}
