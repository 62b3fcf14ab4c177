/**
 * The page's clients get the SDK namespaces the loaded widgets ask for (`useNamespaces`), even
 * a client made before a widget's module ran, as a provider upgraded first makes one.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createMockServer } from '@budget-citoyen/mock-server/node';
import { namespaces } from '@budget-citoyen/sdk';
import { clientFor, resetSharedClients, useNamespaces } from '../src/base/client.js';

const BASE = 'http://clients.test/api/v1';
const { server } = createMockServer({ baseUrl: BASE, rateLimit: false });

describe('clientFor and useNamespaces', () => {
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  after(() => server.close());

  it('a client has campaigns, then every namespace a widget asks for, made before or after', async () => {
    resetSharedClients();
    const early = clientFor(BASE);
    assert.deepEqual(Object.keys(early), ['campaigns']);
    assert.equal((await early.campaigns.get('bc-2026')).id, 'bc-2026');

    useNamespaces({ projects: namespaces.projects, voters: namespaces.voters });
    assert.deepEqual(Object.keys(early).sort(), ['campaigns', 'projects', 'voters']);
    const page = await early.projects.list('bc-2026', { limit: 5 });
    assert.equal(page.items.length, 5);
    assert.equal(clientFor(BASE), early, 'one client per API base');

    const other = clientFor('http://other.test/api/v1');
    assert.deepEqual(Object.keys(other).sort(), ['campaigns', 'projects', 'voters']);
    resetSharedClients();
    assert.notEqual(clientFor(BASE), early);
  });
});
