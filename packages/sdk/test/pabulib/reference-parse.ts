// The reference the single-pass parser is tested against: the SDK's former parser, which reads
// in stages (every CSV record, then the sections, then the tables), kept as it was, strict.
import { PbParseError } from '../../src/pabulib/errors.js';
import { isNonNegativeDecimal } from '../../src/pabulib/numbers.js';
import { projectFromOwnedFields, voteFromOwnedFields, type PbCellProblem } from '../../src/pabulib/rows.js';
import { PB_VOTE_TYPES, type PbInstance, type PbProject, type PbVote, type PbVoteType } from '../../src/pabulib/types.js';


type SectionName = 'META' | 'PROJECTS' | 'VOTES';
const SECTION_NAMES: readonly SectionName[] = ['META', 'PROJECTS', 'VOTES'];

interface Section {
  readonly line: number;
  readonly records: CsvRecord[];
}

/**
 * Reads a pabulib `.pb` text (UTF-8 BOM and CRLF accepted). Everything a rule relies on is
 * checked here, so that a rule never meets a half-valid instance: each problem is a
 * `PbParseError` naming the line.
 */
export function referenceParsePb(text: string): PbInstance {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records = readCsvRecords(body);
  const lastLine = records.length === 0 ? 1 : (records[records.length - 1]?.line ?? 1);
  const sections = splitSections(records, lastLine);

  const { meta, metaLines } = readMeta(sections.META);
  const voteType = readVoteType(meta, metaLines);
  const budget = meta.budget;
  if (budget !== undefined && !isNonNegativeDecimal(budget)) {
    throw new PbParseError(metaLines.get('budget') ?? sections.META.line, `budget ${JSON.stringify(budget)} is not a non-negative decimal number`, 'meta.budget');
  }

  const projectTable = readTable(sections.PROJECTS, 'PROJECTS', ['project_id', 'cost']);
  const projectIndex = new Map<string, number>();
  const projects: PbProject[] = [];
  for (const { line, fields } of projectTable.rows) {
    const project = projectFromOwnedFields(fields, cellProblem(line, 'projects'));
    if (projectIndex.has(project.project_id)) throw new PbParseError(line, `duplicate project_id ${JSON.stringify(project.project_id)}`, 'projects.project_id');
    projectIndex.set(project.project_id, projects.length);
    projects.push(project);
  }

  const needsPoints = voteType === 'cumulative' || voteType === 'scoring';
  const voteTable = readTable(sections.VOTES, 'VOTES', needsPoints ? ['voter_id', 'vote', 'points'] : ['voter_id', 'vote']);
  const checker = new VoteChecker(voteType, projectIndex);
  // One reporter for all rows: a closure per row is measurable garbage at 100,000 voters.
  let voteLine = 0;
  const voteProblem: PbCellProblem = (column, problem) => {
    throw new PbParseError(voteLine, problem, `votes.${column}`);
  };
  const votes: PbVote[] = [];
  for (const { line, fields } of voteTable.rows) {
    voteLine = line;
    const vote = voteFromOwnedFields(fields, voteProblem);
    checker.check(vote, line);
    votes.push(vote);
  }

  return { meta, projects, votes, projectColumns: projectTable.columns, voteColumns: voteTable.columns };
}

function cellProblem(line: number, table: string): PbCellProblem {
  return (column, problem) => {
    throw new PbParseError(line, problem, `${table}.${column}`);
  };
}

function splitSections(records: readonly CsvRecord[], lastLine: number): Record<SectionName, Section> {
  const found: Partial<Record<SectionName, Section>> = {};
  let current: Section | undefined;
  for (const record of records) {
    const marker = record.cells.length === 1 ? (record.cells[0] ?? '').trim().toUpperCase() : '';
    if ((SECTION_NAMES as readonly string[]).includes(marker)) {
      const name = marker as SectionName;
      if (found[name]) throw new PbParseError(record.line, `section ${name} appears a second time (first at line ${found[name].line})`);
      current = { line: record.line, records: [] };
      found[name] = current;
    } else if (!current) {
      throw new PbParseError(record.line, 'data before the first section (a .pb file starts with a META line)');
    } else {
      current.records.push(record);
    }
  }
  for (const name of SECTION_NAMES) {
    if (!found[name]) throw new PbParseError(lastLine, `missing section ${name} (a .pb file has META, PROJECTS and VOTES)`);
  }
  return found as Record<SectionName, Section>;
}

function readMeta(section: Section): { meta: Record<string, string>; metaLines: Map<string, number> } {
  const entries: Array<[string, string]> = [];
  const metaLines = new Map<string, number>();
  section.records.forEach((record, index) => {
    const [key = '', value = ''] = record.cells;
    if (index === 0 && key.trim().toLowerCase() === 'key' && value.trim().toLowerCase() === 'value' && record.cells.length === 2) return;
    if (record.cells.length !== 2) throw new PbParseError(record.line, `META rows are key;value: expected 2 columns, found ${record.cells.length}`, 'meta');
    const name = key.trim();
    if (name === '') throw new PbParseError(record.line, 'empty META key', 'meta');
    const first = metaLines.get(name);
    if (first !== undefined) throw new PbParseError(record.line, `duplicate META key ${JSON.stringify(name)} (first at line ${first})`, `meta.${name}`);
    metaLines.set(name, record.line);
    entries.push([name, value]);
  });
  return { meta: Object.fromEntries(entries), metaLines };
}

function readVoteType(meta: Readonly<Record<string, string>>, metaLines: ReadonlyMap<string, number>): PbVoteType | undefined {
  const text = meta.vote_type?.trim();
  if (text === undefined) return undefined;
  if (!(PB_VOTE_TYPES as readonly string[]).includes(text)) {
    throw new PbParseError(metaLines.get('vote_type') ?? 1, `unknown vote_type ${JSON.stringify(text)} (expected one of ${PB_VOTE_TYPES.join(', ')})`, 'meta.vote_type');
  }
  return text as PbVoteType;
}

interface Table {
  columns: string[];
  rows: Array<{ line: number; fields: Record<string, string> }>;
}

function readTable(section: Section, name: SectionName, required: readonly string[]): Table {
  const [header, ...rows] = section.records;
  if (!header) throw new PbParseError(section.line, `section ${name} has no header row`);
  const columns = header.cells.map((cell) => cell.trim());
  const seen = new Set<string>();
  for (const column of columns) {
    if (column === '') throw new PbParseError(header.line, `empty column name in the ${name} header`);
    if (seen.has(column)) throw new PbParseError(header.line, `duplicate column ${JSON.stringify(column)} in the ${name} header`);
    seen.add(column);
  }
  for (const column of required) {
    if (!seen.has(column)) throw new PbParseError(header.line, `the ${name} header lacks the column ${column}`);
  }
  // A plain assignment would turn a `__proto__` column into a prototype; fromEntries would not,
  // but costs two arrays per cell, so it is kept for that odd case.
  const plain = !columns.includes('__proto__');
  return {
    columns,
    rows: rows.map((record) => {
      const cells = record.cells;
      if (cells.length !== columns.length) {
        throw new PbParseError(record.line, `${name} row has ${cells.length} columns, the header has ${columns.length}`);
      }
      let fields: Record<string, string>;
      if (plain) {
        fields = {};
        for (let c = 0; c < columns.length; c++) fields[columns[c] ?? ''] = cells[c] ?? '';
      } else {
        fields = Object.fromEntries(columns.map((column, c) => [column, cells[c] ?? '']));
      }
      return { line: record.line, fields };
    }),
  };
}

/** Cross-row checks of the VOTES section, without allocating per vote. */
class VoteChecker {
  private readonly voterIds = new Set<string>();
  /** `lastVote[p] === n` when the n-th vote already named project p. */
  private readonly lastVote: Int32Array;
  private count = 0;
  private readonly voteType: PbVoteType | undefined;
  private readonly projectIndex: ReadonlyMap<string, number>;

  constructor(voteType: PbVoteType | undefined, projectIndex: ReadonlyMap<string, number>) {
    this.voteType = voteType;
    this.projectIndex = projectIndex;
    this.lastVote = new Int32Array(projectIndex.size).fill(-1);
  }

  check(vote: PbVote, line: number): void {
    const stamp = this.count++;
    if (this.voterIds.has(vote.voter_id)) throw new PbParseError(line, `duplicate voter_id ${JSON.stringify(vote.voter_id)}`, 'votes.voter_id');
    this.voterIds.add(vote.voter_id);
    for (const projectId of vote.vote) {
      const index = this.projectIndex.get(projectId);
      if (index === undefined) throw new PbParseError(line, `vote references unknown project ${JSON.stringify(projectId)}`, 'votes.vote');
      if (this.lastVote[index] === stamp) throw new PbParseError(line, `vote names project ${JSON.stringify(projectId)} twice`, 'votes.vote');
      this.lastVote[index] = stamp;
    }
    if (this.voteType === 'choose-1' && vote.vote.length > 1) {
      throw new PbParseError(line, `a choose-1 vote names one project, this one names ${vote.vote.length}`, 'votes.vote');
    }
    const cardinal = this.voteType === 'cumulative' || this.voteType === 'scoring';
    if (cardinal && vote.points && vote.points.length !== vote.vote.length) {
      throw new PbParseError(line, `points has ${vote.points.length} items for ${vote.vote.length} voted projects`, 'votes.points');
    }
  }
}

/** One CSV record with the physical line it starts on (quoted cells may span lines). */
interface CsvRecord {
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
function readCsvRecords(text: string): CsvRecord[] {
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

