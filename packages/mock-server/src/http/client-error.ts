/**
 * What Node's HTTP parser refuses before any handler sees it (an unknown method, a URL or
 * headers over `maxHeaderSize`, broken framing, a body cut short), answered as any other
 * refusal: a problem document with the CORS headers, written straight onto the socket, then
 * closed. Node's own answer is a bare status line that a page's script cannot even read.
 */
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { ApiProblem } from './problem.js';
import { EXPOSED_HEADERS } from './respond.js';

/** The methods this server answers: what a `405` for an unknown one allows. */
const ALLOW = 'GET, HEAD, POST, OPTIONS';

/** The problem for an error of Node's parser (`clientError`). */
export function parserProblem(error: Error & { code?: string; rawPacket?: Buffer }, maxHeaderSize: number): ApiProblem {
  switch (error.code) {
    case 'HPE_HEADER_OVERFLOW':
      return new ApiProblem('headers_too_large', { detail: `The request line and headers must not exceed ${maxHeaderSize / 1024} KB: shorten the URL.` });
    case 'HPE_INVALID_METHOD':
      // A method this parser does not know, as in `FOO /api/v1 HTTP/1.1`; anything else is not HTTP.
      if (/^[!#$%&'*+.^_`|~\w-]+ \S+ HTTP\/1\.[01]\r?\n/.test(error.rawPacket?.toString('latin1') ?? '')) {
        return new ApiProblem('method_not_allowed', { detail: `This server answers ${ALLOW} only.`, headers: { Allow: ALLOW } });
      }
      break;
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return new ApiProblem('payload_too_large', { detail: 'The chunk extensions of the request body are too large.' });
    case 'HPE_INVALID_EOF_STATE':
      return new ApiProblem('validation_failed', { detail: 'The request was cut short: the connection ended before its body did.' });
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return new ApiProblem('validation_failed', { detail: 'The request did not arrive in time.' });
  }
  return new ApiProblem('validation_failed', { detail: 'The request is not valid HTTP/1.1.' });
}

/** `problem` as a whole HTTP/1.1 answer that closes the connection. */
export function rawProblemResponse(problem: ApiProblem): string {
  const body = JSON.stringify(problem.toJSON());
  const headers: Record<string, string> = {
    'Content-Type': 'application/problem+json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Expose-Headers': EXPOSED_HEADERS,
    ...problem.headers,
    Connection: 'close',
  };
  const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join('');
  return `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status] ?? ''}\r\n${head}\r\n${body}`;
}

/** Writes `problem` and closes, if the socket can still take it and no answer has begun on it. */
export function answerOnSocket(socket: Duplex, problem: ApiProblem, answering: boolean): void {
  if (!socket.writable || answering) {
    socket.destroy();
    return;
  }
  socket.end(rawProblemResponse(problem));
}
