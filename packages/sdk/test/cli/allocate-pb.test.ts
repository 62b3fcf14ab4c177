/**
 * `allocate` on real pabulib files: the equal-shares variants, and files with flaws (read with
 * a warning on stderr, or refused with --strict).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { oneLine, runCli, runMain } from './helpers.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/pabulib/${name}`, import.meta.url));
const RAKOWIEC = fixture('Poland_Warszawa_2026_Rakowiec.pb');
const WIELICZKA = fixture('Poland_Wieliczka_2023_Green_Budget.pb');
const selected = (stdout: string) => (JSON.parse(stdout) as { selected: string[] }).selected;

describe('allocate: files with flaws', { concurrency: true }, () => {
  test('Rakowiec is read: one warning on stderr names the file, the line and what was done', async () => {
    const { code, stdout, stderr } = await runMain(['allocate', RAKOWIEC]);
    assert.equal(code, 0, stderr);
    assert.equal(stderr, `budget-citoyen: warning: ${RAKOWIEC}: line 477: vote names project "1812" twice; counted once\n`);
    assert.deepEqual(new Set(selected(stdout)), new Set(['1493', '1812', '1868', '13', '1319', '1738']));
  });

  test('--strict refuses it as before: exit 1, one line naming the file and the line', async () => {
    const { code, stdout, stderr } = await runMain(['allocate', '--strict', RAKOWIEC]);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.equal(oneLine(stderr), `budget-citoyen: ${RAKOWIEC}: line 477: vote names project "1812" twice`);
  });

  test('the bin streams the file and keeps stdout for the JSON', async () => {
    const { code, stdout, stderr } = await runCli(['allocate', RAKOWIEC, '--rule', 'greedy']);
    assert.equal(code, 0, stderr);
    assert.match(stderr, /^budget-citoyen: warning: .*Rakowiec\.pb: line 477: /);
    assert.equal(selected(stdout).length > 0, true);
  });

  test('--help says what --strict does', async () => {
    const { stdout } = await runMain(['allocate', '--help']);
    assert.match(stdout, /--strict +refuse such a file instead/);
    assert.match(stdout, /equalshares\/add1-comparison/);
  });
});

describe('allocate: the equal-shares variants on Wieliczka 2023', { concurrency: true }, () => {
  test("its own rule, equalshares/add1-comparison, gives the official 30 projects", async () => {
    const { code, stdout, stderr } = await runMain(['allocate', WIELICZKA]);
    assert.equal(code, 0, stderr);
    const official = ['24', '41', '40', '74', '19', '6', '32', '39', '58', '42', '25', '43', '20', '60', '29', '33', '17', '70', '34', '9', '26', '71', '88', '36', '62', '61', '7', '46', '56', '69'];
    assert.deepEqual(new Set(selected(stdout)), new Set(official));
  });

  test('--rule equalshares/add1 stops at the first exhaustive outcome: 66 and 67, not 46', async () => {
    const funded = selected((await runMain(['allocate', WIELICZKA, '--rule', 'equalshares/add1'])).stdout);
    assert.ok(funded.includes('66') && funded.includes('67') && !funded.includes('46'));
  });
});
