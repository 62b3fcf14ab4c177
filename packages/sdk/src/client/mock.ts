import { getMockClock, getMockOutbox, resetMock, setMockClock } from '../contract/mock.js';
import type { MockClock, MockOutbox } from '../schemas/mock.js';
import { call } from './call.js';
import type { Http } from './http.js';

/**
 * Development controls of the mock server (`{base}/__mock/…`): a real API answers them 404.
 * `setClock` and `reset` are POSTs without an Idempotency-Key, so they are never retried.
 */
export function mock(http: Http) {
  return {
    /** The mock's clock, and whether it ticks. */
    clock: (): Promise<MockClock> => call(http, getMockClock, {}),
    /** Sets the mock's clock (an ISO instant with offset): phases open and close by it. */
    setClock: (now: string): Promise<void> => call(http, setMockClock, { body: { now } }),
    /** Restores the seeded data (the same `seed` gives the same data). */
    reset: (seed?: number): Promise<void> => call(http, resetMock, { body: seed === undefined ? {} : { seed } }),
    /** The e-mails the mock would have sent (rejection notices, registration codes…). */
    outbox: (): Promise<MockOutbox> => call(http, getMockOutbox, {}),
  };
}
