import { isRuleInputError } from '../errors.js';
import { allocateCampaignPb } from '../export/pabulib.js';
import { allocatePb, PB_RULE_NAMES, resolvePbRule } from '../pabulib/allocate.js';
import { explainAllocation } from '../rules/explain.js';
import { EXPLAIN_OPTIONS, explainLanguage, LANG_HELP, UsageError } from './args.js';
import { command, type CliContext } from './context.js';
import { CliError } from './failure.js';
import { expandPbPaths, readPbFile, type PbReading } from './files.js';
import type { CliIo } from './main.js';
import { toJson, toLines } from './output.js';

/** The département's own rule, across the files of a campaign (one per category). */
export const DEPARTEMENT_RULE = 'budget-citoyen';

const help = `Usage:
  budget-citoyen allocate <file.pb> [--rule <rule>] [--strict]
  budget-citoyen allocate --rule ${DEPARTEMENT_RULE} <file.pb | dir>... [--explain [--lang en]] [--strict]

Runs a participatory-budgeting rule on pabulib files and prints the funded projects as JSON:
{"selected": ["<project_id>", ...]}, in the order the rule funded them.

One file, a pabulib rule:
  --rule <rule>         ${PB_RULE_NAMES.join(', ')}
                        (default: the file's own META rule)
                        equalshares/add1 stops raising the voters' budgets at the first
                        exhaustive outcome; equalshares/add1-comparison raises them until the
                        next raise would overspend, then keeps that outcome unless more voters
                        prefer greedy's (docs/pabulib-rules.md)

Files with flaws that real files have (a project named twice in a vote, trailing ";", a
votes column that disagrees with the votes, blanks in selected) are read past, one warning per
flaw on stderr naming the file, the line and what was done (a repeated project counts once).
  --strict              refuse such a file instead (exit 1, the first flaw named)

Several files, the département's rule (--rule ${DEPARTEMENT_RULE}):
  The files of one campaign, one per category, as export-pb writes them (a directory stands for
  the .pb files in it). Each category first funds its projects, by rank, from its own envelope
  (META envelope_cents); the leftovers then form one pool that serves the categories by
  priority (META rollover_rank); projects with fewer votes than META
  min_project_score_threshold are never funded. Votes are counted from the VOTES sections.
  Every category a file lists in META campaign_categories must have its file.
  --explain             instead, explain the allocation, one sentence per line
${LANG_HELP}

  -h, --help            this help

Examples:
  budget-citoyen allocate Poland_Warszawa_2019_Nadwisle.pb
  budget-citoyen allocate Netherlands_Assen_2024.pb --rule greedy
  budget-citoyen export-pb bc-2025 --out export/ && budget-citoyen allocate --rule ${DEPARTEMENT_RULE} export/
`;

export const allocateCommand = command(
  { name: 'allocate', summary: "run a pabulib rule on a .pb file, or the département's rule across a campaign's files", help },
  { ...EXPLAIN_OPTIONS, rule: { type: 'string' }, strict: { type: 'boolean' } },
  async ({ values, positionals }, context) => {
    const reading = pbReading(values.strict ?? false, context);
    if (positionals.length === 0) throw new UsageError('allocate needs a .pb file (see budget-citoyen allocate --help)');
    const departement = values.rule?.trim().toLowerCase() === DEPARTEMENT_RULE;
    const lang = explainLanguage('allocate', values);
    if (!departement && values.explain) throw new UsageError(`--explain explains the ${DEPARTEMENT_RULE} rule only: add --rule ${DEPARTEMENT_RULE}`);

    if (departement) {
      const paths = await expandPbPaths(positionals, context.cwd);
      const files = await Promise.all(paths.map((path) => readPbFile(path, context.cwd, reading)));
      const { selected, allocation } = allocateCampaignPb(files);
      if (values.explain) return context.stdout(toLines(explainAllocation(allocation, { locale: lang })));
      return context.stdout(toJson({ selected }));
    }

    let rule: string | undefined;
    if (values.rule !== undefined) {
      try {
        rule = resolvePbRule(values.rule);
      } catch {
        throw new UsageError(`unknown rule ${JSON.stringify(values.rule)}: use one of ${[...PB_RULE_NAMES, DEPARTEMENT_RULE].join(', ')}`);
      }
    }
    const paths = await expandPbPaths(positionals, context.cwd);
    if (paths.length !== 1) {
      throw new UsageError(`a pabulib rule runs on one file, ${paths.length} given: for a campaign's files use --rule ${DEPARTEMENT_RULE}`);
    }
    const { name, instance } = await readPbFile(paths[0] as string, context.cwd, reading);
    try {
      const { selected } = allocatePb(instance, rule);
      context.stdout(toJson({ selected }));
    } catch (error) {
      if (isRuleInputError(error)) throw new CliError(`${name}: ${error.message}`);
      throw error;
    }
  },
);

/** Warnings go to stderr, where main() writes failures, so that stdout stays the JSON. */
function pbReading(strict: boolean, context: CliContext): PbReading {
  if (strict) return { strict };
  const { stderr } = context as Partial<CliIo>;
  return { warn: (line) => stderr?.(`budget-citoyen: warning: ${line}\n`) };
}
