import { RuleInputError } from '../errors.js';
import { hashNumber, hashString, repeatedIdentities, slotCount } from './duplicates.js';
import { sortedVotes, type TallyOptions, type TallyResult } from './tally.js';

/** A column of project choices: per ballot, 1 + the project's index in `projectIds`, or 0 for none. */
export type ChoiceColumn = Uint8Array | Uint16Array | Uint32Array;

/**
 * Ballots stored column by column, as a store that counts a whole département keeps them: one
 * entry per ballot in each array, no object per ballot.
 */
export interface BallotColumns<Identities extends Uint32Array | readonly string[] = Uint32Array | readonly string[]> {
  /**
   * Who cast each ballot: the identity keys themselves, or better, a number per distinct identity
   * key handed out once at registration (interning there costs nothing at tally time).
   */
  identities: Identities;
  projectIds: readonly string[];
  /** One column per choice slot: with 3 categories and 1 choice each, 3 columns. */
  choices: readonly ChoiceColumn[];
}

/**
 * The same count as `tally`, over columns: the fast path for the results of a whole
 * département, where `tally` spends most of its time walking a million and a half objects.
 * A ballot naming one project in two columns counts it once, as in `tally`.
 */
export function tallyColumns(columns: BallotColumns<Uint32Array>, options?: TallyOptions): TallyResult<number>;
export function tallyColumns(columns: BallotColumns<readonly string[]>, options?: TallyOptions): TallyResult<string>;
export function tallyColumns(columns: BallotColumns, options: TallyOptions = {}): TallyResult<number | string> {
  const { identities, projectIds, choices } = checkColumns(columns);
  const count = identities.length;
  const repeated: Map<number | string, number[]> =
    identities instanceof Uint32Array ? repeatedNumbers(identities) : repeatedStrings(identities);

  const totals = countColumns(choices, projectIds.length);
  let annulled = 0;
  for (const indices of repeated.values()) {
    annulled += indices.length;
    for (const index of indices) {
      choices.forEach((column, c) => {
        const choice = column[index]!;
        if (choice !== 0 && !chosenBefore(choices, c, index, choice)) totals[choice]!--;
      });
    }
  }

  const votes = new Map<string, number>();
  projectIds.forEach((projectId, i) => votes.set(projectId, totals[i + 1]!));
  return {
    ballots: { cast: count, annulled, counted: count - annulled },
    votes: sortedVotes(votes, options.projectIds),
    annulledIdentities: new Set(repeated.keys()),
  };
}

/**
 * Votes per project number. Columns are counted independently, then corrected for rows naming one
 * project in two columns; that correction pass runs only when two columns share a project at all,
 * which never happens when each column belongs to one category.
 */
function countColumns(choices: readonly ChoiceColumn[], projectCount: number): Float64Array {
  const totals = new Float64Array(projectCount + 1);
  const columnsOf = new Uint32Array(projectCount + 1);
  const overlapping: number[] = [];
  choices.forEach((column, c) => {
    const seen = new Uint8Array(projectCount + 1);
    for (let index = 0; index < column.length; index++) {
      const choice = column[index]!;
      if (choice > projectCount) {
        throw new RuleInputError([{ path: `choices[${c}][${index}]`, message: `must be 0 or a project number up to ${projectCount}` }]);
      }
      totals[choice]!++;
      seen[choice] = 1;
    }
    let shares = false;
    for (let choice = 1; choice <= projectCount; choice++) {
      if (seen[choice] === 0) continue;
      if (columnsOf[choice]! > 0) shares = true;
      columnsOf[choice]!++;
    }
    if (shares) overlapping.push(c);
  });
  for (const c of overlapping) {
    const column = choices[c]!;
    for (let index = 0; index < column.length; index++) {
      const choice = column[index]!;
      if (choice !== 0 && chosenBefore(choices, c, index, choice)) totals[choice]!--;
    }
  }
  totals[0] = 0;
  return totals;
}

function chosenBefore(choices: readonly ChoiceColumn[], column: number, index: number, choice: number): boolean {
  for (let c = 0; c < column; c++) if (choices[c]![index] === choice) return true;
  return false;
}

function repeatedNumbers(identities: Uint32Array): Map<number, number[]> {
  let max = 0;
  for (let index = 0; index < identities.length; index++) if (identities[index]! > max) max = identities[index]!;
  if (max > identities.length * 4 + 1024) {
    // Sparse numbers (hashes, database ids): hash them like strings rather than allocate max bytes.
    const bits = slotCount(identities.length);
    const slots = new Uint32Array(identities.length);
    for (let index = 0; index < identities.length; index++) slots[index] = hashNumber(identities[index]!) & (bits - 1);
    return repeatedIdentities(slots, bits, (index) => identities[index]!);
  }
  // Dense numbers, as handed out at registration: one byte per identity says "seen twice".
  const times = new Uint8Array(max + 1);
  let anyRepeat = false;
  for (let index = 0; index < identities.length; index++) {
    const identity = identities[index]!;
    if (times[identity] === 0) times[identity] = 1;
    else {
      times[identity] = 2;
      anyRepeat = true;
    }
  }
  const groups = new Map<number, number[]>();
  if (!anyRepeat) return groups;
  for (let index = 0; index < identities.length; index++) {
    const identity = identities[index]!;
    if (times[identity] !== 2) continue;
    const group = groups.get(identity);
    if (group) group.push(index);
    else groups.set(identity, [index]);
  }
  return groups;
}

function repeatedStrings(identities: readonly string[]): Map<string, number[]> {
  const bits = slotCount(identities.length);
  const slots = new Uint32Array(identities.length);
  for (let index = 0; index < identities.length; index++) {
    const identity: unknown = identities[index];
    if (typeof identity !== 'string') throw new RuleInputError([{ path: `identities[${index}]`, message: 'must be a string' }]);
    slots[index] = hashString(identity) & (bits - 1);
  }
  return repeatedIdentities(slots, bits, (index) => identities[index]!);
}

function checkColumns(columns: BallotColumns): BallotColumns {
  const { identities, projectIds, choices } = (columns ?? {}) as Partial<BallotColumns>;
  if (!(identities instanceof Uint32Array) && !Array.isArray(identities)) {
    throw new RuleInputError([{ path: 'identities', message: 'must be a Uint32Array or an array of identity keys' }]);
  }
  if (!Array.isArray(projectIds) || projectIds.some((id) => typeof id !== 'string') || new Set(projectIds).size !== projectIds.length) {
    throw new RuleInputError([{ path: 'projectIds', message: 'must be an array of distinct project ids' }]);
  }
  if (!Array.isArray(choices)) throw new RuleInputError([{ path: 'choices', message: 'must be an array of columns' }]);
  choices.forEach((column: unknown, c) => {
    const typed = column instanceof Uint8Array || column instanceof Uint16Array || column instanceof Uint32Array;
    if (!typed || column.length !== identities.length) {
      throw new RuleInputError([
        { path: `choices[${c}]`, message: `must be a Uint8Array, Uint16Array or Uint32Array of ${identities.length} entries` },
      ]);
    }
  });
  return { identities, projectIds, choices };
}
