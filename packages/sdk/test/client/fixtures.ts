/** Valid bodies of every resource, and the msw server the client tests share. */
import { after, afterEach, before } from 'node:test';
import { setupServer } from 'msw/node';
import type {
  AdminDossier,
  AttendanceResult,
  BallotReceipt,
  BallotState,
  Campaign,
  Commune,
  Comptoir,
  DossierReceipt,
  HolderDossier,
  Page,
  Problem,
  Project,
  Registration,
  Results,
  VoterSession,
  VoterVerification,
} from '@budget-citoyen/sdk';

export const BASE = 'http://api.test/api/v1';
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** One msw server per test file, failing on any request no handler expects. */
export function useServer() {
  const server = setupServer();
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  after(() => server.close());
  return server;
}

export async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('waitFor: condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function page<T>(items: T[], nextCursor: string | null = null, total = items.length): Page<T> {
  return { items, nextCursor, total };
}

export function problem(status: number, code: string, extra: Partial<Problem> = {}): Problem {
  return { type: `https://budget.test/problems/${code}`, title: code.replaceAll('_', ' '), status, code, detail: `detail of ${code}`, ...extra };
}

export const campaign: Campaign = {
  id: 'pdc-2026',
  title: 'Budget citoyen 2026',
  territory: { code: '62', name: 'Pas-de-Calais' },
  phases: [
    { id: 'comptoirs', start: '2026-01-05T00:00:00+01:00', end: '2026-04-10T23:59:59+02:00' },
    { id: 'depot', start: '2026-01-05T00:00:00+01:00', end: '2026-04-10T23:59:59+02:00' },
    { id: 'labellisation', start: '2026-05-01T00:00:00+02:00', end: '2026-05-31T23:59:59+02:00' },
    { id: 'vote', start: '2026-09-01T00:00:00+02:00', end: '2026-09-30T23:59:59+02:00' },
    { id: 'resultats', start: '2026-10-05T00:00:00+02:00', end: '2026-12-31T23:59:59+01:00' },
  ],
  currentPhase: 'vote',
  categories: [
    { id: 'innovation-sociale', name: 'Innovation sociale', envelopeCents: 30_000_000, rolloverRank: 1 },
    { id: 'cooperation', name: 'Coopération', envelopeCents: 30_000_000, rolloverRank: 2 },
    { id: 'pratiques-ess', name: "Pratiques de l'ESS", envelopeCents: 40_000_000, rolloverRank: 3 },
  ],
  voting: { minAge: 11, choicesPerCategory: 1, liveResults: true, minVotes: 10 },
  now: '2026-09-14T10:00:00+02:00',
};

export const commune: Commune = {
  code: '62041',
  name: 'Arras',
  postcodes: ['62000'],
  arrondissement: { code: '621', name: 'Arras' },
};

export const project: Project = {
  id: 'p-1',
  campaignId: 'pdc-2026',
  title: 'Jardin partagé',
  summary: 'Un jardin pour le quartier.',
  description: 'Premier paragraphe.\n\nSecond paragraphe.',
  category: 'cooperation',
  requestedAmountCents: 1_500_000,
  holder: { name: 'Association des Blancs Monts', kind: 'association' },
  commune: { code: '62041', name: 'Arras' },
  arrondissement: { code: '621', name: 'Arras' },
  tags: ['nature'],
  status: 'labelled',
};

export const comptoir: Comptoir = {
  id: 'c-1',
  title: 'Comptoir de Lens',
  description: 'Atelier.',
  start: '2026-02-03T18:00:00+01:00',
  end: '2026-02-03T20:00:00+01:00',
  format: 'in-person',
  venue: { name: 'Médiathèque', address: '1 rue de la Gare', commune: { code: '62498', name: 'Lens' } },
  capacity: 20,
  seatsLeft: 3,
  registration: 'open',
};

export const registration: Registration = { id: 'r-1', code: 'CPT-7K2Q', status: 'confirmed' };
export const dossierReceipt: DossierReceipt = { id: 'd-1', status: 'submitted', receiptCode: 'RC-123' };
export const holderDossier: HolderDossier = {
  id: 'd-1',
  campaignId: 'pdc-2026',
  title: 'Jardin partagé',
  status: 'submitted',
  submittedAt: '2026-03-01T12:00:00+01:00',
  decision: null,
  projectId: null,
};
export const dossierRequest = {
  holder: { name: 'Camille Martin', email: 'camille@example.org', kind: 'citizen' as const },
  comptoirCode: 'CPT-7K2Q',
  title: 'Jardin partagé',
  summary: 'Un jardin pour le quartier.',
  description: 'Long texte.',
  requestedAmountCents: 1_500_000,
  communeCode: '62041',
  certifiesAccuracy: true as const,
};
export const adminDossier: AdminDossier = {
  ...dossierRequest,
  id: 'd-1',
  campaignId: 'pdc-2026',
  status: 'labelled',
  submittedAt: '2026-03-01T12:00:00+01:00',
  receiptCode: 'RC-123',
  decision: { decision: 'labelled', category: 'cooperation', decidedAt: '2026-05-20T10:00:00+02:00' },
  projectId: 'p-1',
};
export const voterVerification: VoterVerification = {
  verificationId: 'vf-1',
  expiresAt: '2026-09-14T10:15:00+02:00',
  resendAfter: '2026-09-14T10:00:30+02:00',
};
export const voterSession: VoterSession = { voterId: 'v-1', token: 'voter-token', expiresAt: '2026-09-14T12:00:00+02:00' };
export const ballotState: BallotState = { status: 'empty' };
export const ballotReceipt: BallotReceipt = {
  receiptCode: 'B-42',
  castAt: '2026-09-14T10:05:00+02:00',
  choices: { cooperation: 'p-1' },
};
export const attendanceResult: AttendanceResult = { attended: ['CPT-7K2Q'], unknown: [] };

export function results(computedAt = '2026-09-14T10:00:00+02:00', status: Results['status'] = 'provisional'): Results {
  return {
    status,
    computedAt,
    ballots: { cast: 12, annulled: 2, counted: 10 },
    categories: [
      {
        id: 'cooperation',
        envelopeCents: 30_000_000,
        spentCents: 1_500_000,
        rolloverInCents: 0,
        projects: [{ projectId: 'p-1', votes: 10, rank: 1, funded: true, fundedFrom: 'envelope' }],
      },
    ],
    rollover: { poolCents: 0, unallocatedCents: 0 },
  };
}
