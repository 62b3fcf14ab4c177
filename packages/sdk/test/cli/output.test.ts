import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { euros, toCsv, toTable } from '../../src/cli/output.js';
import { parseCsv } from './helpers.js';

describe('toCsv (RFC 4180)', () => {
  test('quotes only what needs it, doubles quotes, ends every record with CRLF', () => {
    const text = toCsv(['a', 'b'], [
      ['plain', 'with, comma'],
      ['say "hi"', 'two\nlines'],
      [null, undefined],
      [3, false],
    ]);
    assert.equal(text, 'a,b\r\nplain,"with, comma"\r\n"say ""hi""","two\nlines"\r\n,\r\n3,false\r\n');
  });

  test('any text reads back as written', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'binary' }), { minLength: 2, maxLength: 2 }), { maxLength: 10 }), (rows) => {
        assert.deepEqual(parseCsv(toCsv(['x', 'y'], rows)), [['x', 'y'], ...rows]);
      }),
    );
  });
});

describe('toTable', () => {
  test('pads columns to their widest cell (in characters), right-aligns numbers, flattens line breaks', () => {
    const text = toTable([{ title: 'ID' }, { title: 'AMOUNT', align: 'right' }, { title: 'TITLE' }], [
      ['p-1', '12.00', 'Café « Éclair »'],
      ['p-22', '3.50', 'two\nlines'],
    ]);
    assert.equal(text, 'ID    AMOUNT  TITLE\np-1    12.00  Café « Éclair »\np-22    3.50  two lines\n');
  });
});

test('euros: two decimals, a dot, exact', () => {
  assert.deepEqual([0, 5, 900050, 123456789, -250].map(euros), ['0.00', '0.05', '9000.50', '1234567.89', '-2.50']);
});
