import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PbParseError, parsePb, type PbWarning } from '@budget-citoyen/sdk/pabulib';

const lines = (...rows: string[]) => rows.join('\n') + '\n';

/** A small valid file; `edit` swaps its lines (1-based) for flawed ones. */
const ROWS = [
  'META', //  1
  'key;value', //  2
  'budget;100', //  3
  'vote_type;approval', //  4
  'PROJECTS', //  5
  'project_id;cost;votes;selected', //  6
  '1;60;2;1', //  7
  '2;50;1;0', //  8
  'VOTES', //  9
  'voter_id;vote', // 10
  'a;1,2', // 11
  'b;1', // 12
];
function edit(changes: Record<number, string>): string {
  return lines(...ROWS.map((row, i) => changes[i + 1] ?? row));
}

function read(text: string): { warnings: PbWarning[]; instance: ReturnType<typeof parsePb> } {
  const warnings: PbWarning[] = [];
  const instance = parsePb(text, { onWarning: (warning) => warnings.push(warning) });
  return { warnings, instance };
}

function refused(text: string, options: Parameters<typeof parsePb>[1], line: number, says: RegExp): void {
  assert.throws(
    () => parsePb(text, options),
    (error: unknown) => error instanceof PbParseError && error.line === line && says.test(error.message),
  );
}

describe('a project named twice in one vote', () => {
  const text = edit({ 11: 'a;1,2,1' });

  test('is refused by default and by strict, as before', () => {
    refused(text, undefined, 11, /^line 11: vote names project "1" twice$/);
    refused(text, { strict: true }, 11, /names project "1" twice/);
  });

  test('counts once with onWarning, which names the line and what was done', () => {
    const { warnings, instance } = read(text);
    assert.deepEqual(warnings, [{ line: 11, path: 'votes.vote', message: 'line 11: vote names project "1" twice; counted once' }]);
    assert.deepEqual(instance.votes[0]?.vote, ['1', '2']);
    assert.equal(instance.votes[0]?.fields.vote, '1,2', 'fields hold the vote as read');
    assert.deepStrictEqual(instance, parsePb(edit({})), 'the same instance as without the repeat');
  });

  test('an ordinal vote keeps its first place; cardinal votes are refused (which points count?)', () => {
    const ordinal = read(edit({ 4: 'vote_type;ordinal', 11: 'a;2,1,2' }));
    assert.deepEqual(ordinal.instance.votes[0]?.vote, ['2', '1']);
    assert.match(ordinal.warnings[0]?.message ?? '', /kept at its first place$/);
    const cumulative = edit({ 4: 'vote_type;cumulative', 10: 'voter_id;vote;points', 11: 'a;1,1;2,3', 12: 'b;1;1' });
    refused(cumulative, { onWarning: () => {} }, 11, /twice \(which of its points count\?\)/);
  });

  test('the votes column is not reported again when it counted the repeat', () => {
    const { warnings } = read(edit({ 7: '1;60;3;1', 11: 'a;1,2,1' }));
    assert.equal(warnings.length, 1);
  });
});

describe('trailing separators', () => {
  const text = edit({ 6: 'project_id;cost;votes;selected;', 7: '1;60;2;1;', 8: '2;50;1;0;', 11: 'a;1,2;', 12: 'b;1;' });

  test('are refused by default (more cells than the header)', () => {
    refused(text, undefined, 6, /^line 6: empty column name in the PROJECTS header \(the last 1: a trailing ";"\)$/);
    refused(edit({ 7: '1;60;2;1;' }), undefined, 7, /^line 7: PROJECTS row has 5 columns, the header has 4 \(the last 1 empty: a trailing ";"\)$/);
    refused(edit({ 7: '1;60;2;1;x' }), { onWarning: () => {} }, 7, /^line 7: PROJECTS row has 5 columns, the header has 4$/);
  });

  test('are ignored with onWarning, once per header and once per section', () => {
    const { warnings, instance } = read(text);
    assert.deepEqual(
      warnings.map((w) => w.message),
      [
        'line 6: empty column name in the PROJECTS header (the last 1: a trailing ";"); ignored',
        'line 7: PROJECTS row has 5 columns, the header has 4 (the last 1 empty: a trailing ";"); ignored, here and on any other row of the section',
        'line 11: VOTES row has 3 columns, the header has 2 (the last 1 empty: a trailing ";"); ignored, here and on any other row of the section',
      ],
    );
    assert.deepStrictEqual(instance, parsePb(edit({})));
  });

  test('on a META row too', () => {
    const { warnings, instance } = read(edit({ 3: 'budget;100;' }));
    assert.equal(warnings[0]?.message, 'line 3: META rows are key;value: expected 2 columns, found 3 (the last 1 empty: a trailing ";"); ignored');
    assert.equal(instance.meta.budget, '100');
  });
});

describe('a votes column that disagrees with the VOTES section', () => {
  const text = edit({ 8: '2;50;7;0' });

  test('is read silently by default (the rules count the votes), refused by strict', () => {
    assert.equal(parsePb(text).projects[1]?.votes, 7);
    refused(text, { strict: true }, 8, /^line 8: project "2": the votes column says 7, the VOTES section names it 1 times$/);
  });

  test('is reported with onWarning, on the project\'s line', () => {
    assert.deepEqual(read(text).warnings, [
      {
        line: 8,
        path: 'projects.votes',
        message: 'line 8: project "2": the votes column says 7, the VOTES section names it 1 times; left as written (the rules count the VOTES section)',
      },
    ]);
  });
});

describe('blanks in the selected column', () => {
  test('beside recorded values: not recorded, reported with onWarning, refused by strict', () => {
    const text = edit({ 8: '2;50;1;' });
    assert.equal(parsePb(text).projects[1]?.selected, undefined);
    assert.deepEqual(
      read(text).warnings.map((w) => w.message),
      ['line 8: selected is blank while other projects record 0 or 1; read as not recorded'],
    );
    refused(text, { strict: true }, 8, /selected is blank/);
  });

  test('a column left blank everywhere is no flaw: the outcome is simply not recorded', () => {
    assert.deepEqual(read(edit({ 7: '1;60;2;', 8: '2;50;1;' })).warnings, []);
    assert.doesNotThrow(() => parsePb(edit({ 7: '1;60;2;', 8: '2;50;1;' }), { strict: true }));
  });
});

test('a valid file: no warning, and the same instance in every mode', () => {
  const text = edit({});
  assert.deepEqual(read(text).warnings, []);
  assert.deepStrictEqual(parsePb(text, { strict: true }), parsePb(text));
});

test('VOTES must follow META and PROJECTS: a vote is checked when it is read', () => {
  const moved = lines(...ROWS.slice(0, 4), ...ROWS.slice(8), ...ROWS.slice(4, 8));
  refused(moved, undefined, 5, /^line 5: section VOTES comes before PROJECTS \(a \.pb file has META, PROJECTS, then VOTES\)$/);
});
