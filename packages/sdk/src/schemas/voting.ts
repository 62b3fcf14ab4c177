import * as z from 'zod/mini';
import { CalendarDate, CommuneCode, Email, Id, Instant, Text } from './common.js';

export const VoterRequest = z.object({
  firstName: Text(100),
  lastName: Text(100),
  birthDate: CalendarDate,
  communeCode: CommuneCode,
  email: Email,
});
export type VoterRequest = z.infer<typeof VoterRequest>;

export const VoterSession = z.object({
  voterId: Id,
  /** Bearer token for the ballot endpoints, valid until `expiresAt`. */
  token: z.string().check(z.minLength(1)),
  expiresAt: Instant,
});
export type VoterSession = z.infer<typeof VoterSession>;

/** Category id → one project id, or several distinct ones when the edition allows it. */
export const Choices = z.record(Id, z.union([Id, z.array(Id)]));
export type Choices = z.infer<typeof Choices>;

export const BallotRequest = z.object({ choices: Choices });
export type BallotRequest = z.infer<typeof BallotRequest>;

export const BallotReceipt = z.object({
  receiptCode: z.string(),
  castAt: Instant,
  choices: Choices,
});
export type BallotReceipt = z.infer<typeof BallotReceipt>;

export const BallotState = z.object({
  status: z.enum(['empty', 'cast']),
  choices: z.optional(Choices),
  castAt: z.optional(Instant),
  receiptCode: z.optional(z.string()),
});
export type BallotState = z.infer<typeof BallotState>;
