import type { Client } from '../client/index.js';
import type { RequestOptions } from '../client/types.js';
import { BudgetCitoyenError, RuleInputError, type FieldError } from '../errors.js';
import { campaignCategoryToPb } from '../pabulib/campaign.js';
import type { PbInstance } from '../pabulib/types.js';
import { writePb } from '../pabulib/write.js';
import { allocate, type Allocation } from '../rules/allocate.js';
import type { AllocationCategoryInput, AllocationInput, AllocationProjectInput } from '../rules/allocation-input.js';
import { fetchCampaignResults, type CampaignResultsData } from './campaign-data.js';

/** One category of a campaign as a pabulib file. */
export interface ExportedPbFile {
  categoryId: string;
  /** `<campaignId>_<categoryId>.pb`, safe on every file system. */
  fileName: string;
  instance: PbInstance;
  text: string;
}

export interface ExportCampaignOptions extends RequestOptions {
  /** Export results that are still provisional (live results during the vote). @default false */
  allowProvisional?: boolean;
}

/**
 * META keys this export adds to what `campaignCategoryToPb` writes, so that the département's
 * rule can be recomputed across the files of a campaign (`allocationInputFromPb`).
 */
export const PB_META = {
  /** The category's envelope in cents (`budget` holds it in euros). */
  envelopeCents: 'envelope_cents',
  /** The category's priority for the pool of leftovers (1 is served first). */
  rolloverRank: 'rollover_rank',
  /** Every category of the campaign, by rollover rank: a recomputation needs all their files. */
  campaignCategories: 'campaign_categories',
  /** pabulib's own key, honoured by its rules: with one vote per ballot it is `voting.minVotes`. */
  minVotes: 'min_project_score_threshold',
  resultsStatus: 'results_status',
} as const;

/**
 * Fetches a campaign's results and writes one pabulib `.pb` file per category. Exact, not a
 * sample: with one choice per category, the counted votes of each project are the category's
 * whole anonymous profile (a project with N votes gets N ballots, voters `v1`, `v2`, …;
 * annulled ballots are not counted, so not exported). `selected` is the official outcome.
 * Refuses provisional results unless `allowProvisional`.
 */
export async function exportCampaignToPb(client: Client, campaignId: string, options: ExportCampaignOptions = {}): Promise<ExportedPbFile[]> {
  const { allowProvisional = false, ...request } = options;
  const data = await fetchCampaignResults(client, campaignId, request);
  if (data.results.status !== 'final' && !allowProvisional) {
    throw new BudgetCitoyenError({
      code: 'results_not_final',
      title: 'Results not final',
      message: `the results of ${data.campaign.id} are provisional (the vote is still open)`,
    });
  }
  return campaignResultsToPb(data);
}

/** The pure part of `exportCampaignToPb`: the files for data already fetched. */
export function campaignResultsToPb({ campaign, results, projects }: CampaignResultsData): ExportedPbFile[] {
  const byId = new Map(projects.map((project) => [project.id, project]));
  const byPriority = [...campaign.categories].sort((a, b) => a.rolloverRank - b.rolloverRank);
  const vote = campaign.phases.find((phase) => phase.id === 'vote');
  return byPriority.map((category) => {
    const ranked = results.categories.find((c) => c.id === category.id)?.projects ?? [];
    const ballots: Array<{ voterId: string; projectId: string }> = [];
    for (const { projectId, votes } of ranked) {
      for (let n = 0; n < votes; n++) ballots.push({ voterId: `v${ballots.length + 1}`, projectId });
    }
    const pb = campaignCategoryToPb({
      campaign: {
        id: campaign.id,
        title: campaign.title,
        territoryName: campaign.territory.name,
        categoryId: category.id,
        categoryName: category.name,
        envelopeCents: category.envelopeCents,
        description: `${campaign.title}, catégorie ${category.name}`,
      },
      projects: ranked.map(({ projectId, votes, funded }) => {
        const project = byId.get(projectId);
        return {
          id: projectId,
          title: project?.title ?? '',
          requestedAmountCents: project?.requestedAmountCents ?? 0,
          votes,
          selected: funded,
        };
      }),
      ballots,
    });
    const { comment, ...meta } = pb.meta;
    const instance: PbInstance = {
      ...pb,
      meta: {
        ...meta,
        ...(vote ? { date_begin: pabulibDate(vote.start), date_end: pabulibDate(vote.end) } : {}),
        [PB_META.envelopeCents]: String(category.envelopeCents),
        [PB_META.rolloverRank]: String(category.rolloverRank),
        [PB_META.campaignCategories]: byPriority.map((c) => c.id).join(','),
        [PB_META.minVotes]: String(campaign.voting.minVotes),
        [PB_META.resultsStatus]: results.status,
        ...(comment === undefined ? {} : { comment }),
      },
    };
    return { categoryId: category.id, fileName: pbFileName(campaign.id, category.id), instance, text: writePb(instance) };
  });
}

/** pabulib writes dates as `dd.mm.yyyy`; an instant's own offset gives its local (Paris) date. */
function pabulibDate(instant: string): string {
  const [year, month, day] = instant.slice(0, 10).split('-');
  return `${day}.${month}.${year}`;
}

function pbFileName(campaignId: string, categoryId: string): string {
  const safe = (id: string) => id.replace(/[^\w.-]+/g, '-');
  return `${safe(campaignId)}_${safe(categoryId)}.pb`;
}

/** A parsed `.pb` file and the name to report its problems under. */
export interface NamedPbInstance {
  name: string;
  instance: PbInstance;
}

/**
 * The input of the département's rule from the files of one campaign, one per category (as
 * `exportCampaignToPb` writes them): envelopes and priorities from META, projects and costs from
 * PROJECTS, votes counted from VOTES (as pabulib's rules count them, not from the `votes`
 * column), `minVotes` from `min_project_score_threshold` (0 when absent in every file).
 * Throws a `RuleInputError` naming the file and the field.
 */
export function allocationInputFromPb(files: readonly NamedPbInstance[]): AllocationInput {
  const errors: FieldError[] = [];
  const fail = (name: string, path: string, message: string) => void errors.push({ path: `${name}: ${path}`, message });
  if (files.length === 0) throw new RuleInputError([{ path: 'files', message: 'no .pb file given' }]);

  const categories: AllocationCategoryInput[] = [];
  const projects: AllocationProjectInput[] = [];
  const votes = new Map<string, number>();
  const categoryFiles = new Map<string, string>();
  const rankFiles = new Map<number, string>();
  const projectFiles = new Map<string, string>();
  const campaigns = new Set<string>();
  const thresholds = new Map<string, string | undefined>();
  const declared = new Map<string, string>();

  for (const { name, instance } of files) {
    const { meta } = instance;
    const categoryId = meta.category_id?.trim() ?? '';
    const voteType = meta.vote_type?.trim() ?? 'approval';
    if (categoryId === '') fail(name, 'meta.category_id', 'missing: the file does not say which category it holds');
    else if (categoryFiles.has(categoryId)) fail(name, 'meta.category_id', `${categoryId} is also the category of ${categoryFiles.get(categoryId)}`);
    else categoryFiles.set(categoryId, name);
    if (voteType !== 'choose-1' && voteType !== 'approval') fail(name, 'meta.vote_type', `the département's rule counts votes: ${voteType} ballots do not give one`);

    const envelopeCents = meta[PB_META.envelopeCents] !== undefined ? wholeNumber(meta[PB_META.envelopeCents]) : centsOf(meta.budget);
    if (envelopeCents === undefined) fail(name, `meta.${PB_META.envelopeCents}`, 'missing or not a whole number of cents (and no budget in euros to fall back on)');
    const rolloverRank = wholeNumber(meta[PB_META.rolloverRank]);
    if (rolloverRank === undefined) fail(name, `meta.${PB_META.rolloverRank}`, 'missing or not a whole number');
    else if (rankFiles.has(rolloverRank)) fail(name, `meta.${PB_META.rolloverRank}`, `${rolloverRank} is also the rank of ${rankFiles.get(rolloverRank)}`);
    else rankFiles.set(rolloverRank, name);
    categories.push({
      id: categoryId,
      envelopeCents: envelopeCents ?? 0,
      rolloverRank: rolloverRank ?? 0,
      ...(meta.subunit ? { name: meta.subunit } : {}),
    });

    if (meta.instance !== undefined) campaigns.add(meta.instance);
    thresholds.set(name, meta[PB_META.minVotes]?.trim());
    const listed = meta[PB_META.campaignCategories];
    if (listed !== undefined) for (const id of listed.split(',')) if (id.trim() !== '') declared.set(id.trim(), name);

    for (const [index, project] of instance.projects.entries()) {
      const id = project.project_id;
      if (projectFiles.has(id)) {
        fail(name, `projects[${index}].project_id`, `${id} is also a project of ${projectFiles.get(id)}`);
        continue;
      }
      projectFiles.set(id, name);
      const cents = centsOf(project.fields.cost);
      if (cents === undefined) fail(name, `projects[${index}].cost`, `${JSON.stringify(project.fields.cost)} is not a whole number of cents`);
      projects.push({ id, category: categoryId, requestedAmountCents: cents ?? 0, ...(project.name ? { title: project.name } : {}) });
      votes.set(id, 0);
    }
    for (const vote of instance.votes) for (const id of vote.vote) votes.set(id, (votes.get(id) ?? 0) + 1);
  }

  if (campaigns.size > 1) errors.push({ path: 'meta.instance', message: `the files come from different campaigns: ${[...campaigns].join(', ')}` });
  for (const [id, name] of declared) {
    if (!categoryFiles.has(id)) errors.push({ path: 'files', message: `${name} lists the category ${id}, whose file is missing` });
  }
  const distinctThresholds = new Set(thresholds.values());
  if (distinctThresholds.size > 1) {
    errors.push({
      path: `meta.${PB_META.minVotes}`,
      message: `the files disagree: ${[...thresholds].map(([name, value]) => `${name} ${value ?? '(none)'}`).join(', ')}`,
    });
  }
  const thresholdText = [...distinctThresholds][0];
  const minVotes = thresholdText === undefined ? 0 : wholeNumber(thresholdText);
  if (minVotes === undefined) errors.push({ path: `meta.${PB_META.minVotes}`, message: `${JSON.stringify(thresholdText)} is not a whole number of votes` });

  if (errors.length > 0) throw new RuleInputError(errors);
  return { categories, projects, votes, minVotes: minVotes ?? 0 };
}

/** Funded project ids in the order the rule funded them: each envelope by priority, then the pool. */
export function fundedInOrder(allocation: Allocation): string[] {
  return allocation.trace.flatMap((step) => (step.type === 'fund' ? [step.projectId] : []));
}

/** The département's rule over the files of one campaign: `allocationInputFromPb`, then `allocate`. */
export function allocateCampaignPb(files: readonly NamedPbInstance[]): { selected: string[]; allocation: Allocation } {
  const allocation = allocate(allocationInputFromPb(files));
  return { selected: fundedInOrder(allocation), allocation };
}

function wholeNumber(text: string | undefined): number | undefined {
  const trimmed = text?.trim() ?? '';
  if (!/^\d+$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Number.isSafeInteger(value) ? value : undefined;
}

/** Euros written as a decimal (`1234.5`) to exact cents; `undefined` past the cent. */
function centsOf(euros: string | undefined): number | undefined {
  const match = /^\+?(\d+)(?:\.(\d{1,2})0*)?$/.exec(euros?.trim() ?? '');
  if (!match) return undefined;
  const cents = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : undefined;
}
