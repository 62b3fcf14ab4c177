/** How the commands write: CSV (RFC 4180), aligned text tables, JSON. */

export type Cell = string | number | boolean | null | undefined;

function csvField(cell: Cell): string {
  const text = cell === null || cell === undefined ? '' : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * RFC 4180: comma-separated, a header row, CRLF after every record, a field quoted (its quotes
 * doubled) when it holds a comma, a quote or a line break. UTF-8, no byte-order mark.
 */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly Cell[]>): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

/** One line each, as `--explain` prints its sentences. */
export function toLines(lines: readonly string[]): string {
  return lines.map((line) => line + '\n').join('');
}

export interface Column {
  title: string;
  align?: 'left' | 'right';
}

/** A plain-text table for terminals: columns padded to their widest cell, two spaces apart. */
export function toTable(columns: readonly Column[], rows: ReadonlyArray<readonly Cell[]>): string {
  const text = rows.map((row) => columns.map((_, i) => oneLine(row[i])));
  const widths = columns.map((column, i) => Math.max(width(column.title), ...text.map((row) => width(row[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => {
        const pad = ' '.repeat((widths[i] ?? 0) - width(cell));
        return columns[i]?.align === 'right' ? pad + cell : i === cells.length - 1 ? cell : cell + pad;
      })
      .join('  ')
      .trimEnd() + '\n';
  return line(columns.map((c) => c.title)) + text.map(line).join('');
}

function oneLine(cell: Cell): string {
  return cell === null || cell === undefined ? '' : String(cell).replace(/\s+/g, ' ');
}

/** Code points, not UTF-16 units: `«` and accented letters are one column each. */
function width(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

export function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** Cents as euros with two decimals and a dot, for files other programs read: `900050` → `9000.50`. */
export function euros(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
