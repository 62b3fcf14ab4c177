import { RuleInputError } from '../errors.js';
import { centsToEuros } from './numbers.js';
import { createPbProject, createPbVote } from './rows.js';
import type { PbInstance } from './types.js';

export interface CampaignCategoryToPbInput {
  campaign: {
    id: string;
    title: string;
    territoryName: string;
    categoryId: string;
    categoryName: string;
    envelopeCents: number;
    description?: string;
  };
  /** The labelled projects of the category, `votes` and `selected` as published. */
  projects: ReadonlyArray<{ id: string; title: string; requestedAmountCents: number; votes: number; selected: boolean }>;
  /** Counted ballots only (annulled ones excluded): one per voter in the category. */
  ballots: ReadonlyArray<{ voterId: string; projectId: string }>;
}

const PROJECT_COLUMNS = ['project_id', 'cost', 'votes', 'name', 'category', 'selected'];
const VOTE_COLUMNS = ['voter_id', 'vote'];

/** What `rule;greedy` means for this département, in the file itself (pabulib's `comment`). */
const RULE_COMMENT =
  '#1: Rule of the Département du Pas-de-Calais: in each category projects are ranked by votes ' +
  '(ties: lower cost first, then project id in code-point order) and each is funded if it fits in what ' +
  'is left of the category envelope, the others being skipped; projects under the campaign minimum of ' +
  'votes are never funded. #2: The leftovers of all categories then form one pool, served by category ' +
  'priority (innovation sociale, coopération, pratiques de l’ESS). The column selected is the official ' +
  'outcome, rollover included, which a greedy run on this one category does not reproduce.';

/**
 * One category of a campaign as a pabulib instance, so that the département's results can be
 * published in the format researchers read. Ballots are `choose-1` (one project per category),
 * money is in euros: cents become the shortest exact decimal (`123450` → `1234.5`), which
 * pabulib tools read as a number. Refuses data that would make an inconsistent file: a ballot
 * for an unknown project, two ballots of one voter, `votes` that disagree with the ballots.
 */
export function campaignCategoryToPb(input: CampaignCategoryToPbInput): PbInstance {
  const { campaign, projects, ballots } = input;
  checkCents(campaign.envelopeCents, 'campaign.envelopeCents');
  const counted = new Map<string, number>();
  projects.forEach((project, index) => {
    checkId(project.id, `projects[${index}].id`);
    checkCents(project.requestedAmountCents, `projects[${index}].requestedAmountCents`);
    if (counted.has(project.id)) fail(`projects[${index}].id`, `duplicate project id ${JSON.stringify(project.id)}`);
    counted.set(project.id, 0);
  });
  const voters = new Set<string>();
  ballots.forEach((ballot, index) => {
    const seen = counted.get(ballot.projectId);
    if (seen === undefined) fail(`ballots[${index}].projectId`, `unknown project ${JSON.stringify(ballot.projectId)}`);
    if (ballot.voterId.trim() === '' || ballot.voterId !== ballot.voterId.trim()) {
      fail(`ballots[${index}].voterId`, 'voterId must be non-empty, without surrounding spaces');
    }
    if (voters.has(ballot.voterId)) fail(`ballots[${index}].voterId`, `voter ${JSON.stringify(ballot.voterId)} has two ballots in a choose-1 category`);
    voters.add(ballot.voterId);
    counted.set(ballot.projectId, seen + 1);
  });
  projects.forEach((project, index) => {
    if (project.votes !== counted.get(project.id)) {
      fail(`projects[${index}].votes`, `votes is ${project.votes} but ${counted.get(project.id) ?? 0} ballots name the project`);
    }
  });

  const meta: Record<string, string> = {
    description: campaign.description ?? `Budget citoyen du Pas-de-Calais, ${campaign.title}, catégorie ${campaign.categoryName}`,
    country: 'France',
    unit: 'Département du Pas-de-Calais',
    subunit: campaign.categoryName,
    instance: campaign.id,
    num_projects: String(projects.length),
    num_votes: String(ballots.length),
    budget: centsToEuros(campaign.envelopeCents),
    vote_type: 'choose-1',
    rule: 'greedy',
    min_length: '1',
    max_length: '1',
    language: 'fr',
    currency: 'EUR',
    territory: campaign.territoryName,
    category_id: campaign.categoryId,
    comment: RULE_COMMENT,
  };
  return {
    meta,
    projects: projects.map((project) =>
      createPbProject({
        project_id: project.id,
        cost: centsToEuros(project.requestedAmountCents),
        votes: String(project.votes),
        name: project.title,
        category: campaign.categoryName,
        selected: project.selected ? '1' : '0',
      }),
    ),
    votes: ballots.map((ballot) => createPbVote({ voter_id: ballot.voterId, vote: ballot.projectId })),
    projectColumns: [...PROJECT_COLUMNS],
    voteColumns: [...VOTE_COLUMNS],
  };
}

function fail(path: string, message: string): never {
  throw new RuleInputError([{ path, message }]);
}

function checkCents(value: number, path: string): void {
  if (!Number.isSafeInteger(value) || value < 0) fail(path, 'must be a non-negative integer number of cents');
}

/** A project id must survive the `vote` column, a comma-separated list of trimmed ids. */
function checkId(id: string, path: string): void {
  if (id === '' || id !== id.trim() || id.includes(',')) fail(path, 'project id must be non-empty, without commas or surrounding spaces');
}
