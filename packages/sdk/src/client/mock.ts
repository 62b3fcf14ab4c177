import { MockOutbox } from '../schemas/mock.js';
import type { Http } from './http.js';

/**
 * Development controls of the mock server (`{base}/__mock/…`): a real API answers them 404.
 * `setClock` and `reset` are POSTs without an Idempotency-Key, so they are never retried.
 */
export function mock(http: Http) {
  return {
    /** Sets the mock's clock (an ISO instant with offset): phases open and close by it. */
    setClock: (now: string): Promise<void> => http.post('__mock/clock', undefined, { now }),
    /** Restores the seeded data (the same `seed` gives the same data). */
    reset: (seed?: number): Promise<void> => http.post('__mock/reset', undefined, seed === undefined ? {} : { seed }),
    /** The e-mails the mock would have sent (rejection notices, registration codes…). */
    outbox: (): Promise<MockOutbox> => http.get('__mock/outbox', MockOutbox),
  };
}
