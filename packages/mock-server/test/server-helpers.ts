/**
 * Helpers for tests of a running server, over real HTTP: what a client does, nothing reached
 * inside the process.
 */
import assert from 'node:assert/strict';

export const jsonPost = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

/**
 * A voter's token from the server at `url` (`…/api/v1`): straight from the registration
 * (contract 1.0), or after the code it e-mails, read in the outbox of the mock's controls (1.1).
 */
export async function registerVoter(url: string, campaignId: string, voter: { email: string } & Record<string, string>): Promise<string> {
  const response = await fetch(`${url}/campaigns/${campaignId}/voters`, jsonPost(voter));
  const body = await response.json();
  assert.ok(response.status === 201 || response.status === 202, JSON.stringify(body));
  if (body.token) return body.token as string;
  const outbox = await (await fetch(`${url}/__mock/outbox?to=${encodeURIComponent(voter.email)}`)).json();
  const code = /^(\d{6})$/m.exec(outbox.items.at(-1).body)?.[1];
  assert.ok(code, 'the code is in the e-mail');
  const verified = await fetch(`${url}/campaigns/${campaignId}/voters/verify`, jsonPost({ verificationId: body.verificationId, code }));
  const session = await verified.json();
  assert.equal(verified.status, 201, JSON.stringify(session));
  return session.token as string;
}
