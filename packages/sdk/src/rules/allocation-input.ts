import { RuleInputError, type FieldError } from '../errors.js';

/** A category as the allocation needs it (a subset of the campaign's `categories`). */
export interface AllocationCategoryInput {
  id: string;
  envelopeCents: number;
  /** 1 is served first from the pool. */
  rolloverRank: number;
  /** Only for explanations. */
  name?: string;
}

/** A labelled project as the allocation needs it. */
export interface AllocationProjectInput {
  id: string;
  category: string;
  requestedAmountCents: number;
  /** Only for explanations. */
  title?: string;
}

/** Everything the result depends on; nothing else (no clock, no order of the arrays) matters. */
export interface AllocationInput {
  categories: ReadonlyArray<AllocationCategoryInput>;
  /** Every labelled project: each appears in the result, voted for or not. */
  projects: ReadonlyArray<AllocationProjectInput>;
  /**
   * Counted votes per project id (e.g. `tally(...).votes`); a project absent here has 0. A key that
   * is not one of `projects` is an input error: votes for an unknown project mean the inputs disagree.
   */
  votes: ReadonlyMap<string, number> | Readonly<Record<string, number>>;
  /** `voting.minVotes`: projects with fewer votes are never funded. */
  minVotes: number;
}

/** The input once checked: votes resolved per project, nothing left to doubt. */
export interface CheckedInput {
  categories: Array<{ id: string; name: string | undefined; envelopeCents: number; rolloverRank: number }>;
  projects: Array<{ id: string; category: string; title: string | undefined; requestedAmountCents: number; votes: number }>;
  minVotes: number;
}

// A million bad vote entries need not make a million-line error.
const MAX_ERRORS = 100;

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/**
 * Checks the whole input and reports every bad field at once, with paths such as
 * `projects[3].requestedAmountCents`. Money must stay in exact integers: the check includes the
 * total of the envelopes, which every sum of the allocation stays below.
 */
export function checkAllocationInput(input: unknown): CheckedInput {
  try {
    return checkReadableInput(input);
  } catch (error) {
    if (error instanceof RuleInputError) throw error;
    // Only exotic input gets here (a Proxy, a throwing getter): still the caller's mistake.
    throw new RuleInputError([{ path: '', message: 'could not be read as plain data' }]);
  }
}

type Fail = (path: string, message: string) => void;

function checkReadableInput(input: unknown): CheckedInput {
  const errors: FieldError[] = [];
  const fail: Fail = (path, message) => void errors.push({ path, message });
  const source = isObject(input) ? input : (fail('', 'must be an object'), {} as Record<string, unknown>);

  const categories: CheckedInput['categories'] = [];
  const categoryPaths = new Map<string, string>();
  const rankPaths = new Map<number, string>();
  let envelopesTotal = 0;
  const categoriesAreArray = eachObject(source, 'categories', fail, (raw, path) => {
    const { id, envelopeCents, rolloverRank, name } = raw;
    if (!isId(id)) fail(`${path}.id`, 'must be a non-empty string');
    else checkFirst(categoryPaths, id, path, 'id', fail);
    if (!isCount(envelopeCents)) fail(`${path}.envelopeCents`, 'must be an integer number of cents ≥ 0');
    else envelopesTotal += envelopeCents;
    if (!isCount(rolloverRank)) fail(`${path}.rolloverRank`, 'must be an integer ≥ 0');
    else checkFirst(rankPaths, rolloverRank, path, 'rolloverRank', fail);
    if (name !== undefined && typeof name !== 'string') fail(`${path}.name`, 'must be a string');
    categories.push({
      id: id as string,
      name: name as string | undefined,
      envelopeCents: envelopeCents as number,
      rolloverRank: rolloverRank as number,
    });
  });
  if (categoriesAreArray && !Number.isSafeInteger(envelopesTotal)) fail('categories', 'the envelopes add up to more than can be counted exactly');

  const projects: CheckedInput['projects'] = [];
  const projectPaths = new Map<string, string>();
  eachObject(source, 'projects', fail, (raw, path) => {
    const { id, category, requestedAmountCents, title } = raw;
    if (!isId(id)) fail(`${path}.id`, 'must be a non-empty string');
    else checkFirst(projectPaths, id, path, 'id', fail);
    if (typeof category !== 'string' || !categoryPaths.has(category)) fail(`${path}.category`, 'must be the id of one of the categories');
    if (!isCount(requestedAmountCents)) fail(`${path}.requestedAmountCents`, 'must be an integer number of cents ≥ 0');
    if (title !== undefined && typeof title !== 'string') fail(`${path}.title`, 'must be a string');
    projects.push({
      id: id as string,
      category: category as string,
      title: title as string | undefined,
      requestedAmountCents: requestedAmountCents as number,
      votes: 0,
    });
  });

  const votes = readVotes(source['votes'], fail);
  for (const [projectId, count] of votes) {
    if (!projectPaths.has(projectId)) fail(votePath(projectId), 'is not one of the projects');
    else if (!isCount(count)) fail(votePath(projectId), 'must be an integer number of votes ≥ 0');
  }
  if (!isCount(source['minVotes'])) fail('minVotes', 'must be an integer ≥ 0');

  if (errors.length > 0) throw new RuleInputError(errors.slice(0, MAX_ERRORS));
  for (const project of projects) project.votes = (votes.get(project.id) as number | undefined) ?? 0;
  return { categories, projects, minVotes: source['minVotes'] as number };
}

function readVotes(raw: unknown, fail: Fail): Map<string, unknown> {
  const votes = new Map<string, unknown>();
  if (isMapLike(raw)) {
    for (const [projectId, count] of raw.entries()) {
      if (typeof projectId !== 'string') fail('votes', 'keys must be project ids (strings)');
      else votes.set(projectId, count);
    }
  } else if (isObject(raw) && !Array.isArray(raw)) {
    for (const projectId of Object.keys(raw)) votes.set(projectId, raw[projectId]);
  } else {
    fail('votes', 'must be a Map or an object of vote counts by project id');
  }
  return votes;
}

/**
 * Calls `check` on each object of the array `source[name]`, with its path (`projects[3]`);
 * reports what is not an array, or not an object. True when it is an array.
 */
function eachObject(source: Record<string, unknown>, name: string, fail: Fail, check: (item: Record<string, unknown>, path: string) => void): boolean {
  const list = source[name];
  if (!Array.isArray(list)) {
    fail(name, 'must be an array');
    return false;
  }
  list.forEach((item: unknown, index) => {
    const path = `${name}[${index}]`;
    if (isObject(item)) check(item, path);
    else fail(path, 'must be an object');
  });
  return true;
}

/** Remembers the first item (`path`) with each `value` of `field`; a later one is reported, naming it. */
function checkFirst<T>(firstPaths: Map<T, string>, value: T, path: string, field: string, fail: Fail): void {
  const first = firstPaths.get(value);
  if (first === undefined) firstPaths.set(value, path);
  else fail(`${path}.${field}`, `duplicates ${first}.${field}`);
}

// Duck-typed so that a Map from another realm works; a plain record's `get` would be a count.
function isMapLike(value: unknown): value is ReadonlyMap<unknown, unknown> {
  return (
    isObject(value) &&
    typeof value['get'] === 'function' &&
    typeof value['entries'] === 'function' &&
    typeof value['has'] === 'function'
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

function votePath(projectId: string): string {
  return /^[A-Za-z_$][\w$-]*$/.test(projectId) ? `votes.${projectId}` : `votes[${JSON.stringify(projectId)}]`;
}
