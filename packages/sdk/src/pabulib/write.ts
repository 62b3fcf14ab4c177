import { RuleInputError } from '../errors.js';
import { formatCsvRecord } from './csv.js';
import type { PbInstance } from './types.js';

export interface WritePbOptions {
  /** `\n` by default; pabulib's own files use `\r\n`. */
  lineEnding?: '\n' | '\r\n';
}

/**
 * Writes an instance as `.pb` text, from the rows' raw `fields` (the typed accessors are derived
 * from them, so they need no writing). Refuses, rather than silently drops, what `parsePb` would
 * read back differently: a field outside the header, an empty or space-padded name.
 */
export function writePb(instance: PbInstance, options: WritePbOptions = {}): string {
  const eol = options.lineEnding ?? '\n';
  checkNames(Object.keys(instance.meta), 'meta', 'META key');
  checkNames(instance.projectColumns, 'projectColumns', 'column');
  checkNames(instance.voteColumns, 'voteColumns', 'column');
  const lines: string[] = ['META', 'key;value'];
  for (const [key, value] of Object.entries(instance.meta)) lines.push(formatCsvRecord([key, value]));
  lines.push('PROJECTS', formatCsvRecord(instance.projectColumns));
  instance.projects.forEach((project, index) => {
    lines.push(formatRow(project.fields, instance.projectColumns, `projects[${index}]`));
  });
  lines.push('VOTES', formatCsvRecord(instance.voteColumns));
  instance.votes.forEach((vote, index) => {
    lines.push(formatRow(vote.fields, instance.voteColumns, `votes[${index}]`));
  });
  return lines.join(eol) + eol;
}

function formatRow(fields: Readonly<Record<string, string>>, columns: readonly string[], path: string): string {
  const known = new Set(columns);
  for (const key of Object.keys(fields)) {
    if (!known.has(key)) throw new RuleInputError([{ path: `${path}.fields.${key}`, message: `column ${JSON.stringify(key)} is not in the header` }]);
  }
  return formatCsvRecord(columns.map((column) => fields[column] ?? ''));
}

function checkNames(names: readonly string[], path: string, what: string): void {
  const seen = new Set<string>();
  for (const name of names) {
    if (name === '' || name !== name.trim()) throw new RuleInputError([{ path, message: `${what} ${JSON.stringify(name)} is empty or padded with spaces` }]);
    if (seen.has(name)) throw new RuleInputError([{ path, message: `duplicate ${what} ${JSON.stringify(name)}` }]);
    seen.add(name);
  }
}
