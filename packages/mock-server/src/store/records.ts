/** What the store keeps. Instants are epoch milliseconds; they become ISO text only in responses. */
import type { Category, Choices, DossierRequest, HolderKind, PhaseId, VotingSettings } from '@budget-citoyen/sdk/schemas';

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
