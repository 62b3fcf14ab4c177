import { PbParseError } from './errors.js';
import type { FlawPolicy } from './flaws.js';

export type SectionName = 'META' | 'PROJECTS' | 'VOTES';

/** The header of a PROJECTS or VOTES section, and how to turn its rows into `fields`. */
export class TableHeader {
  readonly columns: string[];
  readonly #name: SectionName;
  readonly #flaws: FlawPolicy;
  /** A plain assignment would turn a `__proto__` column into a prototype. */
  readonly #plain: boolean;
  /** Trailing empty cells are reported once per section: files that have them have them on every row. */
  #trailingReported = false;

  constructor(name: SectionName, cells: readonly string[], line: number, required: readonly string[], flaws: FlawPolicy) {
    this.#name = name;
    this.#flaws = flaws;
    const columns = cells.map((cell) => cell.trim());
    let last = columns.length;
    while (last > 1 && columns[last - 1] === '') last--;
    if (last < columns.length) {
      flaws.meet('ambiguous', line, name.toLowerCase(), `empty column name in the ${name} header (the last ${columns.length - last}: a trailing ";")`, 'ignored');
      columns.length = last;
    }
    const seen = new Set<string>();
    for (const column of columns) {
      if (column === '') throw new PbParseError(line, `empty column name in the ${name} header`);
      if (seen.has(column)) throw new PbParseError(line, `duplicate column ${JSON.stringify(column)} in the ${name} header`);
      seen.add(column);
    }
    for (const column of required) {
      if (!seen.has(column)) throw new PbParseError(line, `the ${name} header lacks the column ${column}`);
    }
    this.columns = columns;
    this.#plain = !seen.has('__proto__');
  }

  /**
   * The row's cells keyed by column. A row shorter than the header is refused; cells past the
   * header are a flaw when all empty (a trailing `;`), refused otherwise.
   */
  fields(cells: readonly string[], line: number, cellCount = cells.length): Record<string, string> {
    const columns = this.columns;
    const count = columns.length;
    if (cellCount !== count) this.#checkLength(cells.slice(0, cellCount), line);
    if (this.#plain) {
      const fields: Record<string, string> = {};
      for (let c = 0; c < count; c++) fields[columns[c] as string] = cells[c] as string;
      return fields;
    }
    return Object.fromEntries(columns.map((column, c) => [column, cells[c] as string]));
  }

  #checkLength(cells: readonly string[], line: number): void {
    const count = this.columns.length;
    const problem = `${this.#name} row has ${cells.length} columns, the header has ${count}`;
    if (cells.length < count || cells.slice(count).some((cell) => cell.trim() !== '')) throw new PbParseError(line, problem);
    if (this.#trailingReported) return;
    this.#trailingReported = true;
    const what = `${problem} (the last ${cells.length - count} empty: a trailing ";")`;
    this.#flaws.meet('ambiguous', line, this.#name.toLowerCase(), what, `ignored, here and on any other row of the section`);
  }
}
