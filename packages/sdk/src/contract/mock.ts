/**
 * The mock server's own routes: its index and its development controls. A real API answers
 * them 404; openapi.json leaves them out.
 */
import { MockClock, MockClockRequest, MockOutbox, MockResetRequest } from '../schemas/mock.js';
import type { Endpoint } from './endpoint.js';

export const getIndex = { method: 'GET', path: '/', mock: true } as const satisfies Endpoint;

export const getMockClock = { method: 'GET', path: '/__mock/clock', response: MockClock, mock: true } as const satisfies Endpoint;

/** Its answer (the clock) is not read by the client: `response` is left out. */
export const setMockClock = { method: 'POST', path: '/__mock/clock', body: MockClockRequest, mock: true } as const satisfies Endpoint;

export const resetMock = { method: 'POST', path: '/__mock/reset', body: MockResetRequest, mock: true } as const satisfies Endpoint;

export const getMockOutbox = { method: 'GET', path: '/__mock/outbox', response: MockOutbox, mock: true } as const satisfies Endpoint;

export const getMockConfig = { method: 'GET', path: '/__mock/config', mock: true } as const satisfies Endpoint;

/** Latency, failures and rate limits; the mock checks its body field by field. */
export const setMockConfig = { method: 'POST', path: '/__mock/config', mock: true } as const satisfies Endpoint;
