/**
 * The store's data and the indexes that keep its checks O(1). Records go in only through the
 * `insert…` functions below, so an index never disagrees with its map.
 *
 * Why a hand-written store rather than @msw/data: the rules that matter here are cross-record
 * invariants checked and applied in one synchronous step (seats left before a registration
 * goes in, a comptoir code used once, one ballot per voter, idempotent replays). Those are a
 * handful of Map lookups; a query layer would add a dependency and hide the atomicity that
 * keeps 1,000 concurrent registrations from overbooking a comptoir.
 */
import type { CommuneRecord } from '../seed/communes.js';
import type { Random } from '../util/random.js';
import { SECRET_CHARS, type Secrets } from '../util/secrets.js';
import type {
  BallotRecord,
  CampaignRecord,
  ComptoirRecord,
  DossierRecord,
  OutboxItem,
  ProjectRecord,
  RegistrationRecord,
  StoredResponse,
  TokenRecord,
  VerificationRecord,
  VoterRecord,
} from './records.js';

export interface State {
  seed: number;
  campaigns: Map<string, CampaignRecord>;
  projects: Map<string, ProjectRecord>;
  comptoirs: Map<string, ComptoirRecord>;
  registrations: Map<string, RegistrationRecord>;
  dossiers: Map<string, DossierRecord>;
  voters: Map<string, VoterRecord>;
  tokens: Map<string, TokenRecord>;
  verifications: Map<string, VerificationRecord>;
  ballots: Map<string, BallotRecord>;
  outbox: OutboxItem[];
  idempotency: Map<string, StoredResponse>;

  registrationByCode: Map<string, string>;
  registrationByComptoirEmail: Map<string, string>;
  confirmedByComptoir: Map<string, number>;
  voterByCampaignEmail: Map<string, string>;
  /** The latest verification of each campaign and e-mail (`emailKey`). */
  verificationByCampaignEmail: Map<string, string>;
  ballotByVoter: Map<string, string>;
  ballotsByCampaign: Map<string, BallotRecord[]>;
  /**
   * When each campaign's ballots last changed: the results' `computedAt`. Strictly increasing
   * per change (see `Store.castBallot`), as clients tell a newer result by it.
   */
  ballotsChangedAt: Map<string, number>;
  /** Bumped whenever a campaign's results inputs (ballots, labelled projects) change. */
  resultsVersion: Map<string, number>;
  /** Whether each campaign's vote was closed when the store last looked at the clock (see `Store.closeVotes`). */
  voteClosed: Map<string, boolean>;
  /** `campaignId\nemail` of every e-mail told that its votes were annulled: told once, ever. */
  annulmentNotified: Set<string>;
  /** The communes `GET /communes` lists, when a test fixture narrows them (else the département's). */
  communes?: readonly CommuneRecord[];
}

export function createState(seed: number): State {
  return {
    seed,
    campaigns: new Map(),
    projects: new Map(),
    comptoirs: new Map(),
    registrations: new Map(),
    dossiers: new Map(),
    voters: new Map(),
    tokens: new Map(),
    verifications: new Map(),
    ballots: new Map(),
    outbox: [],
    idempotency: new Map(),
    registrationByCode: new Map(),
    registrationByComptoirEmail: new Map(),
    confirmedByComptoir: new Map(),
    voterByCampaignEmail: new Map(),
    verificationByCampaignEmail: new Map(),
    ballotByVoter: new Map(),
    ballotsByCampaign: new Map(),
    ballotsChangedAt: new Map(),
    resultsVersion: new Map(),
    voteClosed: new Map(),
    annulmentNotified: new Set(),
  };
}

export const emailKey = (email: string) => email.trim().toLowerCase();
/** Codes are typed by hand: case and surrounding spaces do not matter. */
export const codeKey = (code: string) => code.trim().toUpperCase();

/**
 * Ids and codes come in two kinds. The seed's demo data draws them from the seed's generator,
 * so that a seed always rebuilds the same data (and its published ids, such as `p-vn4a6htg`):
 * `seedId`, `seedCode`. Everything handed out at run time is a secret, drawn from `Secrets`
 * with 60 bits: `secretId`, `secretCode`. The store never sees the seed's generator.
 */
type Draw = (length: number) => string;

function uniqueId(draw: Draw, prefix: string, length: number, map: ReadonlyMap<string, unknown>): string {
  for (;;) {
    const id = `${prefix}-${draw(length).toLowerCase()}`;
    if (!map.has(id)) return id;
  }
}

function uniqueCode(draw: Draw, prefix: string, groups: number, taken: (code: string) => boolean): string {
  for (;;) {
    const code = [prefix, ...Array.from({ length: groups }, () => draw(4))].join('-');
    if (!taken(code)) return code;
  }
}

/** A seed record's id such as `p-7kqm3xp2`, unique within `map`. */
export const seedId = (rng: Random, prefix: string, map: ReadonlyMap<string, unknown>) => uniqueId((n) => rng.code(n), prefix, 8, map);

/** A seed record's code such as `C-7KQM-3XP2`, unique as `taken` says. */
export const seedCode = (rng: Random, prefix: string, taken: (code: string) => boolean) => uniqueCode((n) => rng.code(n), prefix, 2, taken);

/** An id created at run time such as `d-7kqm3xp29fhd` (60 bits), unique within `map`. */
export const secretId = (secrets: Secrets, prefix: string, map: ReadonlyMap<string, unknown>) =>
  uniqueId((n) => secrets.chars(n), prefix, SECRET_CHARS, map);

/** A code handed out at run time such as `C-7KQM-3XP2-9FHD` (60 bits), unique as `taken` says. */
export const secretCode = (secrets: Secrets, prefix: string, taken: (code: string) => boolean) =>
  uniqueCode((n) => secrets.chars(n), prefix, SECRET_CHARS / 4, taken);

function bumpResults(state: State, campaignId: string): void {
  state.resultsVersion.set(campaignId, (state.resultsVersion.get(campaignId) ?? 0) + 1);
}

export function insertProject(state: State, project: ProjectRecord): void {
  state.projects.set(project.id, project);
  bumpResults(state, project.campaignId);
}

export function insertRegistration(state: State, registration: RegistrationRecord): void {
  state.registrations.set(registration.id, registration);
  state.registrationByCode.set(codeKey(registration.code), registration.id);
  state.registrationByComptoirEmail.set(`${registration.comptoirId}\n${emailKey(registration.email)}`, registration.id);
  if (registration.status === 'confirmed') {
    state.confirmedByComptoir.set(registration.comptoirId, (state.confirmedByComptoir.get(registration.comptoirId) ?? 0) + 1);
  }
}

export function insertVoter(state: State, voter: VoterRecord): void {
  state.voters.set(voter.id, voter);
  state.voterByCampaignEmail.set(`${voter.campaignId}\n${emailKey(voter.email)}`, voter.id);
}

export function insertVerification(state: State, verification: VerificationRecord): void {
  state.verifications.set(verification.id, verification);
  state.verificationByCampaignEmail.set(`${verification.campaignId}\n${emailKey(verification.request.email)}`, verification.id);
}

export function insertBallot(state: State, ballot: BallotRecord): void {
  state.ballots.set(ballot.id, ballot);
  state.ballotByVoter.set(ballot.voterId, ballot.id);
  let list = state.ballotsByCampaign.get(ballot.campaignId);
  if (!list) state.ballotsByCampaign.set(ballot.campaignId, (list = []));
  list.push(ballot);
  bumpResults(state, ballot.campaignId);
}
