import * as z from 'zod/mini';
import { CategoryId, Cents, Count, Id, Instant, page } from './common.js';

export const PHASE_IDS = ['comptoirs', 'depot', 'labellisation', 'vote', 'resultats'] as const;
export const PhaseId = z.enum(PHASE_IDS);
export type PhaseId = z.infer<typeof PhaseId>;

export const Phase = z.object({ id: PhaseId, start: Instant, end: Instant });
export type Phase = z.infer<typeof Phase>;

export const Category = z.object({
  id: CategoryId,
  name: z.string(),
  envelopeCents: Cents,
  /** 1 is served first when leftovers are passed on. */
  rolloverRank: /* @__PURE__ */ z.int().check(z.minimum(1)),
});
export type Category = z.infer<typeof Category>;

export const VotingSettings = z.object({
  minAge: /* @__PURE__ */ z.int().check(z.minimum(0)),
  choicesPerCategory: /* @__PURE__ */ z.int().check(z.minimum(1)),
  liveResults: z.boolean(),
  minVotes: Count,
});
export type VotingSettings = z.infer<typeof VotingSettings>;

export const Campaign = z.object({
  id: Id,
  title: z.string(),
  territory: z.object({ code: z.string(), name: z.string() }),
  phases: z.array(Phase),
  /** The latest-starting phase open at the server's clock; `null` between phases. */
  currentPhase: z.nullable(PhaseId),
  categories: z.array(Category),
  voting: VotingSettings,
  /** The server's clock: use it, not the device's, for "upcoming", "past" and countdowns. */
  now: Instant,
});
export type Campaign = z.infer<typeof Campaign>;

export const CampaignPage = page(Campaign);
