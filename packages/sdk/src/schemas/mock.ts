import * as z from 'zod/mini';
import { Instant, StrictInstant } from './common.js';

/** Development controls of the mock server (`/__mock/…`); not part of the real API. */
export const MockClockRequest = z.object({ now: StrictInstant });
export const MockClock = z.object({ now: Instant, running: z.boolean() });
export type MockClock = z.infer<typeof MockClock>;
export const MockResetRequest = z.object({ seed: z.optional(/* @__PURE__ */ z.int()) });
export const MockOutbox = z.object({
  items: z.array(z.object({ to: z.string(), subject: z.string(), body: z.string(), sentAt: Instant })),
});
export type MockOutbox = z.infer<typeof MockOutbox>;
