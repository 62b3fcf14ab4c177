#!/usr/bin/env node
// The SDK from a Node script: the current campaign's projects, the past campaign's final
// results as CSV, and the plain-French explanation of how the money was allocated.
//
//   npm run mock                                  # another terminal: the mock API on :4010
//   node examples/sdk-node/list-and-export.mjs [--base-url <url>] [--campaign bc-2025] [--out resultats.csv]
//
// Plain JavaScript (ESM): `@budget-citoyen/sdk` resolves to the package's dist/ (run
// `npm run build` once), or to its sources with `node --conditions=source --import tsx`.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createClient, isBudgetCitoyenError, rules } from '@budget-citoyen/sdk';

const USAGE = `Usage: node examples/sdk-node/list-and-export.mjs [options]

  --base-url <url>   API root, ending in /api/v1 (default $BUDGET_CITOYEN_API, else http://127.0.0.1:4010/api/v1)
  --campaign <id>    the past campaign whose final results are exported (default bc-2025)
  --out <file>       write the CSV there (default: printed on stdout, between the two other parts)
  -h, --help         this help`;

const { values } = parseArgs({
  options: {
    'base-url': { type: 'string' },
    campaign: { type: 'string', default: 'bc-2025' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const baseUrl = values['base-url'] ?? process.env.BUDGET_CITOYEN_API ?? 'http://127.0.0.1:4010/api/v1';
const client = createClient({ baseUrl });
const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

try {
  await listCurrentProjects();
  await exportFinalResults(values.campaign, values.out);
} catch (error) {
  // The SDK rejects only with BudgetCitoyenError: its `code` is stable, its message readable.
  if (isBudgetCitoyenError(error)) console.error(`list-and-export: ${error.code} (${error.status ?? 'no answer'}): ${error.message} — is the API at ${baseUrl}?`);
  else console.error(error);
  process.exit(1);
}

async function listCurrentProjects() {
  const campaign = await client.campaigns.current();
  const names = new Map(campaign.categories.map((c) => [c.id, c.name]));
  console.log(`# ${campaign.title} (${campaign.id}), phase en cours : ${campaign.currentPhase ?? 'aucune'}\n`);
  let count = 0;
  // A list is an async iterable of every item: the SDK follows `nextCursor` page by page.
  for await (const project of client.projects.list(campaign.id, { sort: 'title' })) {
    count += 1;
    console.log(`- ${project.title} — ${project.commune.name} (${project.commune.code}), ${names.get(project.category) ?? project.category}, ${euros.format(project.requestedAmountCents / 100)} [${project.id}]`);
  }
  console.log(`\n${count} projets labellisés.\n`);
}

async function exportFinalResults(campaignId, out) {
  const [campaign, results, projects] = await Promise.all([
    client.campaigns.get(campaignId),
    client.results.get(campaignId),
    client.projects.list(campaignId, { sort: 'title', limit: 100 }).toArray(),
  ]);
  if (results.status !== 'final') throw new Error(`${campaignId}: the results are ${results.status}, not final yet`);
  const byId = new Map(projects.map((p) => [p.id, p]));

  const header = ['category', 'rank', 'project_id', 'title', 'votes', 'requested_amount_eur', 'funded', 'funded_from'];
  const rows = results.categories.flatMap((category) =>
    category.projects.map((p) => {
      const project = byId.get(p.projectId);
      return [category.id, p.rank, p.projectId, project?.title ?? '', p.votes, project ? centsToEuros(project.requestedAmountCents) : '', p.funded, p.fundedFrom ?? ''];
    }),
  );
  const csv = toCsv([header, ...rows]);
  if (out) {
    await writeFile(out, csv, 'utf8');
    console.log(`# Résultats définitifs de ${campaignId} : ${rows.length} projets écrits dans ${out}\n`);
  } else {
    console.log(`# Résultats définitifs de ${campaignId} (CSV)\n`);
    process.stdout.write(csv);
    console.log('');
  }

  // The same rule the mock server and the results widget run, recomputed from the published
  // votes: `rules.allocate(input)`, then `rules.explainAllocation(allocation, { locale })`.
  const votes = {};
  for (const category of results.categories) for (const p of category.projects) votes[p.projectId] = p.votes;
  const allocation = rules.allocate({
    categories: campaign.categories.map(({ id, name, envelopeCents, rolloverRank }) => ({ id, name, envelopeCents, rolloverRank })),
    projects: projects.map(({ id, category, requestedAmountCents, title }) => ({ id, category, requestedAmountCents, title })),
    votes,
    minVotes: campaign.voting.minVotes,
  });
  const funded = (list) => new Set(list.flatMap((c) => c.projects.filter((p) => p.funded).map((p) => p.projectId)));
  const published = funded(results.categories);
  const recomputed = funded(allocation.categories);
  const agree = published.size === recomputed.size && [...published].every((id) => recomputed.has(id));
  console.log(`# Comment les projets ont été choisis (${campaignId})\n`);
  if (!agree) console.log('ATTENTION : le calcul refait ici ne donne pas les projets financés publiés.\n');
  for (const sentence of rules.explainAllocation(allocation, { locale: 'fr' })) console.log(sentence);
}

/** Cents as euros with a dot, for spreadsheets and programs: 900050 → "9000.50". */
function centsToEuros(cents) {
  return `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/** RFC 4180: comma-separated, CRLF after every record, quotes doubled inside quoted fields. */
function toCsv(records) {
  const field = (cell) => {
    const text = cell === null || cell === undefined ? '' : String(cell);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return records.map((record) => record.map(field).join(',') + '\r\n').join('');
}
