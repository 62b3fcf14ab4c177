const NEEDS_QUOTES = /[;"\r\n]/;

/** Quotes a cell only when reading it back would otherwise change it. */
export function formatCsvCell(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function formatCsvRecord(cells: readonly string[]): string {
  return cells.map(formatCsvCell).join(';');
}
