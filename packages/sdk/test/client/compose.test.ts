/** composeClient: only the namespaces named, each behaving as createClient's (one shared http). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { http, HttpResponse } from 'msw';
import { composeClient, createClient, namespaces } from '@budget-citoyen/sdk';
import { BASE, campaign, useServer } from './fixtures.js';

const server = useServer();

test('has the namespaces named and no other; calls go through the options given', async () => {
  const seen: Request[] = [];
  server.use(
    http.get(`${BASE}/campaigns/:id`, ({ request }) => {
      seen.push(request);
      return HttpResponse.json(campaign, { headers: { ETag: '"c1"' } });
    }),
  );
  const client = composeClient({ baseUrl: BASE, headers: { 'X-Site': 'calais' } }, { campaigns: namespaces.campaigns });
  assert.deepEqual(Object.keys(client), ['campaigns']);
  assert.equal((client as Record<string, unknown>).admin, undefined);
  assert.deepEqual(await client.campaigns.get(campaign.id), await createClient({ baseUrl: BASE }).campaigns.get(campaign.id));
  assert.equal(seen[0]!.headers.get('x-site'), 'calais');
});

test('every namespace of createClient can be composed, and none is missing from `namespaces`', () => {
  const full = createClient({ baseUrl: BASE });
  const composed = composeClient({ baseUrl: BASE }, namespaces);
  assert.deepEqual(Object.keys(composed).sort(), Object.keys(full).sort());
  for (const name of Object.keys(full) as Array<keyof typeof full>) {
    assert.deepEqual(Object.keys(composed[name as keyof typeof composed]).sort(), Object.keys(full[name]).sort(), name);
  }
});
