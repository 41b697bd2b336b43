/** One CSV record; `row` counts records from 1, which is the row number Excel shows for the same file. */
export interface CsvRecord {
  row: number;
  cells: string[];
  /** The file ended inside a quoted field: the rest of the file was swallowed by it. */
  unterminatedQuote?: true;
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/**
 * RFC 4180 reader: fields separated by commas, records by CRLF, LF or CR; a quoted field may hold commas,
 * line breaks and doubled quotes. Like Excel it is lenient: a quote inside an unquoted field is kept as text,
 * and text after a closing quote is appended to the field.
 */
export function* parseCsv(text: string): Generator<CsvRecord> {
  const length = text.length;
  let position = 0;
  let row = 0;
  while (position < length) {
    row += 1;
    const cells: string[] = [];
    let endOfRecord = false;
    while (!endOfRecord) {
      let field = '';
      if (text.charCodeAt(position) === QUOTE) {
        position += 1;
        for (;;) {
          const nextQuote = text.indexOf('"', position);
          if (nextQuote < 0) {
            cells.push(field + text.slice(position));
            yield { row, cells, unterminatedQuote: true };
            return;
          }
          field += text.slice(position, nextQuote);
          position = nextQuote + 1;
          if (text.charCodeAt(position) === QUOTE) {
            field += '"';
            position += 1;
          } else break;
        }
      }
      // Unquoted field, or what follows a closing quote up to the next separator.
      let end = position;
      while (end < length) {
        const code = text.charCodeAt(end);
        if (code === COMMA || code === LF || code === CR) break;
        end += 1;
      }
      field += text.slice(position, end);
      cells.push(field);
      position = end;
      const code = text.charCodeAt(position);
      if (code === COMMA) {
        // A comma as the file's last character still opens an (empty) last field: the loop runs once more.
        position += 1;
      } else {
        endOfRecord = true;
        if (code === CR) position += text.charCodeAt(position + 1) === LF ? 2 : 1;
        else if (code === LF) position += 1;
      }
    }
    yield { row, cells };
  }
}
