import { PbParseError } from './errors.js';

const SEMICOLON = 59;
const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Reads `;`-separated records one at a time from text that may arrive in pieces, keeping only
 * the unread tail: no array of the file's records is ever built.
 *
 * A cell is quoted only when it starts with `"`; inside, `""` is a quote and `;`, CR and LF are
 * data. A quote inside an unquoted cell is kept as is (as Python's csv reader does, which wrote
 * most pabulib files). CRLF, LF and lone CR all end a record. Blank lines are skipped.
 */
export class RecordScanner {
  /**
   * The cells of the record just read, the first `count` of `cells`: the array is reused, not
   * truncated, for the next record (truncating it is measurable at 100,000 rows).
   */
  readonly cells: string[] = [];
  count = 0;
  /** Physical line where the record just read starts (quoted cells may span lines). */
  line = 0;
  #text = '';
  #at = 0;
  #nextLine = 1;
  /** The previous piece ended with CR: an LF opening this one belongs to it. */
  #afterCR = false;

  push(piece: string): void {
    this.#text = this.#at === 0 ? this.#text + piece : this.#text.slice(this.#at) + piece;
    this.#at = 0;
  }

  /**
   * Reads the next non-blank record into `cells` and `line`. False when the text pushed so far
   * holds no complete record (push more), or, once `final`, when the text is exhausted.
   */
  next(final: boolean): boolean {
    for (;;) {
      const read = this.#record(final);
      if (read !== true) return false;
      if (this.count !== 1 || (this.cells[0] as string).trim() !== '') return true;
    }
  }

  #record(final: boolean): boolean {
    const text = this.#text;
    const end = text.length;
    let i = this.#at;
    if (this.#afterCR && i < end) {
      if (text.charCodeAt(i) === LF) i++;
      this.#afterCR = false;
      this.#at = i;
    }
    if (i >= end) return false;
    const cells = this.cells;
    let count = 0;
    let line = this.#nextLine;
    const start = line;
    for (;;) {
      if (text.charCodeAt(i) === QUOTE) {
        const opened = line;
        let value = '';
        let from = i + 1;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close < 0 || (close + 1 >= end && !final)) {
            if (!final) return false; // the rest of the cell (or a doubled quote) may follow
            throw new PbParseError(opened, 'unterminated quoted cell (a `"` opened here is never closed)');
          }
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
        const after = text.charCodeAt(i);
        if (i < end && after !== SEMICOLON && after !== LF && after !== CR) {
          throw new PbParseError(line, 'unexpected text after a closing quote (write `""` for a quote inside a quoted cell)');
        }
        cells[count++] = value;
      } else {
        let j = i;
        while (j < end) {
          const c = text.charCodeAt(j);
          if (c === SEMICOLON || c === LF || c === CR) break;
          j++;
        }
        if (j >= end && !final) return false;
        cells[count++] = text.slice(i, j);
        i = j;
      }
      if (i < end && text.charCodeAt(i) === SEMICOLON) {
        i++;
        if (i >= end && !final) return false;
        continue;
      }
      break;
    }
    if (i < end) {
      if (text.charCodeAt(i) === CR) {
        i++;
        if (i >= end) this.#afterCR = true;
        else if (text.charCodeAt(i) === LF) i++;
      } else {
        i++;
      }
    }
    this.#at = i;
    this.count = count;
    this.#nextLine = line + 1;
    this.line = start;
    return true;
  }
}

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === LF || (c === CR && text.charCodeAt(k + 1) !== LF)) count++;
  }
  return count;
}
