/**
 * The command without an API: help, usage errors, pabulib files, an unreachable server.
 * `runCli` spawns the bin (one test per kind of outcome); `runMain` runs the same command line
 * in this process, for the many variations.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { closedPort, FIXTURES, oneLine, runCli, runMain } from './helpers.js';

const COMMANDS = ['projects', 'results', 'allocate', 'export-pb', 'check-api'];
const fixture = (name: string) => join(FIXTURES, name);
const NADWISLE = fixture('Poland_Warszawa_2019_Nadwisle.pb');
const selected = (stdout: string) => {
  const parsed = JSON.parse(stdout) as { selected: string[] };
  assert.deepEqual(Object.keys(parsed), ['selected']);
  return parsed.selected;
};
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('help', { concurrency: true }, () => {
  test('the bin: --help lists every command, on stdout, exit 0', async () => {
    const { code, stdout, stderr } = await runCli(['--help']);
    assert.equal(code, 0);
    assert.equal(stderr, '');
    assert.match(stdout, /^Usage: budget-citoyen <command>/);
    for (const command of COMMANDS) assert.match(stdout, new RegExp(`^  ${command} `, 'm'));
    assert.match(stdout, /BUDGET_CITOYEN_API/);
  });

  test('the bin: a command --help', async () => {
    const { code, stdout, stderr } = await runCli(['results', '--help']);
    assert.equal(code, 0);
    assert.equal(stderr, '');
    assert.match(stdout, /^Usage: budget-citoyen results <campaign> \[options\]/);
    for (const option of ['--format', '--explain', '--lang', '--base-url', '-h, --help']) assert.ok(stdout.includes(option), option);
  });

  test('each command has its --help, also as -h (winning over other mistakes) and help <command>', async () => {
    for (const command of COMMANDS) {
      const long = await runMain([command, '--help']);
      assert.equal(long.code, 0);
      assert.equal(long.stderr, '');
      assert.match(long.stdout, new RegExp(`^Usage:\\s+budget-citoyen ${command}`));
      assert.match(long.stdout, /-h, --help/);
      assert.match(long.stdout, /Examples?:/);
      assert.deepEqual(await runMain([command, 'x', '--bogus', '-h']), long);
      assert.deepEqual(await runMain(['help', command]), long);
    }
  });

  test('--version', async () => {
    const { code, stdout } = await runMain(['--version']);
    assert.equal(code, 0);
    assert.match(stdout, /^\d+\.\d+\.\d+\n$/);
  });
});

describe('usage errors: exit 2, one line on stderr, nothing on stdout', { concurrency: true }, () => {
  test('the bin: an unknown command', async () => {
    const { code, stdout, stderr } = await runCli(['frobnicate']);
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.equal(
      oneLine(stderr),
      'budget-citoyen: unknown command "frobnicate": expected one of projects, results, allocate, export-pb, check-api (see budget-citoyen --help)',
    );
  });

  const cases: Array<[string, string[], RegExp]> = [
    ['no command', [], /missing command: projects, results, allocate, export-pb, check-api /],
    ['unknown global option', ['--frobnicate'], /unknown option --frobnicate/],
    ['help on an unknown command', ['help', 'frobnicate'], /unknown command "frobnicate"/],
    ['unknown option', ['projects', 'bc-2025', '--frobnicate'], /unknown option --frobnicate for projects \(see budget-citoyen projects --help\)$/],
    ['unknown short option', ['results', 'bc-2025', '-x'], /unknown option -x for results/],
    ['missing value', ['results', 'bc-2025', '--format'], /option --format needs a value/],
    ['value to a flag', ['results', 'bc-2025', '--explain=yes'], /option --explain takes no value/],
    ['bad choice', ['results', 'bc-2025', '--format', 'xml'], /--format must be one of table, json, csv, not "xml"/],
    ['check-api takes no argument', ['check-api', 'https://example.org'], /unexpected argument https:\/\/example\.org for check-api/],
    ['check-api: bad format', ['check-api', '--format', 'csv'], /--format must be one of text, json, not "csv"/],
    ['bad sort', ['projects', 'bc-2025', '--sort', 'random'], /--sort must be one of title, amount, votes/],
    ['missing campaign', ['results'], /results needs a campaign id/],
    ['extra argument', ['projects', 'bc-2025', 'bc-2026'], /unexpected argument bc-2026 for projects/],
    ['export without --out', ['export-pb', 'bc-2025'], /export-pb needs --out <dir>/],
    ['--explain with csv', ['results', 'bc-2025', '--explain', '--format', 'csv'], /--explain gives sentences, not a table/],
    ['--lang without --explain', ['results', 'bc-2025', '--lang', 'en'], /--lang is the language of --explain/],
    ['bad --lang', ['results', 'bc-2025', '--explain', '--lang', 'de'], /--lang must be one of fr, en/],
    ['bad base URL', ['projects', 'current', '--base-url', 'not a url'], /--base-url is not an absolute URL: "not a url"/],
    ['allocate without file', ['allocate'], /allocate needs a \.pb file/],
    ['unknown rule', ['allocate', NADWISLE, '--rule', 'borda'], /unknown rule "borda": use one of greedy, greedy-no-skip, greedy-threshold, equalshares\/add1, equalshares\/add1-comparison, budget-citoyen$/],
    [
      'a pabulib rule on two files',
      ['allocate', NADWISLE, fixture('Netherlands_Assen_2024.pb')],
      /a pabulib rule runs on one file, 2 given: for a campaign's files use --rule budget-citoyen/,
    ],
    ['--explain with a pabulib rule', ['allocate', NADWISLE, '--explain'], /--explain explains the budget-citoyen rule only/],
  ];
  for (const [name, args, reason] of cases) {
    test(name, async () => {
      const { code, stdout, stderr } = await runMain(args);
      assert.equal(code, 2, stderr);
      assert.equal(stdout, '');
      assert.match(oneLine(stderr), reason);
    });
  }

  test('$BUDGET_CITOYEN_API must be an http(s) URL too', async () => {
    const { code, stderr } = await runMain(['projects', 'current'], { env: { BUDGET_CITOYEN_API: 'ftp://example.org/api/v1' } });
    assert.equal(code, 2);
    assert.match(oneLine(stderr), /\$BUDGET_CITOYEN_API must be an http\(s\) URL/);
  });
});

describe('an unreachable API: exit 1, "cannot reach <url>: …"', { concurrency: true }, () => {
  test('the bin, with --base-url', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/api/v1`;
    const { code, stdout, stderr } = await runCli(['results', 'bc-2025', '--format', 'csv', '--base-url', url]);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(oneLine(stderr), new RegExp(`^budget-citoyen: cannot reach ${escape(url)}: connect ECONNREFUSED 127\\.0\\.0\\.1:\\d+$`));
  });

  test('$BUDGET_CITOYEN_API, when no --base-url (a trailing slash dropped)', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/api/v1`;
    const { code, stderr } = await runMain(['projects', 'current'], { env: { BUDGET_CITOYEN_API: `${url}/` } });
    assert.equal(code, 1);
    assert.match(oneLine(stderr), new RegExp(`^budget-citoyen: cannot reach ${escape(url)}: `));
  });

  test('--base-url wins over $BUDGET_CITOYEN_API', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/api/v1`;
    const { stderr } = await runMain(['export-pb', 'bc-2025', '--out', tmpdir(), '--base-url', url], {
      env: { BUDGET_CITOYEN_API: 'http://127.0.0.1:1/api/v1' },
    });
    assert.match(oneLine(stderr), new RegExp(`cannot reach ${escape(url)}: `));
  });
});

describe('allocate on pabulib files', { concurrency: true }, () => {
  test("the bin: Nadwiśle with its own rule (greedy) gives the official outcome, in the rule's order", async () => {
    const { code, stdout, stderr } = await runCli(['allocate', NADWISLE]);
    assert.equal(code, 0, stderr);
    assert.equal(stderr, '');
    assert.deepEqual(selected(stdout), ['2093', '2337', '557', '2195']);
  });

  test('--rule overrides the file: greedy-no-skip stops at the first project that does not fit', async () => {
    const { code, stdout } = await runMain(['allocate', '--rule', 'greedy-no-skip', NADWISLE]);
    assert.equal(code, 0);
    assert.deepEqual(selected(stdout), ['2093', '2337', '557']);
  });

  test('the other fixtures give their official outcome (thresholds, Equal Shares)', async () => {
    const run = async (name: string) => selected((await runMain(['allocate', fixture(name)])).stdout);
    assert.deepEqual(new Set(await run('Poland_Warszawa_2018_Stare_Miasto.pb')), new Set(['2739', '48', '1280', '1345', '49', '501', '1804']));
    assert.deepEqual(new Set(await run('Netherlands_Assen_2024.pb')), new Set(['2', '3', '5', '6', '9', '11', '12', '13', '14']));
    assert.deepEqual(await run('Poland_Gdynia_2020_Babie_Doly__large.pb'), ['4']);
  });

  test('paths are relative to the working directory', async () => {
    const { code, stdout } = await runMain(['allocate', 'Poland_Warszawa_2019_Nadwisle.pb'], { cwd: FIXTURES });
    assert.equal(code, 0);
    assert.equal(selected(stdout).length, 4);
  });

  describe('bad files: exit 1, one line naming the file (and the line)', () => {
    let dir = '';
    before(async () => {
      dir = await mkdtemp(join(tmpdir(), 'bc-cli-'));
    });
    after(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    test('the bin: a malformed .pb', async () => {
      const path = join(dir, 'broken.pb');
      await writeFile(path, 'META\nkey;value\nbudget;100\nrule;greedy\nPROJECTS\nproject_id;cost;name\n1;50;Parc\n2;abc;Banc\nVOTES\nvoter_id;vote\nv1;1\n');
      const { code, stdout, stderr } = await runCli(['allocate', path]);
      assert.equal(code, 1);
      assert.equal(stdout, '');
      assert.equal(oneLine(stderr), `budget-citoyen: ${path}: line 8: cost "abc" is not a non-negative decimal number`);
    });

    test('a row of the wrong width, a vote for an unknown project', async () => {
      const short = join(dir, 'short-row.pb');
      await writeFile(short, 'META\nkey;value\nbudget;10\nPROJECTS\nproject_id;cost\n1;5;7\nVOTES\nvoter_id;vote\n');
      assert.match(oneLine((await runMain(['allocate', short])).stderr), /short-row\.pb: line 6: PROJECTS row has 3 columns, the header has 2$/);
      const unknown = join(dir, 'unknown-project.pb');
      await writeFile(unknown, 'META\nkey;value\nbudget;100\nrule;greedy\nPROJECTS\nproject_id;cost\n1;50\nVOTES\nvoter_id;vote\nv1;1\nv2;7\n');
      const { code, stderr } = await runMain(['allocate', unknown]);
      assert.equal(code, 1);
      assert.match(oneLine(stderr), /unknown-project\.pb: line 11: vote references unknown project "7"$/);
    });

    test('a file without a rule, and no --rule', async () => {
      const path = join(dir, 'no-rule.pb');
      await writeFile(path, 'META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\n1;50\nVOTES\nvoter_id;vote\nv1;1\n');
      const { code, stderr } = await runMain(['allocate', path]);
      assert.equal(code, 1);
      assert.match(oneLine(stderr), /no-rule\.pb: meta\.rule: no rule given and the instance has no meta\.rule$/);
    });

    test('a missing file, a directory without .pb files', async () => {
      const missing = await runMain(['allocate', join(dir, 'nowhere.pb')]);
      assert.equal(missing.code, 1);
      assert.match(oneLine(missing.stderr), /cannot read .*nowhere\.pb: no such file or directory$/);
      const empty = await mkdtemp(join(dir, 'empty-'));
      const none = await runMain(['allocate', '--rule', 'budget-citoyen', empty]);
      assert.equal(none.code, 1);
      assert.match(oneLine(none.stderr), /empty-\w+ holds no \.pb file$/);
    });

    test("the département's rule on a file that lacks its META", async () => {
      const { code, stderr } = await runMain(['allocate', '--rule', 'budget-citoyen', NADWISLE]);
      assert.equal(code, 1);
      assert.match(oneLine(stderr), /invalid_input: .*Nadwisle\.pb: meta\.category_id: missing.*Nadwisle\.pb: meta\.rollover_rank: missing/);
    });
  });
});
