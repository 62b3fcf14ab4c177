import { PbParseError } from './errors.js';
import { FlawPolicy, type ParsePbOptions } from './flaws.js';
import { isNonNegativeDecimal } from './numbers.js';
import { ProjectsSection } from './projects-section.js';
import { RecordScanner } from './records.js';
import type { SectionName } from './table.js';
import { PB_VOTE_TYPES, type PbInstance, type PbVoteType } from './types.js';
import { VotesSection } from './votes-section.js';

const SECTION_NAMES: readonly string[] = ['META', 'PROJECTS', 'VOTES'];

/**
 * Reads a `.pb` text in one pass, from pieces pushed as they arrive: each record becomes its
 * row of the instance (or is checked) as soon as it is read, and nothing of the file is kept
 * but the instance. VOTES must come after META and PROJECTS, as pabulib writes them: a vote
 * is checked against the projects and the vote type when it is read.
 */
export class PbReader {
  readonly #scanner = new RecordScanner();
  readonly #flaws: FlawPolicy;
  readonly #sectionLines = new Map<SectionName, number>();
  #section: SectionName | undefined;
  readonly #meta: Array<[string, string]> = [];
  readonly #metaLines = new Map<string, number>();
  #metaRows = 0;
  #voteType: PbVoteType | undefined;
  readonly #projects: ProjectsSection;
  #votes: VotesSection | undefined;
  #lastLine = 1;
  #started = false;

  constructor(options: ParsePbOptions = {}) {
    this.#flaws = new FlawPolicy(options);
    this.#projects = new ProjectsSection(this.#flaws);
  }

  push(text: string): void {
    if (!this.#started && text.length > 0) {
      this.#started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    this.#scanner.push(text);
    this.#drain(false);
  }

  end(): PbInstance {
    this.#drain(true);
    for (const name of ['META', 'PROJECTS', 'VOTES'] as const) {
      if (!this.#sectionLines.has(name)) throw new PbParseError(this.#lastLine, `missing section ${name} (a .pb file has META, PROJECTS and VOTES)`);
    }
    this.#leave();
    const votes = this.#votes as VotesSection;
    return {
      meta: Object.fromEntries(this.#meta),
      projects: this.#projects.projects,
      votes: votes.votes,
      projectColumns: this.#projects.header?.columns ?? [],
      voteColumns: votes.header?.columns ?? [],
    };
  }

  #drain(final: boolean): void {
    const scanner = this.#scanner;
    while (scanner.next(final)) {
      const line = scanner.line;
      this.#lastLine = line;
      if (this.#section === 'VOTES' && scanner.count > 1) {
        (this.#votes as VotesSection).row(scanner.cells, scanner.count, line);
        continue;
      }
      // Not a vote: rare enough to take the cells as an array of their own.
      const cells = scanner.cells.slice(0, scanner.count);
      const marker = cells.length === 1 ? (cells[0] as string).trim().toUpperCase() : '';
      if (SECTION_NAMES.includes(marker)) this.#enter(marker as SectionName, line);
      else if (this.#section === 'META') this.#metaRow(cells, line);
      else if (this.#section === 'PROJECTS') this.#projects.row(cells, line);
      else if (this.#section === 'VOTES') (this.#votes as VotesSection).row(cells, cells.length, line);
      else throw new PbParseError(line, 'data before the first section (a .pb file starts with a META line)');
    }
  }

  #enter(name: SectionName, line: number): void {
    const first = this.#sectionLines.get(name);
    if (first !== undefined) throw new PbParseError(line, `section ${name} appears a second time (first at line ${first})`);
    if (name === 'VOTES') {
      for (const before of ['META', 'PROJECTS'] as const) {
        if (!this.#sectionLines.has(before)) throw new PbParseError(line, `section VOTES comes before ${before} (a .pb file has META, PROJECTS, then VOTES)`);
      }
    }
    this.#leave();
    this.#sectionLines.set(name, line);
    this.#section = name;
    if (name === 'VOTES') this.#votes = new VotesSection(this.#projects, this.#voteType, this.#flaws);
  }

  /** Checks that need the whole section just left. */
  #leave(): void {
    if (this.#section === 'META') this.#closeMeta();
    else if (this.#section === 'PROJECTS') this.#projects.close();
    else if (this.#section === 'VOTES') this.#votes?.close();
  }

  #metaRow(cells: readonly string[], line: number): void {
    const index = this.#metaRows++;
    const key = cells[0] as string;
    const value = cells[1] ?? '';
    if (index === 0 && cells.length === 2 && key.trim().toLowerCase() === 'key' && value.trim().toLowerCase() === 'value') return;
    if (cells.length !== 2) {
      const problem = `META rows are key;value: expected 2 columns, found ${cells.length}`;
      if (cells.length < 2 || cells.slice(2).some((cell) => cell.trim() !== '')) throw new PbParseError(line, problem, 'meta');
      this.#flaws.meet('ambiguous', line, 'meta', `${problem} (the last ${cells.length - 2} empty: a trailing ";")`, 'ignored');
    }
    const name = key.trim();
    if (name === '') throw new PbParseError(line, 'empty META key', 'meta');
    const first = this.#metaLines.get(name);
    if (first !== undefined) throw new PbParseError(line, `duplicate META key ${JSON.stringify(name)} (first at line ${first})`, `meta.${name}`);
    this.#metaLines.set(name, line);
    this.#meta.push([name, value]);
  }

  #closeMeta(): void {
    const meta = new Map(this.#meta);
    const budget = meta.get('budget');
    if (budget !== undefined && !isNonNegativeDecimal(budget)) {
      const line = this.#metaLines.get('budget') ?? 1;
      throw new PbParseError(line, `budget ${JSON.stringify(budget)} is not a non-negative decimal number`, 'meta.budget');
    }
    const voteType = meta.get('vote_type')?.trim();
    if (voteType !== undefined && !(PB_VOTE_TYPES as readonly string[]).includes(voteType)) {
      const line = this.#metaLines.get('vote_type') ?? 1;
      throw new PbParseError(line, `unknown vote_type ${JSON.stringify(voteType)} (expected one of ${PB_VOTE_TYPES.join(', ')})`, 'meta.vote_type');
    }
    this.#voteType = voteType as PbVoteType | undefined;
  }
}
