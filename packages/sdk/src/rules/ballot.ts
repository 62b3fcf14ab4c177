import { RuleInputError } from '../errors.js';

/** One thing wrong with a ballot, shaped like the API's `errors` entries plus a stable code. */
export interface BallotProblem {
  /** `choices`, `choices.<categoryId>` or `choices.<categoryId>.<index>`. */
  path: string;
  code: 'validation_failed';
  /** English, for logs and developers. */
  message: string;
}

/** What a ballot is checked against: the campaign's categories, its labelled projects and rules. */
export interface BallotContext {
  categories: ReadonlyArray<{ id: string }>;
  /** Labelled projects only: a ballot may not name any other. */
  projects: ReadonlyArray<{ id: string; category: string }>;
  /** `voting.choicesPerCategory` (1 in the reference edition). */
  choicesPerCategory: number;
}

/** A ballot's choices as the API accepts them: one project id or several per category. */
export type BallotChoices = Readonly<Record<string, string | readonly string[]>>;

// A hostile ballot (a million unknown categories) must not make a million-line answer.
const MAX_PROBLEMS = 50;

/**
 * One shape for choices, `{ category: [ids] }`, so that code after validation never has to ask
 * "string or array?". Categories left empty (`[]`) are dropped, as the contract treats them as
 * absent. Expects choices that passed `validateBallot`.
 */
export function normalizeChoices(choices: BallotChoices): Record<string, string[]> {
  if (typeof choices !== 'object' || choices === null || Array.isArray(choices)) {
    throw new RuleInputError([{ path: 'choices', message: 'must be an object mapping category ids to project ids' }]);
  }
  const normalized: Record<string, string[]> = {};
  for (const categoryId of Object.keys(choices)) {
    const value: unknown = choices[categoryId];
    const projectIds = typeof value === 'string' ? [value] : Array.isArray(value) ? [...(value as unknown[])] : undefined;
    if (!projectIds || !projectIds.every((id) => typeof id === 'string')) {
      throw new RuleInputError([
        { path: `choices.${categoryId}`, message: 'must be a project id or an array of project ids' },
      ]);
    }
    if (projectIds.length === 0) continue;
    // Defined rather than assigned: a category id `__proto__` must stay a plain key.
    Object.defineProperty(normalized, categoryId, { value: projectIds, enumerable: true, writable: true, configurable: true });
  }
  return normalized;
}

/**
 * Every problem with a ballot, or `[]` when it may be cast. The one check shared by the ballot
 * widget (before sending) and the server (before recording), so both refuse the same ballots.
 * It reads untrusted input and never throws: anything unreadable is itself a problem.
 */
export function validateBallot(choices: unknown, ctx: BallotContext): BallotProblem[] {
  const problems: BallotProblem[] = [];
  try {
    collectProblems(choices, ctx, problems);
  } catch {
    // Only exotic objects get here (a Proxy, a throwing getter).
    problems.push(problem('choices', 'could not be read as a plain object'));
  }
  return problems.slice(0, MAX_PROBLEMS);
}

function collectProblems(choices: unknown, ctx: BallotContext, problems: BallotProblem[]): void {
  if (typeof choices !== 'object' || choices === null || Array.isArray(choices)) {
    problems.push(problem('choices', 'must be an object mapping category ids to project ids'));
    return;
  }
  const categoryIds = new Set(ctx.categories.map((category) => category.id));
  const projectCategory = new Map(ctx.projects.map((project) => [project.id, project.category]));
  const max = ctx.choicesPerCategory;
  let chosen = 0;

  for (const categoryId of Object.keys(choices)) {
    if (problems.length >= MAX_PROBLEMS) return;
    const path = `choices.${categoryId}`;
    if (!categoryIds.has(categoryId)) {
      problems.push(problem(path, `unknown category "${categoryId}"`));
      continue;
    }
    const value: unknown = (choices as Record<string, unknown>)[categoryId];
    if (typeof value === 'string') {
      chosen++;
      checkProject(value, categoryId, path, projectCategory, problems);
      continue;
    }
    if (!Array.isArray(value)) {
      problems.push(problem(path, 'must be a project id or an array of distinct project ids'));
      continue;
    }
    if (value.length === 0) continue;
    chosen++;
    if (value.length > max) {
      problems.push(problem(path, `at most ${max} project${max === 1 ? '' : 's'} per category, got ${value.length}`));
    }
    const seen = new Set<string>();
    for (let index = 0; index < value.length && problems.length < MAX_PROBLEMS; index++) {
      const projectId: unknown = value[index];
      const itemPath = `${path}.${index}`;
      if (typeof projectId !== 'string') {
        problems.push(problem(itemPath, 'must be a project id (a string)'));
      } else if (seen.has(projectId)) {
        problems.push(problem(itemPath, `project "${projectId}" is chosen twice`));
      } else {
        seen.add(projectId);
        checkProject(projectId, categoryId, itemPath, projectCategory, problems);
      }
    }
  }
  if (chosen === 0) {
    problems.push(problem('choices', 'must choose a project in at least one category'));
  }
}

function checkProject(
  projectId: string,
  categoryId: string,
  path: string,
  projectCategory: ReadonlyMap<string, string>,
  problems: BallotProblem[],
): void {
  const actual = projectCategory.get(projectId);
  if (actual === undefined) {
    problems.push(problem(path, `unknown project "${projectId}"`));
  } else if (actual !== categoryId) {
    problems.push(problem(path, `project "${projectId}" belongs to category "${actual}", not "${categoryId}"`));
  }
}

function problem(path: string, message: string): BallotProblem {
  return { path, code: 'validation_failed', message };
}
