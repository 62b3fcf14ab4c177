import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { allocatePb, parsePb, writePb, PB_RULE_NAMES } from '@budget-citoyen/sdk/pabulib';
import { FLAWED, fixtureNames, parseFixture, readFixture, skipWithoutFixtures } from './fixtures.js';

const sorted = (ids: readonly string[]) => [...ids].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

/** The README's table, so that a fixture whose `selected` column changed would be noticed. */
const OFFICIAL: ReadonlyArray<{ file: string; rule: string; selected: string[] }> = [
  { file: 'Poland_Warszawa_2019_Nadwisle.pb', rule: 'greedy', selected: ['2093', '2337', '557', '2195'] },
  { file: 'Poland_Gdynia_2020_Babie_Doly__large.pb', rule: 'greedy-no-skip', selected: ['4'] },
  { file: 'Poland_Warszawa_2018_Stare_Miasto.pb', rule: 'greedy-threshold', selected: ['2739', '48', '1280', '1345', '49', '501', '1804'] },
  { file: 'Netherlands_Assen_2024.pb', rule: 'equalshares/add1', selected: ['2', '3', '5', '6', '9', '11', '12', '13', '14'] },
  {
    file: 'Poland_Wieliczka_2023_Green_Budget.pb',
    rule: 'equalshares/add1-comparison',
    selected: ['24', '41', '40', '74', '19', '6', '32', '39', '58', '42', '25', '43', '20', '60', '29', '33', '17', '70', '34', '9', '26', '71', '88', '36', '62', '61', '7', '46', '56', '69'],
  },
  {
    file: 'Poland_Swiecie_2023.pb',
    rule: 'equalshares/add1',
    selected: ['c1', 'c2', 'c3', 'c4', 'c5', 'c7', 'c9', 'c10', 'c11', 'c12', 'c13', 'c14', 'c17', 'c18', 'c19', 'c20', 'c21'],
  },
  { file: 'Poland_Warszawa_2026_Rakowiec.pb', rule: 'greedy-threshold', selected: ['1493', '1812', '1868', '13', '1319', '1738'] },
  { file: 'Poland_Warszawa_2026_Szczesliwice.pb', rule: 'greedy-threshold', selected: ['92', '1321', '388', '904', '301', '303'] },
  {
    file: 'Poland_Warszawa_2026_Natolin_Kabaty.pb',
    rule: 'greedy-threshold',
    selected: ['1835', '593', '1728', '448', '913', '664', '989', '843', '1178', '857'],
  },
];

describe('pabulib fixtures: official outcomes', { skip: skipWithoutFixtures }, () => {
  for (const { file, rule, selected } of OFFICIAL) {
    test(`${file}: ${rule} funds the officially selected projects`, () => {
      const { instance } = parseFixture(file);
      const recorded = instance.projects.filter((p) => p.selected).map((p) => p.project_id);
      assert.deepEqual(sorted(recorded), sorted(selected), 'the file records the README outcome');
      const result = allocatePb(instance);
      assert.equal(result.rule, rule, 'meta.rule is used by default');
      assert.deepEqual(sorted(result.selected), sorted(selected));
    });
  }

  test('Nadwisle: greedy skips 2334 (does not fit) and goes on to fund 2195', () => {
    const instance = parsePb(readFixture('Poland_Warszawa_2019_Nadwisle.pb'));
    assert.deepEqual(allocatePb(instance, 'greedy').selected, ['2093', '2337', '557', '2195']);
    assert.deepEqual(allocatePb(instance, 'greedy-no-skip').selected, ['2093', '2337', '557']);
  });

  test('Gdynia and Stare Miasto: skip and no-skip agree, the threshold excludes nobody', () => {
    // Gdynia's winner costs the whole budget; in Stare Miasto everything eligible fits. So the
    // official outcomes are consistent with both walks; the rules follow the files' names.
    for (const file of ['Poland_Gdynia_2020_Babie_Doly__large.pb', 'Poland_Warszawa_2018_Stare_Miasto.pb']) {
      const instance = parsePb(readFixture(file));
      assert.deepEqual(allocatePb(instance, 'greedy').selected, allocatePb(instance, 'greedy-no-skip').selected, file);
      assert.deepEqual(allocatePb(instance, 'greedy-threshold').selected, allocatePb(instance, 'greedy').selected, file);
    }
  });

  test('Wieliczka: the Add1 that stops at the first exhaustive outcome funds 66 and 67 instead of 46', () => {
    // 150 raises give an exhaustive outcome of 984,579 zł; raising on, 164 raises give the
    // official one, 995,079 zł (the total equalshares.net published), and 165 would overspend.
    const instance = parsePb(readFixture('Poland_Wieliczka_2023_Green_Budget.pb'));
    const exhaustive = allocatePb(instance, 'equalshares/add1').selected;
    const official = allocatePb(instance, 'equalshares/add1-comparison').selected;
    assert.deepEqual(exhaustive.filter((id) => !official.includes(id)).sort(), ['66', '67']);
    assert.deepEqual(official.filter((id) => !exhaustive.includes(id)), ['46']);
    const cost = (ids: string[]) => ids.reduce((sum, id) => sum + (instance.projects.find((p) => p.project_id === id)?.cost ?? 0), 0);
    assert.deepEqual([cost(exhaustive), cost(official)], [984_579, 995_079]);
  });

  test('Wieliczka: greedy would fund 21, 16, 87 and 8; the comparison keeps equal shares', () => {
    // 1,615 voters have more of their projects funded by equal shares, 873 by greedy.
    const instance = parsePb(readFixture('Poland_Wieliczka_2023_Green_Budget.pb'));
    const greedy = allocatePb(instance, 'greedy').selected;
    assert.equal(greedy.length, 23);
    const official = allocatePb(instance).selected;
    assert.deepEqual(greedy.filter((id) => !official.includes(id)).sort(), ['16', '21', '8', '87']);
  });

  test('Assen and Świecie cannot tell the two Add1 stops apart; Wieliczka can', () => {
    // Both stops give Assen's and Świecie's official outcomes (Świecie: 226 raises to the first
    // exhaustive outcome, 242 to the last that fits, the same 17 projects), so equalshares/add1
    // follows the published description (stop at an exhaustive outcome) without contradiction.
    for (const file of ['Netherlands_Assen_2024.pb', 'Poland_Swiecie_2023.pb']) {
      const { instance } = parseFixture(file);
      const official = instance.projects.filter((p) => p.selected).map((p) => p.project_id);
      const overspend = allocatePb(instance, 'equalshares/add1-comparison').selected;
      assert.deepEqual(sorted(overspend), sorted(official), file);
    }
  });

  test('Toulouse (no recorded outcome): parses, its greedy rule runs and fits the budget', () => {
    const instance = parsePb(readFixture('France_Toulouse_2022_17_-_Mirail-Universite_Reynerie_Bellefontaine.pb'));
    assert.equal(instance.projects.length, 10);
    assert.equal(instance.votes.length, 93);
    assert.equal(instance.projects.find((p) => p.project_id === '182')?.name, 'Aménagement de cours "OASIS" à l\'école élémentaire Victor Hugo');
    const result = allocatePb(instance);
    assert.equal(result.rule, 'greedy');
    assert.deepEqual(result.selected, ['182', '183']);
    const spent = result.selected.reduce((sum, id) => sum + (instance.projects.find((p) => p.project_id === id)?.cost ?? 0), 0);
    assert.ok(spent <= Number(instance.meta.budget));
    assert.equal(allocatePb(instance, 'equalshares/add1').rule, 'equalshares/add1');
  });

  test('every fixture reads with exactly its known flaws, and strictly only when it has none', () => {
    for (const file of fixtureNames()) {
      const { warnings } = parseFixture(file);
      assert.deepEqual(warnings.map((w) => w.message), FLAWED[file] ?? [], file);
      if (FLAWED[file]) assert.throws(() => parsePb(readFixture(file), { strict: true }), /line \d+: /, file);
      else assert.doesNotThrow(() => parsePb(readFixture(file), { strict: true }), file);
    }
  });

  test('Rakowiec: the repeated 1812 counts once; the votes column (492) had counted it twice', () => {
    const { instance } = parseFixture('Poland_Warszawa_2026_Rakowiec.pb');
    const vote = instance.votes.find((v) => v.voter_id === '262828');
    assert.deepEqual(vote?.vote, ['1812', '957', '10', '16']);
    assert.equal(vote?.fields.vote, '1812,957,10,16', 'fields say what the instance holds');
    assert.equal(instance.votes.filter((v) => v.vote.includes('1812')).length, 491);
    assert.equal(instance.projects.find((p) => p.project_id === '1812')?.votes, 492);
  });

  test('counted approvals agree with the votes column of every fixture but the flawed', () => {
    for (const file of fixtureNames().filter((name) => !FLAWED[name])) {
      const instance = parsePb(readFixture(file));
      for (const project of instance.projects) {
        const approvals = instance.votes.filter((v) => v.vote.includes(project.project_id)).length;
        assert.equal(approvals, project.votes, `${file} project ${project.project_id}`);
      }
    }
  });
});

describe('pabulib fixtures: round trip', { skip: skipWithoutFixtures }, () => {
  for (const file of fixtureNames()) {
    test(`${file}: parse → write → parse is deep-equal, in LF and CRLF`, () => {
      const { instance } = parseFixture(file);
      assert.deepStrictEqual(parsePb(writePb(instance)), instance);
      assert.deepStrictEqual(parsePb(writePb(instance, { lineEnding: '\r\n' })), instance);
      assert.deepStrictEqual(Object.keys(parsePb(writePb(instance)).meta), Object.keys(instance.meta), 'META order kept');
    });

    test(`${file}: every rule runs within the budget`, () => {
      const { instance } = parseFixture(file);
      const cost = new Map(instance.projects.map((p) => [p.project_id, p.cost]));
      for (const rule of PB_RULE_NAMES) {
        if (rule === 'greedy-threshold' && instance.meta.min_project_score_threshold === undefined) continue;
        const { selected } = allocatePb(instance, rule);
        const spent = selected.reduce((sum, id) => sum + (cost.get(id) ?? 0), 0);
        assert.ok(spent <= Number(instance.meta.budget), `${rule} spends ${spent}`);
        assert.equal(new Set(selected).size, selected.length, `${rule} funds each project once`);
      }
    });
  }
});
