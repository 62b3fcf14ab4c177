import type { Project } from '../schemas/project.js';
import { API_OPTIONS_HELP, choice } from './args.js';
import { CAMPAIGN_ARGUMENT_HELP, campaignCommand } from './context.js';
import { euros, toCsv, toJson, toTable } from './output.js';

const FORMATS = ['table', 'json', 'csv'] as const;
const SORTS = ['title', 'amount', 'votes'] as const;

const help = `Usage: budget-citoyen projects <campaign> [options]

Lists every labelled project of a campaign (all pages).

${CAMPAIGN_ARGUMENT_HELP}

Options:
  --format <f>          table (default), json (the API's project objects), csv
  --category <id>       only this category (innovation-sociale, cooperation, pratiques-ess)
  --sort <s>            title (default), amount, votes (votes once results are visible)
${API_OPTIONS_HELP}

Examples:
  budget-citoyen projects current
  budget-citoyen projects bc-2025 --category cooperation --format csv > cooperation.csv
`;

const CSV_HEADER = [
  'project_id',
  'category',
  'title',
  'requested_amount_eur',
  'commune_code',
  'commune',
  'arrondissement',
  'holder',
  'holder_kind',
  'status',
  'votes',
];

export const projectsCommand = campaignCommand(
  { name: 'projects', summary: "list a campaign's projects (table, json, csv)", help },
  { format: { type: 'string' }, category: { type: 'string' }, sort: { type: 'string' } },
  async ({ values, open }, context) => {
    const format = choice('projects', 'format', values.format, FORMATS, 'table');
    const sort = choice('projects', 'sort', values.sort, SORTS, 'title');
    const { client, campaignId } = await open();
    const query = { sort, limit: 100, ...(values.category === undefined ? {} : { category: values.category }) };
    const projects: Project[] = [];
    for await (const project of client.projects.list(campaignId, query)) projects.push(project);

    if (format === 'json') return context.stdout(toJson(projects));
    if (format === 'csv') {
      return context.stdout(
        toCsv(
          CSV_HEADER,
          projects.map((p) => [
            p.id,
            p.category,
            p.title,
            euros(p.requestedAmountCents),
            p.commune.code,
            p.commune.name,
            p.arrondissement.name,
            p.holder.name,
            p.holder.kind,
            p.status,
            p.votes,
          ]),
        ),
      );
    }
    const withVotes = projects.some((p) => p.votes !== undefined);
    context.stdout(
      toTable(
        [
          { title: 'ID' },
          { title: 'CATEGORY' },
          { title: 'AMOUNT €', align: 'right' },
          ...(withVotes ? [{ title: 'VOTES', align: 'right' as const }] : []),
          { title: 'STATUS' },
          { title: 'COMMUNE' },
          { title: 'TITLE' },
        ],
        projects.map((p) => [
          p.id,
          p.category,
          euros(p.requestedAmountCents),
          ...(withVotes ? [p.votes] : []),
          p.status,
          p.commune.name,
          p.title,
        ]),
      ),
    );
  },);
