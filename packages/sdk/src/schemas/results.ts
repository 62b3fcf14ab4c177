import * as z from 'zod/mini';
import { CategoryId, Cents, Count, Id, Instant } from './common.js';

export const ResultProject = z.object({
  projectId: Id,
  votes: Count,
  rank: /* @__PURE__ */ z.int().check(z.minimum(1)),
  funded: z.boolean(),
  fundedFrom: z.nullable(z.enum(['envelope', 'rollover'])),
});
export type ResultProject = z.infer<typeof ResultProject>;

export const ResultCategory = z.object({
  id: CategoryId,
  envelopeCents: Cents,
  /** All that the category's projects receive, rollover included. */
  spentCents: Cents,
  /** The part of `spentCents` that came from the pool of leftovers. */
  rolloverInCents: Cents,
  projects: z.array(ResultProject),
});
export type ResultCategory = z.infer<typeof ResultCategory>;

export const Results = z.object({
  status: z.enum(['provisional', 'final']),
  /** When the counted ballots last changed: an unchanged result keeps its body and ETag. */
  computedAt: Instant,
  ballots: z.object({ cast: Count, annulled: Count, counted: Count }),
  categories: z.array(ResultCategory),
  rollover: z.object({ poolCents: Cents, unallocatedCents: Cents }),
});
export type Results = z.infer<typeof Results>;
