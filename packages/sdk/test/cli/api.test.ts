/**
 * The commands against the standalone mock server (one for the file): what they print agrees
 * with the API, and the pabulib export recomputes to the published results.
 * `runCli` spawns the bin; `runMain` runs the same command line in this process.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createClient, type Campaign, type Client, type Project, type Results } from '@budget-citoyen/sdk';
import { parsePb, type PbInstance } from '@budget-citoyen/sdk/pabulib';
import { allocateCampaignPb } from '../../src/export/index.js';
import { oneLine, parseCsv, runCli, runMain, startMockServer, type MockServer } from './helpers.js';

const CAMPAIGN = 'bc-2025';

let server: MockServer;
let client: Client;
let env: Record<string, string>;
let campaign: Campaign;
let results: Results;
let projects: Project[];
let workDir: string;

before(async () => {
  server = await startMockServer();
  client = createClient({ baseUrl: server.url });
  env = { BUDGET_CITOYEN_API: server.url };
  [campaign, results, projects] = await Promise.all([
    client.campaigns.get(CAMPAIGN),
    client.results.get(CAMPAIGN),
    client.projects.list(CAMPAIGN, { limit: 100 }).toArray(),
  ]);
  workDir = await mkdtemp(join(tmpdir(), 'bc-cli-api-'));
});

after(async () => {
  await server?.stop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

const byId = () => new Map(projects.map((p) => [p.id, p]));
const fundedIds = () => new Set(results.categories.flatMap((c) => c.projects.filter((p) => p.funded).map((p) => p.projectId)));

describe('projects', { concurrency: true }, () => {
  test('the bin: projects current --format json is every project of the current campaign, as the API gives them', async () => {
    const { code, stdout, stderr } = await runCli(['projects', 'current', '--format', 'json'], { env });
    assert.equal(code, 0, stderr);
    assert.equal(stderr, '');
    const printed = JSON.parse(stdout) as Project[];
    const current = await client.campaigns.current();
    const expected = await client.projects.list(current.id, { sort: 'title', limit: 100 }).toArray();
    assert.ok(expected.length > 20, 'more than one page of the API default (20)');
    assert.deepEqual(printed, expected);
    assert.ok(printed.every((p) => p.campaignId === current.id));
  });

  test('--category, --format csv: RFC 4180, one row per project, texts intact', async () => {
    const { code, stdout } = await runMain(['projects', CAMPAIGN, '--category', 'cooperation', '--format', 'csv', '--base-url', server.url]);
    assert.equal(code, 0);
    const [header, ...rows] = parseCsv(stdout);
    assert.deepEqual(header, ['project_id', 'category', 'title', 'requested_amount_eur', 'commune_code', 'commune', 'arrondissement', 'holder', 'holder_kind', 'status', 'votes']);
    const expected = projects.filter((p) => p.category === 'cooperation');
    assert.equal(rows.length, expected.length);
    const known = byId();
    for (const [id, category, title, amount, communeCode, , , , , status, votes] of rows as string[][]) {
      const project = known.get(id as string);
      assert.ok(project, id);
      assert.equal(category, 'cooperation');
      assert.equal(title, project.title);
      assert.equal(amount, (project.requestedAmountCents / 100).toFixed(2));
      assert.equal(communeCode, project.commune.code);
      assert.equal(status, project.status);
      assert.equal(votes, String(project.votes));
    }
  });

  test('the default table: a header, then one line per project', async () => {
    const { code, stdout } = await runMain(['projects', CAMPAIGN, '--sort', 'votes'], { env });
    assert.equal(code, 0);
    const lines = stdout.trimEnd().split('\n');
    assert.match(lines[0] ?? '', /^ID\s+CATEGORY\s+AMOUNT €\s+VOTES\s+STATUS\s+COMMUNE\s+TITLE$/);
    assert.equal(lines.length, projects.length + 1);
  });
});

describe('results', { concurrency: true }, () => {
  test('the bin: results --format csv has a row per project, and its totals are the API\'s', async () => {
    const { code, stdout, stderr } = await runCli(['results', CAMPAIGN, '--format', 'csv'], { env });
    assert.equal(code, 0, stderr);
    assert.ok(stdout.endsWith('\r\n'));
    const [header, ...rows] = parseCsv(stdout);
    assert.deepEqual(header, ['category', 'rank', 'project_id', 'title', 'votes', 'requested_amount_eur', 'funded', 'funded_from']);
    assert.equal(rows.length, projects.length);

    const cents = (euros: string) => Math.round(Number(euros) * 100);
    const known = byId();
    for (const category of results.categories) {
      const mine = rows.filter((row) => row[0] === category.id);
      assert.deepEqual(
        mine.map((row) => [Number(row[1]), row[2], Number(row[4]), row[6] === 'true', row[7] === '' ? null : row[7]]),
        category.projects.map((p) => [p.rank, p.projectId, p.votes, p.funded, p.fundedFrom]),
      );
      for (const row of mine) assert.equal(row[3], known.get(row[2] as string)?.title);
      const funded = mine.filter((row) => row[6] === 'true');
      assert.equal(funded.reduce((sum, row) => sum + cents(row[5] as string), 0), category.spentCents, `${category.id} spentCents`);
      const fromPool = funded.filter((row) => row[7] === 'rollover');
      assert.equal(fromPool.reduce((sum, row) => sum + cents(row[5] as string), 0), category.rolloverInCents, `${category.id} rolloverInCents`);
      assert.ok(mine.reduce((sum, row) => sum + Number(row[4]), 0) <= results.ballots.counted, 'one vote per counted ballot at most');
    }
    const rolledOver = results.categories.reduce((sum, c) => sum + c.rolloverInCents, 0);
    assert.equal(results.rollover.poolCents - rolledOver, results.rollover.unallocatedCents);
  });

  test('--format json is the results resource, unchanged', async () => {
    const { code, stdout } = await runMain(['results', CAMPAIGN, '--format', 'json'], { env });
    assert.equal(code, 0);
    const raw = (await (await fetch(`${server.url}/campaigns/${CAMPAIGN}/results`)).json()) as Results;
    assert.deepEqual(JSON.parse(stdout), raw);
  });

  test('the bin: --explain, in French, names every funded project and states how leftovers are pooled', async () => {
    const { code, stdout, stderr } = await runCli(['results', CAMPAIGN, '--explain'], { env });
    assert.equal(code, 0, stderr);
    const lines = stdout.trimEnd().split('\n');
    assert.match(lines[0] ?? '', /^Chaque catégorie dispose de sa propre enveloppe : Innovation sociale 120\s000\s€/);
    assert.ok(lines.some((line) => /tous les restes forment une seule réserve commune/.test(line)));
    const known = byId();
    for (const id of fundedIds()) {
      const title = known.get(id)?.title ?? id;
      // « Titre », or “Titre” when the title has its own « » (never doubled).
      const quoted = /[«»]/.test(title) ? `“${title}” (` : `${title}\u00a0» (`;
      assert.ok(lines.some((line) => line.includes(quoted) && / est financé /.test(line)), `${title} funded`);
    }
  });

  test('--explain --lang en, and as JSON', async () => {
    const en = await runMain(['results', CAMPAIGN, '--explain', '--lang', 'en'], { env });
    assert.equal(en.code, 0);
    assert.match(en.stdout, /^Each category has its own envelope: /);
    assert.match(en.stdout, /one common pool made of all the leftovers/);
    const json = await runMain(['results', CAMPAIGN, '--explain', '--format', 'json', '--lang', 'en'], { env });
    assert.deepEqual(JSON.parse(json.stdout), en.stdout.trimEnd().split('\n'));
  });

  test('the default table has a line per project', async () => {
    const { code, stdout } = await runMain(['results', CAMPAIGN], { env });
    assert.equal(code, 0);
    assert.equal(stdout.trimEnd().split('\n').length, projects.length + 1);
  });
});

describe('API errors: exit 1, the code and detail in one line', { concurrency: true }, () => {
  test('the bin: an unknown campaign is a 404', async () => {
    const { code, stdout, stderr } = await runCli(['results', 'no-such-campaign', '--format', 'csv'], { env });
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(oneLine(stderr), /^budget-citoyen: not_found \(404\): .+/);
  });

  test('projects and export-pb of an unknown campaign', async () => {
    for (const args of [['projects', 'nope'], ['export-pb', 'nope', '--out', workDir]]) {
      const { code, stderr } = await runMain(args, { env });
      assert.equal(code, 1);
      assert.match(oneLine(stderr), /^budget-citoyen: not_found \(404\): /);
    }
  });
});

describe('export-pb, and the département\'s rule recomputed from the files', () => {
  let out = '';
  let files: Array<{ path: string; instance: PbInstance }> = [];

  test('the bin: export-pb writes one .pb per category, and prints their paths', async () => {
    out = join(workDir, 'export');
    const { code, stdout, stderr } = await runCli(['export-pb', CAMPAIGN, '--out', out], { env });
    assert.equal(code, 0, stderr);
    const names = campaign.categories.map((c) => `${CAMPAIGN}_${c.id}.pb`);
    assert.deepEqual(stdout.trimEnd().split('\n').sort(), names.map((n) => join(out, n)).sort());
    assert.deepEqual((await readdir(out)).sort(), [...names].sort());
    files = await Promise.all(names.map(async (name) => ({ path: join(out, name), instance: parsePb(await readFile(join(out, name), 'utf8')) })));
  });

  test('each file re-parses to its category: choose-1, votes as published, anonymous voters, official selection', () => {
    assert.equal(files.length, 3);
    const known = byId();
    for (const { instance } of files) {
      const { meta } = instance;
      const category = campaign.categories.find((c) => c.id === meta.category_id);
      const published = results.categories.find((c) => c.id === meta.category_id);
      assert.ok(category && published, meta.category_id);
      assert.equal(meta.vote_type, 'choose-1');
      assert.equal(meta.instance, CAMPAIGN);
      assert.equal(meta.envelope_cents, String(category.envelopeCents));
      assert.equal(meta.rollover_rank, String(category.rolloverRank));
      assert.equal(meta.min_project_score_threshold, String(campaign.voting.minVotes));
      assert.equal(meta.campaign_categories, 'innovation-sociale,cooperation,pratiques-ess');
      assert.equal(meta.results_status, 'final');
      assert.equal(Number(meta.budget) * 100, category.envelopeCents);

      assert.deepEqual(
        instance.projects.map((p) => [p.project_id, p.votes, p.selected, Math.round(p.cost * 100), p.name]),
        published.projects.map((p) => [p.projectId, p.votes, p.funded, known.get(p.projectId)?.requestedAmountCents, known.get(p.projectId)?.title]),
      );
      const counted = new Map<string, number>();
      for (const vote of instance.votes) for (const id of vote.vote) counted.set(id, (counted.get(id) ?? 0) + 1);
      for (const p of published.projects) assert.equal(counted.get(p.projectId) ?? 0, p.votes, p.projectId);
      assert.deepEqual(instance.votes.map((v) => v.voter_id), instance.votes.map((_, i) => `v${i + 1}`));
      assert.equal(meta.num_votes, String(instance.votes.length));
    }
    const exported = files.reduce((sum, f) => sum + f.instance.votes.length, 0);
    assert.ok(exported <= results.ballots.counted * files.length, 'annulled ballots are not exported');
  });

  test('the bin: allocate --rule budget-citoyen <dir> funds exactly the projects the results fund', async () => {
    const { code, stdout, stderr } = await runCli(['allocate', '--rule', 'budget-citoyen', out]);
    assert.equal(code, 0, stderr);
    const { selected } = JSON.parse(stdout) as { selected: string[] };
    assert.equal(selected.length, new Set(selected).size);
    assert.deepEqual(new Set(selected), fundedIds());
  });

  test('…the same from the files listed one by one, and the whole allocation matches the results', async () => {
    const { stdout } = await runMain(['allocate', '--rule', 'budget-citoyen', ...files.map((f) => f.path)]);
    assert.deepEqual(new Set((JSON.parse(stdout) as { selected: string[] }).selected), fundedIds());
    const { allocation } = allocateCampaignPb(files.map((f) => ({ name: f.path, instance: f.instance })));
    assert.deepEqual(
      allocation.categories.map(({ id, envelopeCents, spentCents, rolloverInCents, projects: p }) => ({ id, envelopeCents, spentCents, rolloverInCents, projects: p })),
      results.categories,
    );
    assert.deepEqual(allocation.rollover, results.rollover);
  });

  test('--explain on the files gives the explanation of the results', async () => {
    const fromFiles = await runMain(['allocate', '--rule', 'budget-citoyen', out, '--explain']);
    const fromApi = await runMain(['results', CAMPAIGN, '--explain'], { env });
    assert.equal(fromFiles.code, 0);
    assert.equal(fromFiles.stdout, fromApi.stdout);
  });

  test("one file with its own rule (greedy, the campaign's minimum of votes) is that category's envelope walk", async () => {
    const file = files.find((f) => f.instance.meta.category_id === 'innovation-sociale');
    const { stdout } = await runMain(['allocate', file?.path ?? '']);
    const published = results.categories.find((c) => c.id === 'innovation-sociale');
    const fromEnvelope = published?.projects.filter((p) => p.fundedFrom === 'envelope').map((p) => p.projectId);
    assert.deepEqual((JSON.parse(stdout) as { selected: string[] }).selected, fromEnvelope);
  });

  test('a missing category file is refused, not silently recomputed without it', async () => {
    const two = files.filter((f) => f.instance.meta.category_id !== 'cooperation').map((f) => f.path);
    const { code, stdout, stderr } = await runMain(['allocate', '--rule', 'budget-citoyen', ...two]);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(oneLine(stderr), /lists the category cooperation, whose file is missing/);
  });

  test('provisional results are exported only on request', async () => {
    const refused = await runMain(['export-pb', 'current', '--out', join(workDir, 'live')], { env });
    assert.equal(refused.code, 1);
    assert.match(oneLine(refused.stderr), /^budget-citoyen: results_not_final: the results of bc-2026 are provisional .*; add --provisional/);
    const live = await runMain(['export-pb', 'current', '--out', join(workDir, 'live'), '--provisional'], { env });
    assert.equal(live.code, 0, live.stderr);
    const paths = live.stdout.trimEnd().split('\n');
    assert.equal(paths.length, 3);
    for (const path of paths) assert.equal(parsePb(await readFile(path, 'utf8')).meta.results_status, 'provisional');
  });
});
