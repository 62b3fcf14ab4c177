// The single-pass parser against the former staged one (reference-parse.ts) on generated files,
// valid and broken; and the streaming input against the string input, chunks cut anywhere.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { PbParseError, parsePb, parsePbStream, type PbInstance } from '@budget-citoyen/sdk/pabulib';
import { referenceParsePb } from './reference-parse.js';

const piece = fc.constantFrom('', ' ', 'a', 'é', '🙂', '"', '""', ';', ',', '\n', '\r\n', '\r', '0', '7', '12', '007', 'x y', 'META', 'VOTES', '__proto__');
const cell = fc.array(piece, { maxLength: 3 }).map((parts) => parts.join(''));
const quoted = (text: string) => (/[;"\r\n]/.test(text) || text.startsWith('"') ? `"${text.replaceAll('"', '""')}"` : text);
const row = (cells: string[]) => cells.map(quoted).join(';');

/** Mostly `usual`, now and then `odd`: most generated files must be valid to say much. */
const mostly = <T>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<T>) => fc.oneof({ weight: 30, arbitrary: usual }, { weight: 1, arbitrary: odd });

/** A .pb text built line by line, valid or nearly: the generators aim at every corner. */
const pbText = fc
  .record({
    eol: fc.constantFrom('\n', '\r\n', '\r'),
    bom: fc.boolean(),
    voteType: mostly(fc.constantFrom('approval', 'choose-1', 'cumulative', 'ordinal'), fc.constant('approve')),
    budget: mostly(fc.constantFrom('100', '75000.0'), fc.constantFrom('-1', 'x')),
    meta: fc.uniqueArray(fc.tuple(mostly(fc.constantFrom('unit', 'description', 'key', '__proto__'), cell), cell), { maxLength: 3, selector: ([key]) => key.trim() }),
    ids: fc.uniqueArray(fc.constantFrom('1', '2', '3', '10', '012', 'a', 'b c', 'é', '"q"'), { minLength: 1, maxLength: 5 }),
    costs: fc.array(mostly(fc.constantFrom('5', '0.5', '10'), fc.constantFrom('x', '')), { minLength: 5, maxLength: 5 }),
    extra: fc.option(cell, { nil: undefined }),
    voters: fc.uniqueArray(
      fc.record({
        id: mostly(fc.constantFrom('1', '2', '3', '10', '01', 'v', ' w '), fc.constant('')),
        picks: fc.nat({ max: 31 }),
        repeat: mostly(fc.constant(false), fc.constant(true)),
        unknown: mostly(fc.constant(false), fc.constant(true)),
        extra: cell,
      }),
      { maxLength: 6, selector: (voter) => voter.id },
    ),
    blank: fc.array(fc.nat({ max: 30 }), { maxLength: 2 }),
    cut: mostly(fc.constant(undefined), fc.nat({ max: 400 })),
  })
  .map(({ eol, bom, voteType, budget, meta, ids, costs, extra, voters, blank, cut }) => {
    const cardinal = voteType === 'cumulative';
    const lines = ['META', 'key;value', `budget;${budget}`, `vote_type;${voteType}`, ...meta.map(([k, v]) => row([k, v]))];
    lines.push('PROJECTS', row(['project_id', 'cost', 'votes', ...(extra === undefined ? [] : ['note'])]));
    ids.forEach((id, i) => lines.push(row([id, costs[i] ?? '1', '1', ...(extra === undefined ? [] : [extra])])));
    lines.push('VOTES', row(['voter_id', 'vote', ...(cardinal ? ['points'] : []), 'age']));
    for (const voter of voters) {
      const vote: string[] = ids.filter((_, i) => (voter.picks >> i) & 1);
      if (voter.repeat && vote.length > 0) vote.push(vote[0] as string);
      if (voter.unknown) vote.push('unknown');
      lines.push(row([voter.id, vote.join(','), ...(cardinal ? [vote.map((_, i) => String(i + 1)).join(',')] : []), voter.extra]));
    }
    for (const at of blank) lines.splice(Math.min(at, lines.length), 0, ' ');
    const text = (bom ? '\uFEFF' : '') + lines.join(eol) + eol;
    return cut === undefined ? text : text.slice(0, cut) + text.slice(cut + 1);
  });

type Outcome = { instance: PbInstance } | { line: number; message: string };

function outcome(read: () => PbInstance): Outcome {
  try {
    return { instance: read() };
  } catch (error) {
    if (!(error instanceof PbParseError)) throw error;
    return { line: error.line, message: error.message };
  }
}

async function outcomeAsync(read: () => Promise<PbInstance>): Promise<Outcome> {
  try {
    return { instance: await read() };
  } catch (error) {
    if (!(error instanceof PbParseError)) throw error;
    return { line: error.line, message: error.message };
  }
}

test('the single-pass parser reads every generated file as the staged one does (same instance, or both refuse)', () => {
  let read = 0;
  fc.assert(
    fc.property(pbText, (text) => {
      const ours = outcome(() => parsePb(text));
      if ('instance' in ours) read++;
      const reference = outcome(() => referenceParsePb(text));
      if ('instance' in reference || 'instance' in ours) {
        assert.ok('instance' in ours && 'instance' in reference, `one refuses: ${JSON.stringify('instance' in ours ? reference : ours)}`);
        assert.deepStrictEqual(ours.instance, reference.instance);
      } else {
        // Both refuse. Which problem is reported first may differ: the staged parser checks the
        // sections before the rows; this one reports the first problem in file order.
        assert.ok(ours.line >= 1 && ours.line <= text.split(/\r\n|\r|\n/).length, `line ${ours.line} is in the file`);
      }
    }),
    { numRuns: 1500 },
  );
  assert.ok(read > 500, `only ${read} of 1500 generated files were valid: the property would say little`);
});

/** Cuts `text` into chunks at the given positions: strings, or UTF-8 bytes (characters split). */
function chunksOf(text: string, cuts: number[], bytes: boolean): Array<string | Uint8Array> {
  const whole: string | Uint8Array = bytes ? new TextEncoder().encode(text) : text;
  const points = [...new Set(cuts.map((c) => c % (whole.length + 1)))].sort((a, b) => a - b);
  const chunks: Array<string | Uint8Array> = [];
  let from = 0;
  for (const to of [...points, whole.length]) {
    chunks.push(whole.slice(from, to));
    from = to;
  }
  return chunks;
}

async function* stream(chunks: Array<string | Uint8Array>): AsyncIterable<string | Uint8Array> {
  for (const chunk of chunks) yield chunk;
}

test('parsePbStream gives what parsePb gives, wherever the chunks are cut', async () => {
  await fc.assert(
    fc.asyncProperty(pbText, fc.array(fc.nat(), { maxLength: 12 }), fc.boolean(), async (text, cuts, bytes) => {
      const expected = outcome(() => parsePb(text));
      const streamed = await outcomeAsync(() => parsePbStream(stream(chunksOf(text, cuts, bytes))));
      assert.deepStrictEqual(streamed, expected);
    }),
    { numRuns: 600 },
  );
});

test('parsePbStream reads a ReadableStream, one character per chunk included', async () => {
  const text = 'META\r\nkey;value\r\nbudget;10\r\nPROJECTS\r\nproject_id;cost;name\r\n1;5;"Parc\r\n""vert"""\r\nVOTES\r\nvoter_id;vote\r\nv;1\r\n';
  const source = new ReadableStream<string>({
    start(controller) {
      for (const character of text) controller.enqueue(character);
      controller.close();
    },
  });
  assert.deepStrictEqual(await parsePbStream(source), parsePb(text));
});
