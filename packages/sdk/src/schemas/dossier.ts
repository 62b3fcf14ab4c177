import * as z from 'zod/mini';
import { CategoryId, Cents, CommuneCode, Email, Id, Instant, page, MultiLine, SingleLine } from './common.js';
import { HolderKind } from './project.js';

export const DossierHolder = z.object({
  name: SingleLine(120),
  email: Email,
  kind: HolderKind,
  organisation: z.optional(SingleLine(200)),
});
export type DossierHolder = z.infer<typeof DossierHolder>;

/** A dossier as submitted. It can never be modified afterwards. */
export const DossierRequest = z.object({
  holder: DossierHolder,
  /** The code of an attended comptoir registration, not used by another dossier. */
  comptoirCode: SingleLine(64),
  title: SingleLine(120),
  summary: MultiLine(300),
  description: MultiLine(10_000),
  requestedAmountCents: /* @__PURE__ */ Cents.check(z.minimum(1)),
  communeCode: CommuneCode,
  proposedCategory: z.optional(CategoryId),
  certifiesAccuracy: z.literal(true),
});
export type DossierRequest = z.infer<typeof DossierRequest>;

export const DossierReceipt = z.object({
  id: Id,
  status: z.literal('submitted'),
  /** The holder's only way back to the dossier: `GET …/dossiers/{id}?receipt=`. */
  receiptCode: z.string(),
});
export type DossierReceipt = z.infer<typeof DossierReceipt>;

export const DossierStatus = z.enum(['submitted', 'labelled', 'rejected']);
export type DossierStatus = z.infer<typeof DossierStatus>;

export const Decision = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('labelled'), category: CategoryId }),
  z.object({ decision: z.literal('rejected'), reason: MultiLine(2000) }),
]);
export type Decision = z.infer<typeof Decision>;

export const RecordedDecision = z.object({
  decision: z.enum(['labelled', 'rejected']),
  category: z.optional(CategoryId),
  reason: z.optional(z.string()),
  decidedAt: Instant,
});
export type RecordedDecision = z.infer<typeof RecordedDecision>;

/** `?receipt=`: the holder's way back to a dossier. */
export const HolderDossierQuery = z.object({ receipt: /* @__PURE__ */ z.string({ error: 'required' }).check(z.minLength(1)) });
export type HolderDossierQuery = z.infer<typeof HolderDossierQuery>;

/** What the holder sees with the receipt code. */
export const HolderDossier = z.object({
  id: Id,
  campaignId: Id,
  title: z.string(),
  status: DossierStatus,
  submittedAt: Instant,
  decision: z.nullable(RecordedDecision),
  /** The public project's id, once labelled. */
  projectId: z.nullable(Id),
});
export type HolderDossier = z.infer<typeof HolderDossier>;

/**
 * The committee's view: everything. A response, so checked with the cheapest zod that keeps
 * the contract (`./common.ts`): plain strings where the request trims, bounds and checks an
 * e-mail. It ships in the committee's console (`admin.js`), which these checks would put
 * ~0.5 KB brotli over its budget.
 */
export const AdminDossier = z.object({
  holder: z.object({ name: z.string(), email: z.string(), kind: HolderKind, organisation: z.optional(z.string()) }),
  comptoirCode: z.string(),
  title: z.string(),
  summary: z.string(),
  description: z.string(),
  requestedAmountCents: Cents,
  communeCode: z.string(),
  proposedCategory: z.optional(CategoryId),
  certifiesAccuracy: z.literal(true),
  id: Id,
  campaignId: Id,
  status: DossierStatus,
  submittedAt: Instant,
  receiptCode: z.string(),
  decision: z.nullable(RecordedDecision),
  projectId: z.nullable(Id),
});
export type AdminDossier = z.infer<typeof AdminDossier>;

export const AdminDossierPage = page(AdminDossier);
