/**
 * A request body read off a Node socket (the standalone server), up to `limit` bytes. Past the
 * limit, the rest is read and thrown away up to `cap`, so that the client, which is still
 * sending, gets to read the `413` answered after: closing on a sender makes its system reset the
 * connection, and most clients then report the reset, not the answer.
 */
import type { IncomingMessage } from 'node:http';

/** How much of a body over the limit is read (and discarded) before answering `413`. */
export const DRAIN_CAP_BYTES = 25 * 1024 * 1024;

export type Upload =
  | { ok: true; body: Uint8Array }
  /** `too_large`: over the limit (`drained`: read to its end, the client is listening); `cut_short`: the connection ended mid-body. */
  | { ok: false; reason: 'too_large'; drained: boolean }
  | { ok: false; reason: 'cut_short' };

export function readUpload(req: IncomingMessage, limit: number, cap = DRAIN_CAP_BYTES): Promise<Upload> {
  const declared = Number(req.headers['content-length']);
  // Announced over the cap: not worth reading; answered at once.
  if (Number.isFinite(declared) && declared > cap) return Promise.resolve({ ok: false, reason: 'too_large', drained: false });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const settle = (upload: Upload) => {
      req.off('data', onData).off('end', onEnd).off('error', onCut).off('close', onCut);
      resolve(upload);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size <= limit) chunks.push(chunk);
      else if (size > cap) {
        req.pause();
        settle({ ok: false, reason: 'too_large', drained: false });
      }
    };
    const onEnd = () => settle(size > limit ? { ok: false, reason: 'too_large', drained: true } : { ok: true, body: new Uint8Array(Buffer.concat(chunks)) });
    const onCut = () => settle({ ok: false, reason: 'cut_short' });
    req.on('data', onData).on('end', onEnd).on('error', onCut).on('close', onCut);
  });
}
