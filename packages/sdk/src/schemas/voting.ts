import * as z from 'zod/mini';
import { CalendarDate, CommuneCode, Email, Id, Instant, SingleLine } from './common.js';

export const VoterRequest = z.object({
  firstName: SingleLine(100),
  lastName: SingleLine(100),
  birthDate: CalendarDate,
  communeCode: CommuneCode,
  email: Email,
});
export type VoterRequest = z.infer<typeof VoterRequest>;

/**
 * `POST …/voters` answers this (changed in 1.1): a 6-digit code is on its way to the e-mail
 * address; `POST …/voters/verify` with it gives the {@link VoterSession}.
 */
export const VoterVerification = z.object({
  verificationId: Id,
  /** When the code dies (15 minutes after it was sent, by the server's clock). */
  expiresAt: Instant,
  /** From when a new code may be asked for, with the same registration (at least 30 s later). */
  resendAfter: Instant,
});
export type VoterVerification = z.infer<typeof VoterVerification>;

/** The code e-mailed for a registration, given back. */
export const VerifyRequest = z.object({
  verificationId: Id,
  code: /* @__PURE__ */ z.string().check(z.regex(/^\d{6}$/)),
});
export type VerifyRequest = z.infer<typeof VerifyRequest>;

/** `POST …/voters/verify` answers this: the voter, and a token that proves control of the e-mail. */
export const VoterSession = z.object({
  voterId: Id,
  /** Bearer token for the ballot endpoints, valid until `expiresAt`. */
  token: /* @__PURE__ */ z.string().check(z.minLength(1)),
  expiresAt: Instant,
});
export type VoterSession = z.infer<typeof VoterSession>;

const ProjectIds = z.union([Id, z.array(Id)]);
/** Category id → one project id, or several distinct ones when the edition allows it. */
export const Choices = z.record(Id, ProjectIds);
export type Choices = z.infer<typeof Choices>;
/**
 * {@link Choices} as the API sends them back: the same values, under keys left unchecked (they
 * are the server's own category ids). `z.record`'s key checking costs the CDN script ~0.5 KB
 * brotli; an object's catch-all costs nothing more.
 */
const ChoicesSent = z.catchall(z.object({}), ProjectIds);

export const BallotRequest = z.object({ choices: Choices });
export type BallotRequest = z.infer<typeof BallotRequest>;

export const BallotReceipt = z.object({
  receiptCode: z.string(),
  castAt: Instant,
  choices: ChoicesSent,
});
export type BallotReceipt = z.infer<typeof BallotReceipt>;

export const BallotState = z.object({
  status: z.enum(['empty', 'cast']),
  choices: z.optional(ChoicesSent),
  castAt: z.optional(Instant),
  receiptCode: z.optional(z.string()),
});
export type BallotState = z.infer<typeof BallotState>;
