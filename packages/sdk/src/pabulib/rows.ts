import { RuleInputError } from '../errors.js';
import { isNonNegativeDecimal, parseDecimal } from './numbers.js';
import type { PbProject, PbVote } from './types.js';

/**
 * Reports a bad cell. The parser passes one that throws a `PbParseError` with the line; the
 * default throws a `RuleInputError` naming the column.
 */
export type PbCellProblem = (column: string, problem: string) => never;

const failOnColumn: PbCellProblem = (column, problem) => {
  throw new RuleInputError([{ path: `fields.${column}`, message: problem }]);
};

/**
 * Builds a project from its raw cells, deriving the typed accessors. `project_id` and `cost`
 * are required; `votes`, `score` and `selected` are checked when present and non-empty.
 */
export function createPbProject(fields: Readonly<Record<string, string>>, fail: PbCellProblem = failOnColumn): PbProject {
  return projectFromOwnedFields({ ...fields }, fail);
}

/** As `createPbProject`, taking ownership of `fields` (the parser's fresh rows need no copy). */
export function projectFromOwnedFields(fields: Readonly<Record<string, string>>, fail: PbCellProblem): PbProject {
  const projectId = requiredCell(fields, 'project_id', fail);
  const costText = fields.cost;
  if (costText === undefined || !isNonNegativeDecimal(costText)) {
    fail('cost', `cost ${JSON.stringify(costText ?? '')} is not a non-negative decimal number`);
  }
  return {
    fields,
    project_id: projectId,
    cost: Number(costText.trim()),
    votes: optionalNumber(fields, 'votes', fail),
    score: optionalNumber(fields, 'score', fail),
    selected: optionalSelected(fields, fail),
    name: fields.name,
    category: splitList(fields.category ?? ''),
  };
}

/**
 * Builds a vote from its raw cells. `vote` is a comma-separated list of project ids; `points`,
 * when the column exists, a list of numbers of the same length (checked against `vote` by the
 * parser, which knows the vote type).
 */
export function createPbVote(fields: Readonly<Record<string, string>>, fail: PbCellProblem = failOnColumn): PbVote {
  return voteFromOwnedFields({ ...fields }, fail);
}

/** As `createPbVote`, taking ownership of `fields`. */
export function voteFromOwnedFields(fields: Readonly<Record<string, string>>, fail: PbCellProblem): PbVote {
  const voterId = requiredCell(fields, 'voter_id', fail);
  const voteText = fields.vote;
  if (voteText === undefined) fail('vote', 'vote column is missing');
  const pointsText = fields.points;
  let points: number[] | undefined;
  if (pointsText !== undefined) {
    points = splitList(pointsText).map((item) => {
      const value = parseDecimal(item);
      if (value === undefined) fail('points', `points item ${JSON.stringify(item)} is not a number`);
      return value;
    });
  }
  return { fields, voter_id: voterId, vote: splitList(voteText), points };
}

function requiredCell(fields: Readonly<Record<string, string>>, column: string, fail: PbCellProblem): string {
  const value = fields[column]?.trim();
  if (!value) fail(column, `${column} is missing or empty`);
  return value;
}

function splitList(text: string): string[] {
  const items: string[] = [];
  for (const raw of text.split(',')) {
    const item = raw.trim();
    if (item !== '') items.push(item);
  }
  return items;
}

function optionalNumber(fields: Readonly<Record<string, string>>, column: string, fail: PbCellProblem): number | undefined {
  const text = fields[column];
  if (text === undefined || text.trim() === '') return undefined;
  const value = parseDecimal(text);
  if (value === undefined) fail(column, `${column} ${JSON.stringify(text)} is not a number`);
  return value;
}

function optionalSelected(fields: Readonly<Record<string, string>>, fail: PbCellProblem): boolean | undefined {
  const text = fields.selected?.trim();
  if (text === undefined || text === '') return undefined;
  if (!/^\d+$/.test(text)) fail('selected', `selected ${JSON.stringify(text)} is not 0 or 1`);
  return Number(text) !== 0;
}
