import { PbParseError } from './errors.js';
import type { FlawPolicy } from './flaws.js';
import { parseDecimal } from './numbers.js';
import type { ProjectsSection } from './projects-section.js';
import { TableHeader } from './table.js';
import type { PbVote, PbVoteType } from './types.js';
import { VoterIds } from './voter-ids.js';

const SPACE = 32;
const TAB = 9;
const ZERO = 48;
const NINE = 57;
/** Project ids below this are found through an array rather than hashing the vote's text. */
const NUMERIC_ID_LIMIT = 1 << 20;

/**
 * The VOTES section, read row by row: each row becomes its `PbVote` and is checked against the
 * projects at once. This is the parser's hot loop (one row per voter), hence the typed arrays
 * and the scan of each `vote` cell without splitting it.
 */
export class VotesSection {
  readonly votes: PbVote[] = [];
  header: TableHeader | undefined;
  readonly #projects: ProjectsSection;
  readonly #ids: readonly string[];
  readonly #voteType: PbVoteType | undefined;
  readonly #cardinal: boolean;
  readonly #flaws: FlawPolicy;
  readonly #voters = new VoterIds();
  /** `project number + 1` for each canonical integer project id (0: no such project). */
  readonly #byNumber: Int32Array;
  /** `lastVote[p] === n` when the n-th vote already named project p: no set per vote. */
  readonly #lastVote: Int32Array;
  /** Voters naming each project, to compare with the `votes` column. */
  readonly #counts: Int32Array;
  /** Names repeated within one vote, per project: a `votes` column that counted them is explained. */
  readonly #repeats: Int32Array;
  #hasPoints = false;
  /** Collects a vote's ids, copied out at its exact length: a fresh array grown by push reserves
   * room for 16 or more ids, which 100,000 votes keep for life. */
  readonly #scratch: string[] = [];

  constructor(projects: ProjectsSection, voteType: PbVoteType | undefined, flaws: FlawPolicy) {
    this.#projects = projects;
    this.#ids = projects.projects.map((p) => p.project_id);
    this.#voteType = voteType;
    this.#cardinal = voteType === 'cumulative' || voteType === 'scoring';
    this.#flaws = flaws;
    this.#byNumber = numberIndex(this.#ids);
    this.#lastVote = new Int32Array(this.#ids.length).fill(-1);
    this.#counts = new Int32Array(this.#ids.length);
    this.#repeats = new Int32Array(this.#ids.length);
  }

  /** The row whose cells are the first `count` of `cells`. */
  row(cells: readonly string[], count: number, line: number): void {
    if (!this.header) {
      this.header = new TableHeader('VOTES', cells.slice(0, count), line, this.#cardinal ? ['voter_id', 'vote', 'points'] : ['voter_id', 'vote'], this.#flaws);
      this.#hasPoints = this.header.columns.includes('points');
      return;
    }
    const fields = this.header.fields(cells, line, count);
    const voterId = trimmed(fields.voter_id as string);
    if (voterId === '') throw new PbParseError(line, 'voter_id is missing or empty', 'votes.voter_id');
    const points = this.#hasPoints ? readPoints(fields.points as string, line) : undefined;
    if (!this.#voters.add(voterId)) throw new PbParseError(line, `duplicate voter_id ${JSON.stringify(voterId)}`, 'votes.voter_id');
    const vote = this.#readVote(fields, line);
    if (this.#voteType === 'choose-1' && vote.length > 1) {
      throw new PbParseError(line, `a choose-1 vote names one project, this one names ${vote.length}`, 'votes.vote');
    }
    if (this.#cardinal && points && points.length !== vote.length) {
      throw new PbParseError(line, `points has ${points.length} items for ${vote.length} voted projects`, 'votes.points');
    }
    this.votes.push({ fields, voter_id: voterId, vote, points });
  }

  /** Flaws seen only once every vote is read: a `votes` column that disagrees with them. */
  close(): void {
    if (!this.#flaws.watches('inconsistent')) return;
    const { projects, lines } = this.#projects;
    projects.forEach((project, p) => {
      const counted = this.#counts[p] as number;
      // A column that counted a repeated name disagrees for the reason already reported.
      if (project.votes === undefined || project.votes === counted || project.votes === counted + (this.#repeats[p] as number)) return;
      const problem = `project ${JSON.stringify(project.project_id)}: the votes column says ${project.votes}, the VOTES section names it ${this.#counts[p]} times`;
      this.#flaws.meet('inconsistent', lines[p] as number, 'projects.votes', problem, 'left as written (the rules count the VOTES section)');
    });
  }

  /** The project ids of a `vote` cell, each the project's own id string, checked and counted. */
  #readVote(fields: Record<string, string>, line: number): string[] {
    const text = fields.vote as string;
    const stamp = this.votes.length;
    const vote = this.#scratch;
    let length = 0;
    let repeated = false;
    const end = text.length;
    let at = 0;
    while (at <= end) {
      let stop = text.indexOf(',', at);
      if (stop < 0) stop = end;
      const p = this.#project(text, at, stop, line);
      at = stop + 1;
      if (p < 0) continue; // an empty item
      if (this.#lastVote[p] === stamp) {
        repeated = true;
        this.#repeats[p] = (this.#repeats[p] as number) + 1;
        this.#repeated(p, line);
        continue;
      }
      this.#lastVote[p] = stamp;
      this.#counts[p] = (this.#counts[p] as number) + 1;
      vote[length++] = this.#ids[p] as string;
    }
    const read = vote.slice(0, length);
    // The instance holds the vote as read: `fields` must not say otherwise.
    if (repeated) fields.vote = read.join(',');
    return read;
  }

  /** The project number of `text[from, to)`, trimmed; −1 for an empty item. */
  #project(text: string, from: number, to: number, line: number): number {
    let a = from;
    let b = to;
    while (a < b && isBlank(text.charCodeAt(a))) a++;
    while (b > a && isBlank(text.charCodeAt(b - 1))) b--;
    if (a === b) return -1;
    const number = canonicalInteger(text, a, b);
    if (number >= 0 && number < this.#byNumber.length) {
      const p = (this.#byNumber[number] as number) - 1;
      if (p >= 0) return p;
    }
    const id = text.slice(from, to).trim();
    if (id === '') return -1;
    const p = this.#projects.index.get(id);
    if (p === undefined) throw new PbParseError(line, `vote references unknown project ${JSON.stringify(id)}`, 'votes.vote');
    return p;
  }

  #repeated(p: number, line: number): void {
    const problem = `vote names project ${JSON.stringify(this.#ids[p])} twice`;
    if (this.#cardinal) throw new PbParseError(line, `${problem} (which of its points count?)`, 'votes.vote');
    this.#flaws.meet('ambiguous', line, 'votes.vote', problem, this.#voteType === 'ordinal' ? 'kept at its first place' : 'counted once');
  }
}

/** `text.trim()`, without the call when both ends are visible ASCII (the usual case). */
function trimmed(text: string): string {
  return text.length > 0 && isVisibleAscii(text.charCodeAt(0)) && isVisibleAscii(text.charCodeAt(text.length - 1)) ? text : text.trim();
}

function isVisibleAscii(code: number): boolean {
  return code > SPACE && code < 127;
}

function isBlank(code: number): boolean {
  return code === SPACE || code === TAB;
}

/** The value of `text[from, to)` when it is a decimal integer written without leading zeros, else −1. */
function canonicalInteger(text: string, from: number, to: number): number {
  if (to - from > 9 || (text.charCodeAt(from) === ZERO && to - from > 1)) return -1;
  let value = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c < ZERO || c > NINE) return -1;
    value = value * 10 + (c - ZERO);
  }
  return value;
}

function numberIndex(ids: readonly string[]): Int32Array {
  let size = 0;
  const numbers = ids.map((id) => {
    const n = canonicalInteger(id, 0, id.length);
    if (n >= 0 && n < NUMERIC_ID_LIMIT) size = Math.max(size, n + 1);
    return n < NUMERIC_ID_LIMIT ? n : -1;
  });
  const index = new Int32Array(size);
  numbers.forEach((n, p) => {
    if (n >= 0) index[n] = p + 1;
  });
  return index;
}

function readPoints(text: string, line: number): number[] {
  const points: number[] = [];
  for (const raw of text.split(',')) {
    const item = raw.trim();
    if (item === '') continue;
    const value = parseDecimal(item);
    if (value === undefined) throw new PbParseError(line, `points item ${JSON.stringify(item)} is not a number`, 'votes.points');
    points.push(value);
  }
  return points;
}
