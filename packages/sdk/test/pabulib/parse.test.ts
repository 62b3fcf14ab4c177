import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isRuleInputError } from '@budget-citoyen/sdk';
import { PbParseError, parsePb, writePb } from '@budget-citoyen/sdk/pabulib';

const lines = (...rows: string[]) => rows.join('\n') + '\n';

const VALID = lines(
  'META',
  'key;value',
  'budget;100',
  'vote_type;approval',
  'rule;greedy',
  'PROJECTS',
  'project_id;cost;votes;name;category;selected;extra',
  '1;60;2;"Parc; ""vert""";culture,sport;1;x',
  '2;50.5;1;Piste;;0;',
  'VOTES',
  'voter_id;vote;age',
  'a;1,2;30',
  'b;1;',
);

describe('parsePb reads the format', () => {
  test('typed accessors, unknown columns kept as text, quoted cells unescaped', () => {
    const instance = parsePb(VALID);
    assert.deepEqual(instance.meta, { budget: '100', vote_type: 'approval', rule: 'greedy' });
    assert.deepEqual(instance.projectColumns, ['project_id', 'cost', 'votes', 'name', 'category', 'selected', 'extra']);
    const [first, second] = instance.projects;
    assert.equal(first?.name, 'Parc; "vert"');
    assert.deepEqual(first?.category, ['culture', 'sport']);
    assert.equal(first?.selected, true);
    assert.equal(first?.fields.extra, 'x');
    assert.equal(second?.cost, 50.5);
    assert.equal(second?.selected, false);
    assert.deepEqual(second?.category, []);
    assert.equal(second?.score, undefined);
    assert.deepEqual(instance.votes[0]?.vote, ['1', '2']);
    assert.equal(instance.votes[0]?.points, undefined);
    assert.equal(instance.votes[1]?.fields.age, '');
  });

  test('BOM, CRLF and lone CR give the same instance as LF', () => {
    const expected = parsePb(VALID);
    assert.deepStrictEqual(parsePb('\uFEFF' + VALID), expected);
    assert.deepStrictEqual(parsePb(VALID.replaceAll('\n', '\r\n')), expected);
    assert.deepStrictEqual(parsePb(VALID.replaceAll('\n', '\r')), expected);
  });

  test('a META section without its key;value header, blank lines and a missing final newline are accepted', () => {
    const text = VALID.replace('key;value\n', '').replace('PROJECTS', '\nPROJECTS').trimEnd();
    assert.deepStrictEqual(parsePb(text), parsePb(VALID));
  });

  test('cumulative ballots carry points; an empty ballot is an empty list', () => {
    const instance = parsePb(
      lines('META', 'key;value', 'budget;10', 'vote_type;cumulative', 'PROJECTS', 'project_id;cost', '1;5', '2;5', 'VOTES', 'voter_id;vote;points', 'a;1,2;3, 2', 'b;;'),
    );
    assert.deepEqual(instance.votes[0]?.points, [3, 2]);
    assert.deepEqual(instance.votes[1]?.vote, []);
    assert.deepEqual(instance.votes[1]?.points, []);
  });

  test('a quoted cell keeps its line breaks, and later lines are still numbered right', () => {
    const text = lines('META', 'key;value', 'description;"two', 'lines"', 'budget;1', 'PROJECTS', 'project_id;cost', '1;oops', 'VOTES', 'voter_id;vote');
    assert.throws(() => parsePb(text), (error: unknown) => error instanceof PbParseError && error.line === 8);
    const fixed = parsePb(text.replace('oops', '1'));
    assert.equal(fixed.meta.description, 'two\nlines');
    assert.deepStrictEqual(parsePb(writePb(fixed)), fixed);
  });
});

/** Replaces line `n` (1-based) of VALID, or inserts after it. */
function edit(n: number, replacement: string | null, insert = false): string {
  const rows = VALID.split('\n');
  if (insert) rows.splice(n, 0, replacement ?? '');
  else if (replacement === null) rows.splice(n - 1, 1);
  else rows[n - 1] = replacement;
  return rows.join('\n');
}

const ERRORS: ReadonlyArray<{ kind: string; text: string; line: number; says: RegExp }> = [
  { kind: 'missing section', text: VALID.slice(0, VALID.indexOf('VOTES')), line: 9, says: /missing section VOTES/ },
  { kind: 'section twice', text: VALID + 'META\n', line: 14, says: /section META appears a second time \(first at line 1\)/ },
  { kind: 'data before the first section', text: 'budget;1\n' + VALID, line: 1, says: /before the first section/ },
  { kind: 'META row with 3 columns', text: edit(4, 'vote_type;approval;x'), line: 4, says: /expected 2 columns, found 3/ },
  { kind: 'duplicate META key', text: edit(4, 'budget;200'), line: 4, says: /duplicate META key "budget" \(first at line 3\)/ },
  { kind: 'non-numeric budget', text: edit(3, 'budget;cent'), line: 3, says: /budget "cent" is not a non-negative decimal/ },
  { kind: 'unknown vote_type', text: edit(4, 'vote_type;approve'), line: 4, says: /unknown vote_type "approve"/ },
  { kind: 'header lacking cost', text: edit(7, 'project_id;price;votes;name;category;selected;extra'), line: 7, says: /lacks the column cost/ },
  { kind: 'duplicate column', text: edit(11, 'voter_id;vote;vote'), line: 11, says: /duplicate column "vote"/ },
  { kind: 'wrong column count', text: edit(9, '2;50;1;Piste;;0'), line: 9, says: /6 columns, the header has 7/ },
  { kind: 'unterminated quote', text: edit(8, '1;60;2;"Parc;culture;1;x'), line: 8, says: /unterminated quoted cell/ },
  { kind: 'text after a closing quote', text: edit(8, '1;60;2;"Parc"x;culture;1;1;x'), line: 8, says: /after a closing quote/ },
  { kind: 'non-numeric cost', text: edit(9, '2;50 €;1;Piste;;0;'), line: 9, says: /cost "50 €" is not a non-negative decimal/ },
  { kind: 'negative cost', text: edit(9, '2;-5;1;Piste;;0;'), line: 9, says: /cost "-5"/ },
  { kind: 'non-numeric votes', text: edit(9, '2;50;many;Piste;;0;'), line: 9, says: /votes "many" is not a number/ },
  { kind: 'bad selected', text: edit(9, '2;50;1;Piste;;yes;'), line: 9, says: /selected "yes" is not 0 or 1/ },
  { kind: 'duplicate project id', text: edit(9, '1;50;1;Piste;;0;'), line: 9, says: /duplicate project_id "1"/ },
  { kind: 'vote for an unknown project', text: edit(13, 'b;3;'), line: 13, says: /unknown project "3"/ },
  { kind: 'project twice in a vote', text: edit(12, 'a;1,1;30'), line: 12, says: /names project "1" twice/ },
  { kind: 'duplicate voter id', text: edit(13, 'a;1;'), line: 13, says: /duplicate voter_id "a"/ },
  { kind: 'choose-1 vote naming two projects', text: edit(4, 'vote_type;choose-1'), line: 12, says: /choose-1 vote names one project/ },
  { kind: 'cumulative votes without points', text: edit(4, 'vote_type;cumulative'), line: 11, says: /lacks the column points/ },
];

describe('parsePb names the line of each problem', () => {
  for (const { kind, text, line, says } of ERRORS) {
    test(kind, () => {
      assert.throws(
        () => parsePb(text),
        (error: unknown) => {
          assert.ok(error instanceof PbParseError, 'a PbParseError');
          assert.ok(isRuleInputError(error), 'in the RuleInputError family');
          assert.equal(error.code, 'invalid_input');
          assert.equal(error.line, line);
          assert.match(error.message, new RegExp(`^line ${line}: `));
          assert.match(error.message, says);
          return true;
        },
      );
    });
  }

  test('points that do not match the ballot, on a CRLF file with BOM', () => {
    const text = '\uFEFF' + lines('META', 'key;value', 'budget;10', 'vote_type;scoring', 'PROJECTS', 'project_id;cost', '1;5', '2;5', 'VOTES', 'voter_id;vote;points', 'a;1,2;3', 'b;1;x');
    assert.throws(() => parsePb(text.replaceAll('\n', '\r\n')), /^PbParseError: line 11: points has 1 items for 2 voted projects/);
    assert.throws(() => parsePb(text.replace('a;1,2;3', 'a;1,2;3,1')), /line 12: points item "x" is not a number/);
  });
});
