/**
 * The one in-memory store behind every handler. Each command checks everything, then changes
 * the state, in one synchronous call: handlers `await` only before (reading the body), so no
 * two requests can interleave inside a check-and-insert, whatever the concurrency. What it
 * refuses, it throws as a `Refusal` (a code of the contract); the phase an action needs is
 * checked once, by the route, from the contract table.
 */
import type { AdminDossier, HolderDossier, RegistrationRequest, VerifyRequest, VoterRequest, DossierRequest, Decision, Choices } from '@budget-citoyen/sdk/schemas';
import { checkVoterEligibility, identityKey, parisDate, phaseState, validateBallot } from '@budget-citoyen/sdk/rules';
import { buildSeedState } from '../seed/seed.js';
import { COMMUNE_CODES, DEPARTEMENT } from '../seed/communes.js';
import { Secrets, type SecretSource } from '../util/secrets.js';
import { describeInstant, MINUTE, toParisIso } from '../util/time.js';
import type {
  BallotRecord,
  CampaignRecord,
  ComptoirRecord,
  DossierRecord,
  OutboxItem,
  ProjectRecord,
  RegistrationRecord,
  VerificationRecord,
  VoterRecord,
} from './records.js';
import { annulmentNotices } from './annulment.js';
import { computeResults, labelledProjects, type ComputedResults } from './results.js';
import { codeKey, emailKey, insertBallot, insertProject, insertRegistration, insertVerification, insertVoter, secretCode, secretId, type State } from './state.js';
import { decisionEmail, dossierReceiptEmail, verificationEmail } from './emails.js';
import { notFound, Refusal, validationFailed, type FieldError } from './refusal.js';

/** The e-mail verification of voters (contract 1.1): a code's life, the wait before another, its tries. */
export const VERIFICATION = { codeTtlMs: 15 * MINUTE, resendDelayMs: 30_000, tries: 5 } as const;

export interface StoreOptions {
  seed: number;
  /** How long a voter token stays valid. @default 30 minutes */
  tokenTtlMs?: number;
  /** The data to start from, and to return to on `reset`. @default the generated seed (`buildSeedState`) */
  build?: (seed: number) => State;
  /** Where the secrets handed out at run time come from (tokens, codes, ids). @default the platform's CSPRNG */
  secrets?: SecretSource;
  /**
   * The mock's clock. The data, when loaded, takes it as its starting point: a vote closed then
   * is history (see `closeVotes`). Without it, the first `closeVotes` is the starting point.
   */
  now?: () => number;
}

export type StoreEvent = { type: 'ballots' | 'projects'; campaignId: string } | { type: 'reset' };

export class Store {
  #seed: number;
  #state: State | null = null;
  readonly #build: (seed: number) => State;
  readonly tokenTtlMs: number;
  /** Every token, code and id this store hands out: never the seed's generator. */
  readonly #secrets: Secrets;
  readonly #now: (() => number) | undefined;
  readonly #listeners = new Set<(event: StoreEvent) => void>();

  constructor(options: StoreOptions) {
    this.#seed = options.seed;
    this.#build = options.build ?? buildSeedState;
    this.tokenTtlMs = options.tokenTtlMs ?? 30 * MINUTE;
    this.#secrets = new Secrets(options.secrets);
    this.#now = options.now;
  }

  /** The data, seeded on first use: creating a mock API costs nothing until it answers. */
  get state(): State {
    if (this.#state) return this.#state;
    // Loaded now: the clock at this instant is the starting point of `closeVotes`.
    this.#state = this.#build(this.#seed);
    if (this.#now) this.closeVotes(this.#now());
    return this.#state;
  }

  /** Whether the data is loaded (on first use). */
  get loaded(): boolean {
    return this.#state !== null;
  }

  get seed(): number {
    return this.#seed;
  }

  reset(seed = this.#seed): void {
    this.#seed = seed;
    this.#state = null;
    this.#emit({ type: 'reset' });
  }

  /** Called after every change that can move results; returns the unsubscribe function. */
  subscribe(listener: (event: StoreEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #emit(event: StoreEvent): void {
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch {
        // A broken subscriber (a closed stream) must not fail the command that changed the state.
      }
    }
  }

  // ── Reading ────────────────────────────────────────────────────────────────────────────

  campaign(id: string): CampaignRecord {
    const campaign = this.state.campaigns.get(id);
    if (!campaign) throw notFound('No campaign with this id.');
    return campaign;
  }

  /**
   * Public projects of a campaign: labelled dossiers, and with `now`, only those labelled by
   * then (a clock set back before the committee's decision shows none of its projects).
   */
  projects(campaignId: string, now?: number): ProjectRecord[] {
    const projects = labelledProjects(this.state, campaignId);
    return now === undefined ? projects : projects.filter((p) => p.labelledAt <= now);
  }

  /** Unknown, unlabelled and not-yet-labelled (at `now`) ids give the same answer: nothing tells them apart. */
  project(campaignId: string, projectId: string, now?: number): ProjectRecord {
    const project = this.state.projects.get(projectId);
    if (!project || project.campaignId !== campaignId || (now !== undefined && project.labelledAt > now)) {
      throw notFound('No public project with this id.');
    }
    return project;
  }

  comptoirs(campaignId: string): ComptoirRecord[] {
    return [...this.state.comptoirs.values()].filter((c) => c.campaignId === campaignId).sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1));
  }

  comptoir(campaignId: string, comptoirId: string): ComptoirRecord {
    const comptoir = this.state.comptoirs.get(comptoirId);
    if (!comptoir || comptoir.campaignId !== campaignId) throw notFound('No comptoir with this id.');
    return comptoir;
  }

  confirmedCount(comptoirId: string): number {
    return this.state.confirmedByComptoir.get(comptoirId) ?? 0;
  }

  registrations(comptoirId?: string): RegistrationRecord[] {
    const all = [...this.state.registrations.values()];
    return comptoirId === undefined ? all : all.filter((r) => r.comptoirId === comptoirId);
  }

  dossiers(campaignId: string): DossierRecord[] {
    return [...this.state.dossiers.values()].filter((d) => d.campaignId === campaignId);
  }

  /** A dossier of the campaign, whatever its status (the committee's view). */
  dossier(campaignId: string, dossierId: string): DossierRecord {
    this.campaign(campaignId);
    const dossier = this.state.dossiers.get(dossierId);
    if (!dossier || dossier.campaignId !== campaignId) throw notFound('No dossier with this id.');
    return dossier;
  }

  ballots(campaignId: string): readonly BallotRecord[] {
    return this.state.ballotsByCampaign.get(campaignId) ?? [];
  }

  voter(voterId: string): VoterRecord | undefined {
    return this.state.voters.get(voterId);
  }

  ballotOf(voterId: string): BallotRecord | undefined {
    const id = this.state.ballotByVoter.get(voterId);
    return id === undefined ? undefined : this.state.ballots.get(id);
  }

  results(campaign: CampaignRecord): ComputedResults {
    return computeResults(this.state, campaign);
  }

  /** The e-mails sent, the annulment notices now due included. */
  get outbox(): readonly OutboxItem[] {
    if (this.#now) this.closeVotes(this.#now());
    return this.state.outbox;
  }

  /** The holder's view, found only with its receipt code; a wrong code is the same 404 as an unknown id. */
  holderDossier(campaignId: string, dossierId: string, receipt: string): HolderDossier {
    const dossier = this.state.dossiers.get(dossierId);
    if (!dossier || dossier.campaignId !== campaignId || codeKey(dossier.receiptCode) !== codeKey(receipt)) {
      throw notFound('No dossier with this id and receipt code.');
    }
    return {
      id: dossier.id,
      campaignId: dossier.campaignId,
      title: dossier.request.title,
      status: dossier.status,
      submittedAt: toParisIso(dossier.submittedAt),
      decision: decisionView(dossier),
      projectId: dossier.projectId,
    };
  }

  adminDossier(dossier: DossierRecord): AdminDossier {
    const request = dossier.request;
    return {
      ...request,
      holder: { ...request.holder },
      id: dossier.id,
      campaignId: dossier.campaignId,
      status: dossier.status,
      submittedAt: toParisIso(dossier.submittedAt),
      receiptCode: dossier.receiptCode,
      decision: decisionView(dossier),
      projectId: dossier.projectId,
    };
  }

  /** The voter behind a bearer token, or `unauthorized` (`forbidden` for another campaign's). */
  authenticateVoter(token: string | undefined, campaignId: string, now: number): VoterRecord {
    this.campaign(campaignId);
    if (!token) throw new Refusal('unauthorized', { detail: 'A voter token is required: register to vote first.', authError: 'missing' });
    const record = this.state.tokens.get(token);
    const voter = record && this.state.voters.get(record.voterId);
    if (!record || !voter) throw new Refusal('unauthorized', { detail: 'This token is not valid.', authError: 'invalid_token' });
    if (record.expiresAt <= now) {
      throw new Refusal('unauthorized', {
        detail: `This token expired on ${describeInstant(record.expiresAt)}: register again with the same e-mail, and give back the new code, for a new one.`,
        authError: 'expired',
      });
    }
    if (record.campaignId !== campaignId) throw new Refusal('forbidden', { detail: 'This token is for another campaign.' });
    return voter;
  }

  /** Whether `token` is a voter's (the committee's endpoints refuse it as `forbidden`, not `unauthorized`). */
  isVoterToken(token: string): boolean {
    return this.state.tokens.has(token);
  }

  // ── Commands ───────────────────────────────────────────────────────────────────────────

  /**
   * Looks at the clock: each vote that closed since the last look sends its annulment notices
   * (./annulment.ts). Cheap when nothing closed. The first look, or the load of the data, is
   * the starting point: a vote closed then is history. Called on every request and clock change.
   */
  closeVotes(now: number): void {
    const state = this.state;
    for (const campaign of state.campaigns.values()) {
      const closed = phaseState(campaign, 'vote', now) === 'past';
      const wasClosed = state.voteClosed.get(campaign.id);
      state.voteClosed.set(campaign.id, closed);
      if (!closed || wasClosed !== false) continue;
      const vote = campaign.phases.find((p) => p.id === 'vote')!;
      state.outbox.push(...annulmentNotices(state, campaign, this.results(campaign).annulledIdentities, vote.end));
    }
  }

  /** Confirmed while seats are left, waitlisted after: the count and the insert are one step. */
  register(campaignId: string, comptoirId: string, body: RegistrationRequest, now: number): RegistrationRecord {
    const comptoir = this.comptoir(campaignId, comptoirId);
    if (now >= comptoir.start) {
      throw new Refusal('registration_closed', { detail: `This comptoir started on ${describeInstant(comptoir.start)}.` });
    }
    const state = this.state;
    if (state.registrationByComptoirEmail.has(`${comptoir.id}\n${emailKey(body.email)}`)) {
      throw new Refusal('already_registered', { detail: 'This e-mail address is already registered for this comptoir.' });
    }
    const registration: RegistrationRecord = {
      id: secretId(this.#secrets, 'r', state.registrations),
      campaignId,
      comptoirId: comptoir.id,
      name: body.name,
      email: body.email.trim(),
      code: secretCode(this.#secrets, 'C', (code) => state.registrationByCode.has(code)),
      status: this.confirmedCount(comptoir.id) < comptoir.capacity ? 'confirmed' : 'waitlisted',
      attended: false,
      usedByDossierId: null,
      createdAt: now,
    };
    insertRegistration(state, registration);
    return registration;
  }

  markAttendance(campaignId: string, comptoirId: string, codes: readonly string[]): { attended: string[]; unknown: string[] } {
    this.campaign(campaignId);
    const comptoir = this.comptoir(campaignId, comptoirId);
    const attended: string[] = [];
    const unknown: string[] = [];
    const found: RegistrationRecord[] = [];
    for (const raw of codes) {
      const code = codeKey(raw);
      const id = this.state.registrationByCode.get(code);
      const registration = id === undefined ? undefined : this.state.registrations.get(id);
      if (registration && registration.comptoirId === comptoir.id) {
        found.push(registration);
        if (!attended.includes(code)) attended.push(code);
      } else if (!unknown.includes(code)) unknown.push(code);
    }
    for (const registration of found) registration.attended = true;
    return { attended, unknown };
  }

  submitDossier(campaignId: string, body: DossierRequest, now: number): DossierRecord {
    const campaign = this.campaign(campaignId);
    const errors: FieldError[] = [];
    if (!COMMUNE_CODES.has(body.communeCode)) {
      errors.push({ path: 'communeCode', message: `must be a commune of the ${DEPARTEMENT.name} (département ${DEPARTEMENT.code})` });
    }
    if (body.proposedCategory !== undefined) errors.push(...unknownCategory(campaign, 'proposedCategory', body.proposedCategory));
    if (errors.length > 0) throw validationFailed('Some fields are invalid.', errors);

    const state = this.state;
    const registrationId = state.registrationByCode.get(codeKey(body.comptoirCode));
    const registration = registrationId === undefined ? undefined : state.registrations.get(registrationId);
    if (!registration || registration.campaignId !== campaignId || !registration.attended) {
      throw new Refusal('comptoir_participation_required', {
        detail: 'The comptoir code must be the code of a registration whose attendance was recorded, in this campaign.',
        errors: [{ path: 'comptoirCode', message: 'no attended comptoir participation has this code' }],
      });
    }
    if (registration.usedByDossierId !== null) {
      throw new Refusal('comptoir_participation_used', {
        detail: 'This comptoir participation was already used for another dossier: each dossier needs its own.',
        errors: [{ path: 'comptoirCode', message: 'already used by another dossier' }],
      });
    }
    const dossier: DossierRecord = {
      id: secretId(this.#secrets, 'd', state.dossiers),
      campaignId,
      request: structuredClone(body),
      status: 'submitted',
      submittedAt: now,
      receiptCode: secretCode(this.#secrets, 'D', (code) => [...state.dossiers.values()].some((d) => d.receiptCode === code)),
      decision: null,
      projectId: null,
    };
    registration.usedByDossierId = dossier.id;
    state.dossiers.set(dossier.id, dossier);
    state.outbox.push(dossierReceiptEmail(campaign, dossier, now));
    return dossier;
  }

  decide(campaignId: string, dossierId: string, decision: Decision, now: number): DossierRecord {
    const campaign = this.campaign(campaignId);
    const dossier = this.dossier(campaignId, dossierId);
    if (dossier.decision) {
      throw new Refusal('decision_final', {
        detail: `This dossier was already ${dossier.decision.decision} on ${describeInstant(dossier.decision.decidedAt)}; a decision is final.`,
      });
    }
    const categoryErrors = decision.decision === 'labelled' ? unknownCategory(campaign, 'category', decision.category) : [];
    if (categoryErrors.length > 0) throw validationFailed('Unknown category.', categoryErrors);
    const state = this.state;
    if (decision.decision === 'labelled') {
      const request = dossier.request;
      const project: ProjectRecord = {
        id: secretId(this.#secrets, 'p', state.projects),
        campaignId,
        dossierId: dossier.id,
        title: request.title,
        summary: request.summary,
        description: request.description,
        category: decision.category,
        requestedAmountCents: request.requestedAmountCents,
        holder: { name: request.holder.organisation ?? request.holder.name, kind: request.holder.kind },
        communeCode: request.communeCode,
        tags: [],
        labelledAt: now,
      };
      dossier.status = 'labelled';
      dossier.decision = { decision: 'labelled', category: decision.category, decidedAt: now };
      dossier.projectId = project.id;
      insertProject(state, project);
      state.outbox.push(decisionEmail(campaign, dossier, now));
      this.#emit({ type: 'projects', campaignId });
    } else {
      dossier.status = 'rejected';
      dossier.decision = { decision: 'rejected', reason: decision.reason, decidedAt: now };
      state.outbox.push(decisionEmail(campaign, dossier, now));
    }
    return dossier;
  }

  /**
   * Registers a voter: checks who it is (age, commune, the e-mail's owner), then e-mails a
   * 6-digit code, which `verifyVoter` turns into a token. Nothing is sent for a refused request.
   * An e-mail belongs to one identity once verified: the same e-mail with another name or birth
   * date is refused (one ballot per address; a household sharing one needs one each). An
   * identity under several e-mails goes through: the tally annuls it.
   */
  registerVoter(campaignId: string, body: VoterRequest, now: number): VerificationRecord {
    const campaign = this.campaign(campaignId);
    const problems = checkVoterEligibility(
      { birthDate: body.birthDate, communeCode: body.communeCode },
      { day: parisDate(new Date(now)), minAge: campaign.voting.minAge, departmentCode: DEPARTEMENT.code, communeCodes: COMMUNE_CODES },
    );
    if (problems.length > 0) {
      const first = problems.find((p) => p.code !== 'validation_failed') ?? problems[0]!;
      throw new Refusal(first.code, {
        detail:
          first.code === 'not_eligible_age'
            ? `Voters must be at least ${campaign.voting.minAge} years old on the day they register.`
            : first.code === 'not_resident'
              ? `Voters must live in a commune of the ${DEPARTEMENT.name}.`
              : 'Some fields are invalid.',
        errors: problems.map(({ path, message }) => ({ path, message })),
      });
    }
    const identity = identityKey(body.firstName, body.lastName, body.birthDate);
    const state = this.state;
    const email = `${campaignId}\n${emailKey(body.email)}`;
    const voterId = state.voterByCampaignEmail.get(email);
    if (voterId !== undefined && state.voters.get(voterId)?.identity !== identity) {
      throw new Refusal('email_in_use', {
        detail: 'This e-mail address is already registered for another person.',
        errors: [{ path: 'email', message: 'already registered with another name or birth date' }],
      });
    }
    const previousId = state.verificationByCampaignEmail.get(email);
    const previous = previousId === undefined ? undefined : state.verifications.get(previousId);
    // A code used by its owner does not hold the next one back: only the owner could use it.
    if (previous && !previous.session && now < previous.resendAfter) {
      const seconds = Math.ceil((previous.resendAfter - now) / 1000);
      throw new Refusal('rate_limited', {
        detail: `A code was sent to this address moments ago: ask for another one in ${seconds} s.`,
        retryAfterSeconds: seconds,
      });
    }
    if (previous) previous.voided ??= 'replaced';
    const verification: VerificationRecord = {
      id: `vf-${this.#secrets.hex(16)}`,
      campaignId,
      request: { ...body, email: body.email.trim() },
      identity,
      code: this.#secrets.digits(6),
      expiresAt: now + VERIFICATION.codeTtlMs,
      resendAfter: now + VERIFICATION.resendDelayMs,
      triesLeft: VERIFICATION.tries,
      wrongCodes: [],
      voided: null,
      session: null,
    };
    insertVerification(state, verification);
    state.outbox.push(verificationEmail(campaign, verification, now));
    return verification;
  }

  /**
   * The e-mailed code, given back: the voter (found by e-mail, or created) and a new token. A
   * wrong code takes a try, the fifth voids the verification; the same code again is the same
   * try, so that a request retried after a lost answer neither takes a try nor fails.
   */
  verifyVoter(campaignId: string, body: VerifyRequest, now: number): { voter: VoterRecord; token: string; expiresAt: number } {
    this.campaign(campaignId);
    const state = this.state;
    const verification = state.verifications.get(body.verificationId);
    if (!verification || verification.campaignId !== campaignId) throw verificationGone('No code is pending with this verificationId');
    if (verification.voided === 'replaced') throw verificationGone('A newer code was sent to this address since: use the last one');
    if (verification.expiresAt <= now) throw verificationGone(`This code expired on ${describeInstant(verification.expiresAt)}`);
    if (verification.voided === 'tries') throw verificationGone('Too many wrong codes were given');
    // Counted after a success too: the session it replays must not be guessed at leisure.
    if (body.code !== verification.code) {
      if (!verification.wrongCodes.includes(body.code)) {
        verification.wrongCodes.push(body.code);
        verification.triesLeft -= 1;
      }
      if (verification.triesLeft <= 0) {
        verification.voided = 'tries';
        throw verificationGone('Too many wrong codes were given');
      }
      const left = verification.triesLeft;
      throw new Refusal('invalid_code', {
        detail: `This is not the code sent by e-mail: ${left} ${left === 1 ? 'try' : 'tries'} left.`,
        errors: [{ path: 'code', message: 'not the code sent by e-mail' }],
        extra: { triesLeft: left },
      });
    }
    if (verification.session) return { voter: this.voter(verification.session.voterId)!, ...verification.session };
    let voter = this.voter(state.voterByCampaignEmail.get(`${campaignId}\n${emailKey(verification.request.email)}`) ?? '');
    if (!voter) {
      const { request } = verification;
      voter = {
        id: secretId(this.#secrets, 'v', state.voters),
        campaignId,
        firstName: request.firstName,
        lastName: request.lastName,
        birthDate: request.birthDate,
        communeCode: request.communeCode,
        email: request.email,
        identity: verification.identity,
        createdAt: now,
      };
      insertVoter(state, voter);
    }
    const token = `bcv_${this.#secrets.hex(24)}`;
    const expiresAt = now + this.tokenTtlMs;
    state.tokens.set(token, { voterId: voter.id, campaignId, expiresAt });
    verification.session = { voterId: voter.id, token, expiresAt };
    return { voter, token, expiresAt };
  }

  castBallot(campaignId: string, voter: VoterRecord, choices: Choices, now: number): BallotRecord {
    const campaign = this.campaign(campaignId);
    const previous = this.ballotOf(voter.id);
    if (previous) {
      throw new Refusal('already_voted', { detail: `A ballot was already cast with this registration on ${describeInstant(previous.castAt)}.` });
    }
    const problems = validateBallot(choices, {
      categories: campaign.categories,
      projects: this.projects(campaignId),
      choicesPerCategory: campaign.voting.choicesPerCategory,
    });
    if (problems.length > 0) throw validationFailed('This ballot cannot be cast.', problems.map(({ path, message }) => ({ path, message })));
    const state = this.state;
    const ballot: BallotRecord = {
      id: secretId(this.#secrets, 'b', state.ballots),
      campaignId,
      voterId: voter.id,
      identity: voter.identity,
      choices: structuredClone(choices),
      castAt: now,
      receiptCode: secretCode(this.#secrets, 'V', () => false),
    };
    insertBallot(state, ballot);
    // A frozen (or rewound) clock must not give two different results the same computedAt:
    // clients keep the result with the latest one, so each change moves it forward.
    const last = state.ballotsChangedAt.get(campaignId);
    state.ballotsChangedAt.set(campaignId, last !== undefined && last >= now ? last + 1 : now);
    this.#emit({ type: 'ballots', campaignId });
    return ballot;
  }
}

function decisionView(dossier: DossierRecord): HolderDossier['decision'] {
  const d = dossier.decision;
  if (!d) return null;
  return {
    decision: d.decision,
    ...(d.category === undefined ? {} : { category: d.category }),
    ...(d.reason === undefined ? {} : { reason: d.reason }),
    decidedAt: toParisIso(d.decidedAt),
  };
}

/** A verification that can no longer give a token: register again for a new code. */
function verificationGone(why: string): Refusal {
  return new Refusal('verification_expired', { detail: `${why}: register again to receive a new code.` });
}

/** The field error of a category id that is not one of the campaign's (none when it is). */
function unknownCategory(campaign: CampaignRecord, path: string, categoryId: string): FieldError[] {
  if (campaign.categories.some((c) => c.id === categoryId)) return [];
  return [{ path, message: `must be one of ${campaign.categories.map((c) => c.id).join(', ')}` }];
}
