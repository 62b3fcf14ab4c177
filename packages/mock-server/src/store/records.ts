/** What the store keeps. Instants are epoch milliseconds; they become ISO text only in responses. */
import type { Category, Choices, DossierRequest, HolderKind, PhaseId, VoterRequest, VotingSettings } from '@budget-citoyen/sdk/schemas';

export interface PhaseRecord {
  id: PhaseId;
  start: number;
  end: number;
}

export interface CampaignRecord {
  id: string;
  title: string;
  territory: { code: string; name: string };
  phases: PhaseRecord[];
  categories: Category[];
  voting: VotingSettings;
}

export interface ProjectRecord {
  id: string;
  campaignId: string;
  dossierId: string;
  title: string;
  summary: string;
  description: string;
  category: string;
  requestedAmountCents: number;
  holder: { name: string; kind: HolderKind };
  communeCode: string;
  image?: { url: string; alt: string };
  tags: string[];
  labelledAt: number;
}

export interface ComptoirRecord {
  id: string;
  campaignId: string;
  title: string;
  description: string;
  start: number;
  end: number;
  format: 'in-person' | 'online';
  venue?: { name: string; address: string; communeCode: string };
  onlineUrl?: string;
  capacity: number;
}

export interface RegistrationRecord {
  id: string;
  campaignId: string;
  comptoirId: string;
  name: string;
  email: string;
  code: string;
  status: 'confirmed' | 'waitlisted';
  attended: boolean;
  usedByDossierId: string | null;
  createdAt: number;
}

export interface DecisionRecord {
  decision: 'labelled' | 'rejected';
  category?: string;
  reason?: string;
  decidedAt: number;
}

export interface DossierRecord {
  id: string;
  campaignId: string;
  request: DossierRequest;
  status: 'submitted' | 'labelled' | 'rejected';
  submittedAt: number;
  receiptCode: string;
  decision: DecisionRecord | null;
  projectId: string | null;
}

export interface VoterRecord {
  id: string;
  campaignId: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  communeCode: string;
  email: string;
  /** `identityKey(firstName, lastName, birthDate)`: who this is, whatever the e-mail. */
  identity: string;
  createdAt: number;
}

/**
 * A registration waiting for its e-mailed code (or done with it). Nothing of the voter exists
 * until the code comes back: then the voter is found by e-mail, or created from `request`.
 */
export interface VerificationRecord {
  id: string;
  campaignId: string;
  /** What was registered, already checked (age, commune, the e-mail's owner). */
  request: VoterRequest;
  /** `identityKey` of the request's names and birth date. */
  identity: string;
  /** Six digits. Kept as it is: the mock's outbox holds it anyway. */
  code: string;
  expiresAt: number;
  resendAfter: number;
  triesLeft: number;
  /** Wrong codes already counted: the same one again is the same try (a retry), not another. */
  wrongCodes: string[];
  /** Dead before its time: a fifth wrong code, or a newer code for the same e-mail. */
  voided: 'tries' | 'replaced' | null;
  /** The session its code gave: the same code again gives it again (a retry whose answer was lost). */
  session: { voterId: string; token: string; expiresAt: number } | null;
}

export interface TokenRecord {
  voterId: string;
  campaignId: string;
  expiresAt: number;
}

export interface BallotRecord {
  id: string;
  campaignId: string;
  voterId: string;
  identity: string;
  /** As the voter sent them (after validation), echoed in receipts. */
  choices: Choices;
  castAt: number;
  receiptCode: string;
}

export interface OutboxItem {
  to: string;
  subject: string;
  body: string;
  sentAt: number;
}

/** A successful answer to a creating POST, kept to replay it for the same Idempotency-Key. */
export interface StoredResponse {
  fingerprint: string;
  status: number;
  body: string;
  contentType: string;
}
