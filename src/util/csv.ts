/**
 * A small, strict CSV reader (RFC 4180) for reference data and imports: quoted fields, doubled
 * quotes, commas and line breaks inside quotes, CRLF or LF, a UTF-8 byte-order mark. Errors name
 * the line, so a bad row in a file of thousands can be found.
 */

export class CsvError extends Error {
  constructor(
    message: string,
    /** 1-based physical line where the problem was found. */
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
  }
}

export interface CsvOptions {
  /** Field separator; a comma unless told. */
  delimiter?: string;
  /**
   * Lines starting with this character (outside quotes, at the start of a record) are skipped.
   * Off unless given; our own reference files use '#' for their source notes.
   */
  comment?: string;
  /** Skip records whose every field is empty (blank lines). Default true. */
  skipEmpty?: boolean;
}

/** One parsed record with the line it started on. */
export interface CsvRow {
  line: number;
  fields: string[];
}

/** Parses CSV text into records of fields. */
export function parseCsvRows(text: string, opts: CsvOptions = {}): CsvRow[] {
  const delimiter = opts.delimiter ?? ',';
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
    throw new Error('The CSV delimiter must be one character other than a quote or a line break.');
  }
  const comment = opts.comment;
  const skipEmpty = opts.skipEmpty ?? true;
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let atRecordStart = true;
  let i = 0;
  const n = s.length;

  const endField = () => {
    fields.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    if (!(skipEmpty && fields.every((f) => f === ''))) rows.push({ line: recordLine, fields });
    fields = [];
    atRecordStart = true;
  };

  while (i < n) {
    const c = s[i]!;
    if (atRecordStart) {
      recordLine = line;
      atRecordStart = false;
      if (comment !== undefined && c === comment) {
        // Skip to the end of the line.
        while (i < n && s[i] !== '\n' && s[i] !== '\r') i++;
        if (s[i] === '\r' && s[i + 1] === '\n') i++;
        if (i < n) {
          i++;
          line++;
        }
        atRecordStart = true;
        continue;
      }
    }
    if (c === '"' && field === '') {
      // A quoted field: runs to the closing quote; "" is a literal quote.
      const startLine = line;
      i++;
      let closed = false;
      while (i < n) {
        const q = s[i]!;
        if (q === '"') {
          if (s[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          closed = true;
          i++;
          break;
        }
        if (q === '\n') line++;
        else if (q === '\r' && s[i + 1] !== '\n') line++;
        field += q;
        i++;
      }
      if (!closed) throw new CsvError('a quoted field is never closed', startLine);
      const next = s[i];
      if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
        throw new CsvError(`unexpected character ${JSON.stringify(next)} after a closing quote`, line);
      }
      if (next === delimiter) {
        endField();
        i++;
      } else if (next === undefined) {
        endRecord();
        return rows;
      } else {
        endRecord();
        if (next === '\r' && s[i + 1] === '\n') i++;
        i++;
        line++;
      }
      continue;
    }
    if (c === delimiter) {
      endField();
      i++;
      continue;
    }
    if (c === '\n' || c === '\r') {
      endRecord();
      if (c === '\r' && s[i + 1] === '\n') i++;
      i++;
      line++;
      continue;
    }
    if (c === '"') throw new CsvError('a quote inside an unquoted field (quote the whole field and double the quote)', line);
    field += c;
    i++;
  }
  // Last record without a trailing line break.
  if (!atRecordStart) endRecord();
  return rows;
}

/**
 * Parses CSV with a header row into objects keyed by column name. Every record must have exactly
 * as many fields as the header; column names are trimmed and must be unique.
 */
export function parseCsv(text: string, opts: CsvOptions = {}): { columns: string[]; records: Record<string, string>[]; lines: number[] } {
  const rows = parseCsvRows(text, opts);
  const header = rows.shift();
  if (!header) return { columns: [], records: [], lines: [] };
  const columns = header.fields.map((c) => c.trim());
  const seen = new Set<string>();
  for (const c of columns) {
    if (c === '') throw new CsvError('the header has an empty column name', header.line);
    if (seen.has(c)) throw new CsvError(`the header names column "${c}" twice`, header.line);
    seen.add(c);
  }
  const records: Record<string, string>[] = [];
  const lines: number[] = [];
  for (const row of rows) {
    if (row.fields.length !== columns.length) {
      throw new CsvError(`expected ${columns.length} fields, found ${row.fields.length}`, row.line);
    }
    // fromEntries defines own properties: a column named "__proto__" cannot reach the prototype.
    records.push(Object.fromEntries(columns.map((c, k) => [c, row.fields[k]!])));
    lines.push(row.line);
  }
  return { columns, records, lines };
}

/** Writes one CSV field, quoting it when needed. */
export function csvField(value: string | number | boolean | null | undefined, delimiter = ','): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /["\r\n]/.test(s) || s.includes(delimiter) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Writes records as CSV with a header row and LF line endings. */
export function toCsv(columns: string[], records: Record<string, string | number | boolean | null | undefined>[]): string {
  const lines = [columns.map((c) => csvField(c)).join(',')];
  for (const r of records) lines.push(columns.map((c) => csvField(r[c])).join(','));
  return lines.join('\n') + '\n';
}
