/** Reading a JSON body the careful way: size first, then media type, then depth, then syntax. */
import { ApiProblem } from './problem.js';

export const MAX_BODY_BYTES = 64 * 1024;
/** Arrays and objects nested deeper than this are refused before anything recursive reads them. */
export const MAX_JSON_DEPTH = 64;

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

export interface JsonBody {
  /** `undefined` for an empty body. */
  value: unknown;
  text: string;
}

export async function readJson(request: Request, options: { optional?: boolean } = {}): Promise<JsonBody> {
  const declared = Number(request.headers.get('Content-Length'));
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) throw tooLarge();
  let text: string;
  try {
    text = await request.text();
  } catch {
    throw new ApiProblem('validation_failed', { detail: 'The request body could not be read.', errors: [{ path: '', message: 'unreadable body' }] });
  }
  if (new TextEncoder().encode(text).byteLength > MAX_BODY_BYTES) throw tooLarge();
  const contentType = request.headers.get('Content-Type');
  if (text.trim() === '') {
    if (contentType && !JSON_TYPE.test(contentType)) throw unsupported(contentType);
    if (options.optional) return { value: undefined, text };
    throw new ApiProblem('validation_failed', { detail: 'A JSON body is required.', errors: [{ path: '', message: 'required' }] });
  }
  if (!contentType || !JSON_TYPE.test(contentType)) throw unsupported(contentType);
  if (jsonDepth(text) > MAX_JSON_DEPTH) {
    throw new ApiProblem('validation_failed', {
      detail: `The request body nests arrays and objects more than ${MAX_JSON_DEPTH} deep.`,
      errors: [{ path: '', message: `nested deeper than ${MAX_JSON_DEPTH}` }],
    });
  }
  try {
    return { value: JSON.parse(text), text };
  } catch (error) {
    throw new ApiProblem('validation_failed', {
      detail: 'The request body is not valid JSON.',
      errors: [{ path: '', message: error instanceof Error ? error.message : 'malformed JSON' }],
    });
  }
}

/**
 * How deep `[` and `{` nest in `text`, brackets inside strings aside: one loop, no recursion,
 * so that no depth can overflow a stack here, in `JSON.parse`, or in what reads its result
 * (schemas, the Idempotency-Key's canonical JSON). Malformed text gets a number too; the parse says the rest.
 */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

function tooLarge(): ApiProblem {
  return new ApiProblem('payload_too_large', { detail: `The request body must not exceed ${MAX_BODY_BYTES / 1024} KB.` });
}

function unsupported(contentType: string | null): ApiProblem {
  return new ApiProblem('unsupported_media_type', {
    detail: `Send the body as application/json${contentType ? `, not ${contentType.split(';')[0]}` : ' (the Content-Type header is missing)'}.`,
    headers: { 'Accept-Post': 'application/json' },
  });
}
