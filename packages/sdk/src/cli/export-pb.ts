import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { hasErrorCode } from '../errors.js';
import { exportCampaignToPb } from '../export/pabulib.js';
import { API_OPTIONS_HELP, UsageError } from './args.js';
import { CAMPAIGN_ARGUMENT_HELP, campaignCommand } from './context.js';
import { CliError } from './failure.js';

const help = `Usage: budget-citoyen export-pb <campaign> --out <dir> [options]

Writes a campaign's results as pabulib files (pabulib.org), one per category:
<dir>/<campaign>_<category>.pb, and prints their paths. Existing files of those names are
replaced.

Each file is exact, not a sample: ballots are choose-1 per category, so the counted votes of
each project are the category's whole anonymous profile (a project with N votes has N rows in
VOTES; voter ids v1, v2, ... are numbered per file and link nobody across files). Annulled
ballots are left out, as they are of the count. PROJECTS' selected column is the official
outcome (rollover included). Besides pabulib's keys, META records what the département's rule
needs to be recomputed across the files: envelope_cents, rollover_rank, campaign_categories
and min_project_score_threshold (voting.minVotes); see budget-citoyen allocate --help.

${CAMPAIGN_ARGUMENT_HELP}

Options:
  --out <dir>           where to write (created if missing; required)
  --provisional         also export provisional results (the vote still open); by default
                        only final results are exported
${API_OPTIONS_HELP}

Example:
  budget-citoyen export-pb bc-2025 --out export/
  budget-citoyen allocate --rule budget-citoyen export/
`;

export const exportPbCommand = campaignCommand(
  { name: 'export-pb', summary: "write a campaign's results as pabulib .pb files, one per category", help },
  { out: { type: 'string' }, provisional: { type: 'boolean' } },
  async ({ values, open }, context) => {
    if (values.out === undefined || values.out === '') throw new UsageError('export-pb needs --out <dir> (see budget-citoyen export-pb --help)');
    const { client, campaignId } = await open();
    const files = await exportCampaignToPb(client, campaignId, { allowProvisional: values.provisional ?? false }).catch((error: unknown) => {
      if (hasErrorCode(error, 'results_not_final')) throw new CliError(`${error.code}: ${error.message}; add --provisional to export them anyway`);
      throw error;
    });

    const out = values.out;
    try {
      await mkdir(resolve(context.cwd, out), { recursive: true });
      for (const file of files) {
        const path = join(out, file.fileName);
        await writeFile(resolve(context.cwd, path), file.text, 'utf8');
        context.stdout(path + '\n');
      }
    } catch (error) {
      throw new CliError(`cannot write to ${out}: ${(error as Error).message}`);
    }
  },
);
