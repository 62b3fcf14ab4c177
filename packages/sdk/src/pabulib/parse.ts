import type { ParsePbOptions } from './flaws.js';
import { PbReader } from './reader.js';
import type { PbInstance } from './types.js';

/**
 * Reads a pabulib `.pb` text (UTF-8 BOM and CRLF accepted). Everything a rule relies on is
 * checked here, so that a rule never meets a half-valid instance: each problem is a
 * `PbParseError` naming the line. Without options, a project named twice in a vote and cells
 * past the header are refused; `onWarning` reads past such flaws of real files, `strict`
 * refuses more (see `ParsePbOptions`).
 */
export function parsePb(text: string, options?: ParsePbOptions): PbInstance {
  const reader = new PbReader(options);
  reader.push(text);
  return reader.end();
}

/** Text as it arrives: a stream's chunks, strings or UTF-8 bytes. */
export type PbSource = AsyncIterable<string | Uint8Array> | ReadableStream<string | Uint8Array>;

/**
 * `parsePb` over text that arrives in pieces (a `fetch` body, a file read in chunks), with the
 * same result: the text is read as it comes, never held whole, so memory holds the instance
 * and one chunk. Bytes are decoded as UTF-8, a character split across chunks included.
 */
export async function parsePbStream(source: PbSource, options?: ParsePbOptions): Promise<PbInstance> {
  const reader = new PbReader(options);
  const decoder = new TextDecoder(); // as Node's readFile(…, 'utf8'): invalid bytes become U+FFFD
  for await (const chunk of chunks(source)) {
    reader.push(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
  }
  reader.push(decoder.decode());
  return reader.end();
}

/** Not every browser makes a `ReadableStream` async-iterable yet. */
async function* chunks(source: PbSource): AsyncIterable<string | Uint8Array> {
  if (Symbol.asyncIterator in source) {
    yield* source as AsyncIterable<string | Uint8Array>;
    return;
  }
  const reader = (source as ReadableStream<string | Uint8Array>).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
