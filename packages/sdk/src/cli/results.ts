import { BudgetCitoyenError } from '../errors.js';
import { auditResults } from '../export/audit.js';
import { fetchCampaignResults, type CampaignResultsData } from '../export/campaign-data.js';
import { explainAllocation } from '../rules/explain.js';
import { API_OPTIONS_HELP, choice, EXPLAIN_OPTIONS, explainLanguage, LANG_HELP, UsageError } from './args.js';
import { CAMPAIGN_ARGUMENT_HELP, campaignCommand } from './context.js';
import { euros, toCsv, toJson, toLines, toTable, type Cell } from './output.js';

const FORMATS = ['table', 'json', 'csv'] as const;

const help = `Usage: budget-citoyen results <campaign> [options]

Prints a campaign's results, or how the département's rule reached them.

${CAMPAIGN_ARGUMENT_HELP}

Options:
  --format <f>          table (default); csv: one row per project (RFC 4180, comma-separated,
                        header row: category, rank, project_id, title, votes,
                        requested_amount_eur, funded, funded_from); json: the API's results
                        resource, unchanged
  --explain             instead, the explanation of the allocation, one sentence per line
                        (with --format json: a JSON array of the sentences). The rule is run
                        again on the published votes first: if the results differ from it,
                        the command fails rather than explain something else
${LANG_HELP}
${API_OPTIONS_HELP}

Before the vote closes, results are only public when the campaign shows live results
(otherwise: results_not_public).

Examples:
  budget-citoyen results bc-2025 --format csv > resultats-2025.csv
  budget-citoyen results bc-2025 --explain --lang en
`;

const CSV_HEADER = ['category', 'rank', 'project_id', 'title', 'votes', 'requested_amount_eur', 'funded', 'funded_from'];

export const resultsCommand = campaignCommand(
  { name: 'results', summary: "print a campaign's results (table, csv, json) or explain them", help },
  { ...EXPLAIN_OPTIONS, format: { type: 'string' } },
  async ({ values, open }, context) => {
    const format = choice('results', 'format', values.format, FORMATS, 'table');
    const lang = explainLanguage('results', values);
    if (values.explain && format === 'csv') throw new UsageError('--explain gives sentences, not a table: use it without --format, or with --format json');
    const { client, campaignId } = await open();

    if (!values.explain && format === 'json') return context.stdout(toJson(await client.results.get(campaignId)));
    const data = await fetchCampaignResults(client, campaignId);
    if (values.explain) {
      const sentences = explain(data, lang);
      return context.stdout(format === 'json' ? toJson(sentences) : toLines(sentences));
    }
    const rows = resultRows(data);
    if (format === 'csv') return context.stdout(toCsv(CSV_HEADER, rows));
    context.stdout(
      toTable(
        [
          { title: 'CATEGORY' },
          { title: 'RANK', align: 'right' },
          { title: 'ID' },
          { title: 'VOTES', align: 'right' },
          { title: 'AMOUNT €', align: 'right' },
          { title: 'FUNDED' },
          { title: 'FROM' },
          { title: 'TITLE' },
        ],
        rows.map(([category, rank, id, title, votes, amount, funded, from]) => [category, rank, id, votes, amount, funded ? 'yes' : 'no', from, title]),
      ),
    );
  },
);

/** One row per project, categories in the results' order, projects by rank. */
function resultRows({ results, projects }: CampaignResultsData): Cell[][] {
  const byId = new Map(projects.map((project) => [project.id, project]));
  return results.categories.flatMap((category) =>
    category.projects.map((project) => {
      const details = byId.get(project.projectId);
      return [
        category.id,
        project.rank,
        project.projectId,
        details?.title ?? '',
        project.votes,
        details ? euros(details.requestedAmountCents) : '',
        project.funded,
        project.fundedFrom ?? '',
      ];
    }),
  );
}

function explain(data: CampaignResultsData, locale: 'fr' | 'en'): string[] {
  const { allocation, differences } = auditResults(data);
  if (differences.length > 0) {
    throw new BudgetCitoyenError({
      code: 'results_mismatch',
      title: 'Results differ from the rule',
      message: `the published results of ${data.campaign.id} differ from the rule run on their own votes (${differences[0]}${
        differences.length > 1 ? `, and ${differences.length - 1} more` : ''
      }): no explanation given`,
    });
  }
  return explainAllocation(allocation, { locale });
}
