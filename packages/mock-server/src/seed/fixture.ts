/**
 * A small data set written out by hand, for tests: the store's records with readable ids,
 * codes and ISO instants, turned into the mock's state in a few milliseconds (the generated
 * seed takes seconds). The default set is `FIXTURE` (./fixture-data.ts); tests derive theirs
 * from it (`{ ...FIXTURE, projects: fixtureProjects(30) }`).
 *
 * What the mock derives rather than reads, as it does for data created through the API:
 * - every project comes with its labelled dossier (`d-<project id>`), public from `labelledAt`
 *   (default: the start of its campaign's labelling);
 * - a registration is confirmed while its comptoir has seats left, waitlisted after (in the
 *   order given, `taken` anonymous ones first), and used by the dossier that gives its code;
 * - votes come from ballots, counted by the SDK's `tally` and `allocate` like any other: entries
 *   that share a `voter` are one person voting several times, and are all annulled.
 */
import type { Category, Choices, DossierRequest, PhaseId, VotingSettings } from '@budget-citoyen/sdk/schemas';
import { identityKey } from '@budget-citoyen/sdk/rules';
import type { BallotRecord, CampaignRecord, ComptoirRecord, DossierRecord, ProjectRecord, RegistrationRecord, VoterRecord } from '../store/records.js';
import { codeKey, createState, insertBallot, insertProject, insertRegistration, insertVoter, type State } from '../store/state.js';
import { COMMUNES_BY_CODE, DEPARTEMENT, type CommuneRecord } from './communes.js';

export interface Fixture {
  campaigns: FixtureCampaign[];
  projects: FixtureProject[];
  comptoirs: FixtureComptoir[];
  registrations: FixtureRegistration[];
  /** Dossiers that are not projects: still submitted, or rejected (both confidential). */
  dossiers: FixtureDossier[];
  ballots: FixtureBallot[];
  /**
   * INSEE codes of the communes `GET /communes` lists, or `'all'` (the département's 887).
   * Only the list narrows: any commune of the département stays valid input and resolves by code.
   */
  communes: readonly string[] | 'all';
}

export interface FixtureCampaign {
  id: string;
  title: string;
  phases: Array<{ id: PhaseId; start: string; end: string }>;
  categories: Category[];
  voting: VotingSettings;
}

/** A project as the store keeps it, its instant in ISO; its dossier is made for it. */
export interface FixtureProject extends Omit<ProjectRecord, 'dossierId' | 'tags' | 'labelledAt'> {
  tags?: string[];
  /** When the committee labelled it (public from then). @default the start of its campaign's labelling */
  labelledAt?: string;
}

/** A comptoir as the store keeps it, its instants in ISO. */
export interface FixtureComptoir extends Omit<ComptoirRecord, 'start' | 'end'> {
  start: string;
  end: string;
  /** Registrations of other people, before the fixture's own (past `capacity`: waitlisted). @default 0 */
  taken?: number;
}

export interface FixtureRegistration {
  comptoirId: string;
  name: string;
  email: string;
  /** The code the registrant received, e.g. `C-ARRA-0001`. */
  code: string;
  attended?: boolean;
  /** @default the comptoirs phase's start */
  createdAt?: string;
}

export interface FixtureDossier {
  id: string;
  campaignId: string;
  receiptCode: string;
  submittedAt: string;
  request: DossierRequest;
  /** A rejection, with its reason; absent: still `submitted`. */
  rejected?: { reason: string; decidedAt: string };
}

export interface FixtureBallot {
  /** @default the fixture's first campaign */
  campaignId?: string;
  choices: Choices;
  /** That many voters casting these choices. @default 1 */
  count?: number;
  /** @default the vote's start */
  castAt?: string;
  /** Entries with the same `voter` are one person under several e-mails: all annulled at the tally. */
  voter?: string;
}

const ms = (iso: string): number => {
  const value = Date.parse(iso);
  if (!Number.isFinite(value)) throw new TypeError(`fixture: invalid instant ${iso}`);
  return value;
};

/** The mock's state for `fixture`; `seed` only drives the ids and codes handed out later. */
export function buildFixtureState(fixture: Fixture, seed: number): State {
  const state = createState(seed);
  const campaigns = new Map(fixture.campaigns.map((c) => [c.id, campaignRecord(c)]));
  for (const campaign of campaigns.values()) state.campaigns.set(campaign.id, campaign);
  const phase = (campaignId: string, id: PhaseId): number => {
    const campaign = campaigns.get(campaignId);
    if (!campaign) throw new Error(`fixture: no campaign ${campaignId}`);
    const found = campaign.phases.find((p) => p.id === id);
    if (!found) throw new Error(`fixture: campaign ${campaignId} has no ${id} phase`);
    return found.start;
  };

  for (const project of fixture.projects) {
    const labelledAt = project.labelledAt === undefined ? phase(project.campaignId, 'labellisation') : ms(project.labelledAt);
    const record = projectRecord(project, labelledAt);
    state.dossiers.set(record.dossierId, labelledDossier(project, record, labelledAt));
    insertProject(state, record);
  }

  for (const comptoir of fixture.comptoirs) {
    const opens = phase(comptoir.campaignId, 'comptoirs');
    state.comptoirs.set(comptoir.id, {
      id: comptoir.id,
      campaignId: comptoir.campaignId,
      title: comptoir.title,
      description: comptoir.description,
      start: ms(comptoir.start),
      end: ms(comptoir.end),
      format: comptoir.format,
      ...(comptoir.venue ? { venue: { ...comptoir.venue } } : {}),
      ...(comptoir.onlineUrl ? { onlineUrl: comptoir.onlineUrl } : {}),
      capacity: comptoir.capacity,
    });
    const short = comptoir.id.replace(/^cpt-/, '').replace(/[^a-z0-9]/gi, '').slice(0, 4).toUpperCase().padEnd(4, 'X');
    for (let i = 1; i <= (comptoir.taken ?? 0); i++) {
      register(state, comptoir.id, { name: `Participant ${i}`, email: `participant.${i}@example.org`, code: `C-${short}-P${String(i).padStart(3, '0')}` }, opens);
    }
  }
  for (const registration of fixture.registrations) {
    const comptoir = state.comptoirs.get(registration.comptoirId);
    if (!comptoir) throw new Error(`fixture: no comptoir ${registration.comptoirId}`);
    const createdAt = registration.createdAt === undefined ? phase(comptoir.campaignId, 'comptoirs') : ms(registration.createdAt);
    register(state, comptoir.id, registration, createdAt);
  }

  for (const dossier of fixture.dossiers) {
    const record: DossierRecord = {
      id: dossier.id,
      campaignId: dossier.campaignId,
      request: structuredClone(dossier.request),
      status: dossier.rejected ? 'rejected' : 'submitted',
      submittedAt: ms(dossier.submittedAt),
      receiptCode: dossier.receiptCode,
      decision: dossier.rejected ? { decision: 'rejected', reason: dossier.rejected.reason, decidedAt: ms(dossier.rejected.decidedAt) } : null,
      projectId: null,
    };
    state.dossiers.set(record.id, record);
    const used = state.registrationByCode.get(codeKey(dossier.request.comptoirCode));
    if (used !== undefined) state.registrations.get(used)!.usedByDossierId = record.id;
  }

  const firstCampaign = fixture.campaigns[0]?.id;
  const people = new Map<string, FixtureVoter>();
  for (const entry of fixture.ballots) {
    const campaignId = entry.campaignId ?? firstCampaign;
    if (campaignId === undefined) throw new Error('fixture: ballots need a campaign');
    const castAt = entry.castAt === undefined ? phase(campaignId, 'vote') : ms(entry.castAt);
    for (let i = 0; i < (entry.count ?? 1); i++) {
      let person = entry.voter === undefined ? undefined : people.get(entry.voter);
      if (!person) {
        person = { identity: '' };
        if (entry.voter !== undefined) people.set(entry.voter, person);
      }
      addBallot(state, addVoter(state, campaignId, castAt, person), entry.choices, castAt);
      const last = state.ballotsChangedAt.get(campaignId);
      if (last === undefined || castAt > last) state.ballotsChangedAt.set(campaignId, castAt);
    }
  }

  if (fixture.communes !== 'all') state.communes = fixture.communes.map(communeOf);
  return state;
}

/** One person of the fixture's voters: the same identity on each call, a new e-mail each time. */
export interface FixtureVoter {
  identity: string;
}

/** A voter record, straight into the state: `Votant Numéro 0001`, born in 1980, living in Arras. */
export function addVoter(state: State, campaignId: string, at: number, person: FixtureVoter = { identity: '' }): VoterRecord {
  const label = String(state.voters.size + 1).padStart(4, '0');
  if (!person.identity) person.identity = identityKey('Votant', `Numéro ${label}`, '1980-01-01');
  const voter: VoterRecord = {
    id: `v-${label}`,
    campaignId,
    firstName: 'Votant',
    lastName: `Numéro ${label}`,
    birthDate: '1980-01-01',
    communeCode: '62041',
    email: `votant.${label}@example.org`,
    identity: person.identity,
    createdAt: at,
  };
  insertVoter(state, voter);
  return voter;
}

/**
 * A ballot of `voter`, straight into the state: no check, no notification, and the results'
 * `computedAt` left as it was (the caller sets it).
 */
export function addBallot(state: State, voter: VoterRecord, choices: Choices, castAt: number): BallotRecord {
  const ballot: BallotRecord = {
    id: `b-${voter.id.slice(2)}`,
    campaignId: voter.campaignId,
    voterId: voter.id,
    identity: voter.identity,
    choices: structuredClone(choices),
    castAt,
    receiptCode: `V-${voter.id.slice(2)}-TEST`,
  };
  insertBallot(state, ballot);
  return ballot;
}

function campaignRecord(c: FixtureCampaign): CampaignRecord {
  return {
    id: c.id,
    title: c.title,
    territory: { code: DEPARTEMENT.code, name: DEPARTEMENT.name },
    phases: c.phases.map((p) => ({ id: p.id, start: ms(p.start), end: ms(p.end) })),
    categories: c.categories.map((category) => ({ ...category })),
    voting: { ...c.voting },
  };
}

function projectRecord(p: FixtureProject, labelledAt: number): ProjectRecord {
  return {
    id: p.id,
    campaignId: p.campaignId,
    dossierId: `d-${p.id}`,
    title: p.title,
    summary: p.summary,
    description: p.description,
    category: p.category,
    requestedAmountCents: p.requestedAmountCents,
    holder: { ...p.holder },
    communeCode: p.communeCode,
    ...(p.image ? { image: { ...p.image } } : {}),
    tags: [...(p.tags ?? [])],
    labelledAt,
  };
}

/** The dossier a project was labelled from (its comptoir code is not one of the fixture's registrations). */
function labelledDossier(p: FixtureProject, project: ProjectRecord, labelledAt: number): DossierRecord {
  const kind = p.holder.kind;
  return {
    id: project.dossierId,
    campaignId: p.campaignId,
    request: {
      holder: { name: p.holder.name, email: `porteur.${p.id}@example.org`, kind, ...(kind === 'citizen' ? {} : { organisation: p.holder.name }) },
      comptoirCode: `C-${p.id.toUpperCase()}`,
      title: p.title,
      summary: p.summary,
      description: p.description,
      requestedAmountCents: p.requestedAmountCents,
      communeCode: p.communeCode,
      proposedCategory: p.category,
      certifiesAccuracy: true,
    },
    status: 'labelled',
    submittedAt: labelledAt - 30 * 24 * 3600_000,
    receiptCode: `D-${p.id.toUpperCase()}`,
    decision: { decision: 'labelled', category: p.category, decidedAt: labelledAt },
    projectId: p.id,
  };
}

function register(state: State, comptoirId: string, r: Omit<FixtureRegistration, 'comptoirId' | 'createdAt'>, createdAt: number): void {
  const comptoir = state.comptoirs.get(comptoirId)!;
  if (state.registrationByCode.has(codeKey(r.code))) throw new Error(`fixture: registration code ${r.code} given twice`);
  const record: RegistrationRecord = {
    id: `r-${state.registrations.size + 1}`,
    campaignId: comptoir.campaignId,
    comptoirId,
    name: r.name,
    email: r.email,
    code: r.code,
    status: (state.confirmedByComptoir.get(comptoirId) ?? 0) < comptoir.capacity ? 'confirmed' : 'waitlisted',
    attended: r.attended ?? false,
    usedByDossierId: null,
    createdAt,
  };
  insertRegistration(state, record);
}

function communeOf(code: string): CommuneRecord {
  const commune = COMMUNES_BY_CODE.get(code);
  if (!commune) throw new Error(`fixture: ${code} is not a commune of the ${DEPARTEMENT.name}`);
  return commune;
}
