/**
 * 1,000 people register at once for a 30-seat comptoir. Handlers are async and a random
 * latency makes them interleave; the seat count and the insert are one synchronous step of
 * the store, so exactly 30 are confirmed.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Registration } from '@budget-citoyen/sdk/schemas';
import { T, createTestApi } from './helpers.js';

test('1,000 concurrent registrations for 30 seats: 30 confirmed, 970 waitlisted', async () => {
  const t = createTestApi({ config: { latencyMs: [0, 15] } });
  t.api.clock.set(Date.parse(T.comptoirsOpen));
  const comptoir = t.api.store.comptoir('bc-2026', 'cpt-2026-lievin');
  assert.equal(comptoir.capacity, 30);
  assert.equal(t.api.store.confirmedCount(comptoir.id), 0);

  const replies = await Promise.all(
    Array.from({ length: 1000 }, async (_, i) => {
      // Each person is a client of their own, as on a real evening of registrations.
      const reply = await t.post(
        `/campaigns/bc-2026/comptoirs/${comptoir.id}/registrations`,
        { name: `Personne ${i}`, email: `personne.${i}@example.org` },
        { 'Idempotency-Key': `reg-${i}` },
        `10.0.${i >> 8}.${i & 255}`,
      );
      assert.equal(reply.status, 201, reply.text);
      return Registration.parse(reply.body);
    }),
  );
  assert.equal(replies.filter((r) => r.status === 'confirmed').length, 30);
  assert.equal(replies.filter((r) => r.status === 'waitlisted').length, 970);
  assert.equal(new Set(replies.map((r) => r.code)).size, 1000);
  assert.equal(t.api.store.confirmedCount(comptoir.id), 30);

  const listed = await t.get('/campaigns/bc-2026/comptoirs?arrondissement=627');
  const lievin = listed.body.items.find((c: { id: string }) => c.id === comptoir.id);
  assert.equal(lievin.seatsLeft, 0);
  assert.equal(lievin.registration, 'full');
});

test('concurrent retries of one registration (same Idempotency-Key) record it once', async () => {
  const t = createTestApi({ config: { latencyMs: [0, 10] } });
  t.api.clock.set(Date.parse(T.comptoirsOpen));
  const replies = await Promise.all(
    Array.from({ length: 20 }, () =>
      t.post('/campaigns/bc-2026/comptoirs/cpt-2026-berck/registrations', { name: 'Rémi Queval', email: 'remi.queval@example.org' }, { 'Idempotency-Key': 'same-key' }, '192.0.2.7'),
    ),
  );
  assert.ok(replies.every((r) => r.status === 201));
  assert.equal(new Set(replies.map((r) => r.text)).size, 1);
  assert.equal(t.api.store.registrations('cpt-2026-berck').filter((r) => r.email === 'remi.queval@example.org').length, 1);
});
