import { PbParseError } from './errors.js';

/** One CSV record with the physical line it starts on (quoted cells may span lines). */
export interface CsvRecord {
  readonly line: number;
  readonly cells: string[];
}

const SEMICOLON = 59;
const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Splits `;`-separated text into records. A cell is quoted only when it starts with `"`; inside,
 * `""` is a quote and `;`, CR and LF are data. A quote inside an unquoted cell is kept as is (as
 * Python's csv reader does, which wrote most pabulib files). CRLF, LF and lone CR all end a
 * record. Blank lines are dropped.
 */
export function readCsvRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const end = text.length;
  let line = 1;
  let i = 0;
  while (i < end) {
    const start = line;
    const cells: string[] = [];
    for (;;) {
      let cell: string;
      if (text.charCodeAt(i) === QUOTE) {
        const opened = line;
        let value = '';
        let from = i + 1;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close < 0) throw new PbParseError(opened, 'unterminated quoted cell (a `"` opened here is never closed)');
          line += countLineBreaks(text, from, close);
          value += text.slice(from, close);
          if (text.charCodeAt(close + 1) === QUOTE) {
            value += '"';
            from = close + 2;
          } else {
            i = close + 1;
            break;
          }
        }
        const next = text.charCodeAt(i);
        if (i < end && next !== SEMICOLON && next !== LF && next !== CR) {
          throw new PbParseError(line, 'unexpected text after a closing quote (write `""` for a quote inside a quoted cell)');
        }
        cell = value;
      } else {
        let j = i;
        while (j < end) {
          const c = text.charCodeAt(j);
          if (c === SEMICOLON || c === LF || c === CR) break;
          j++;
        }
        cell = text.slice(i, j);
        i = j;
      }
      cells.push(cell);
      if (text.charCodeAt(i) === SEMICOLON) {
        i++;
        continue;
      }
      break;
    }
    // At a line break or the end of the text.
    if (text.charCodeAt(i) === CR) i++;
    if (text.charCodeAt(i) === LF) i++;
    line++;
    const blank = cells.length === 1 && (cells[0] ?? '').trim() === '';
    if (!blank) records.push({ line: start, cells });
  }
  return records;
}

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === LF || (c === CR && text.charCodeAt(k + 1) !== LF)) count++;
  }
  return count;
}

const NEEDS_QUOTES = /[;"\r\n]/;

/** Quotes a cell only when reading it back would otherwise change it. */
export function formatCsvCell(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function formatCsvRecord(cells: readonly string[]): string {
  return cells.map(formatCsvCell).join(';');
}
