/**
 * Builds the whole seed state from one number: the same seed always gives the same campaigns,
 * comptoirs, registrations, dossiers, projects, voters and ballots.
 */
import type { DossierRequest, HolderKind } from '@budget-citoyen/sdk/schemas';
import { identityKey } from '@budget-citoyen/sdk/rules';
import type { BallotRecord, CampaignRecord, ComptoirRecord, DossierRecord, ProjectRecord, RegistrationRecord, VoterRecord } from '../store/records.js';
import { createState, insertBallot, insertProject, insertRegistration, insertVoter, seedCode, seedId, codeKey, type State } from '../store/state.js';
import { Random, WeightedPicker } from '../util/random.js';
import { aCommune, deCommune, euros, slug } from '../util/text.js';
import { DAY, MINUTE, paris } from '../util/time.js';
import { ARCHETYPES, FIRST_NAMES, LAST_NAMES, REJECTED, type Archetype, type SeedCategory } from './archetypes.js';
import { COMMUNES, COMMUNES_BY_CODE, DEPARTEMENT, type CommuneRecord } from './communes.js';
import { svgDataUri } from './images.js';
import { CAMPAIGN_PLANS, CATEGORY_NAMES, CATEGORY_ORDER, VOTING, type CampaignPlan } from './scenario.js';

export function buildSeedState(seed: number): State {
  const state = createState(seed);
  const rng = new Random(seed);
  // Ids and codes from a stream of their own, so the published ones (`p-vn4a6htg`) stay put.
  const ids = new Random(seed ^ 0x5bd1e995);
  const people = new PersonFactory(rng);
  const namesUsed = new Set<string>();
  for (const plan of CAMPAIGN_PLANS) seedCampaign(state, rng, ids, people, namesUsed, plan);
  return state;
}

function seedCampaign(state: State, rng: Random, ids: Random, people: PersonFactory, namesUsed: Set<string>, plan: CampaignPlan): void {
  const campaign: CampaignRecord = {
    id: plan.id,
    title: plan.title,
    territory: { code: DEPARTEMENT.code, name: DEPARTEMENT.name },
    phases: plan.phases.map((p) => ({ ...p })),
    categories: CATEGORY_ORDER.map((id, index) => ({
      id,
      name: CATEGORY_NAMES[id],
      envelopeCents: plan.envelopesEuros[id] * 100,
      rolloverRank: index + 1,
    })),
    voting: { ...VOTING },
  };
  state.campaigns.set(campaign.id, campaign);
  const phaseOf = (id: string) => campaign.phases.find((p) => p.id === id)!;

  // Comptoirs and their registrations; attended codes feed the dossiers below.
  const attendedCodes: RegistrationRecord[] = [];
  for (const c of plan.comptoirs) {
    const start = paris(...c.date);
    const comptoir: ComptoirRecord = {
      id: `cpt-${plan.year}-${c.slug}`,
      campaignId: campaign.id,
      title: c.format === 'online' ? 'Comptoir à initiatives citoyennes en visioconférence' : `Comptoir à initiatives citoyennes ${deCommune(COMMUNES_BY_CODE.get(c.communeCode!)!.name)}`,
      description:
        c.format === 'online'
          ? "Une soirée en ligne pour découvrir le budget citoyen, poser vos questions et avancer sur votre idée avec des accompagnateurs de l'économie sociale et solidaire. Le lien de connexion est envoyé aux inscrits la veille."
          : "Trois heures pour transformer une idée en projet : présentation du budget citoyen, ateliers en petits groupes avec des accompagnateurs de l'économie sociale et solidaire, conseils pour rédiger votre dossier. Votre participation vous donne le code à saisir lors du dépôt.",
      start,
      end: start + c.durationMinutes * MINUTE,
      format: c.format,
      capacity: c.capacity,
      ...(c.format === 'online'
        ? { onlineUrl: `https://visio.example.org/budget-citoyen-${plan.year}-${c.slug}` }
        : { venue: { name: c.venue!.name, address: c.venue!.address, communeCode: c.communeCode! } }),
    };
    state.comptoirs.set(comptoir.id, comptoir);
    const opens = phaseOf('comptoirs').start;
    for (let i = 0; i < c.registrations; i++) {
      const person = people.next();
      const confirmed = i < c.capacity;
      const registration: RegistrationRecord = {
        id: seedId(ids, 'r', state.registrations),
        campaignId: campaign.id,
        comptoirId: comptoir.id,
        name: person.fullName,
        email: people.email(person),
        code: seedCode(ids, 'C', (code) => state.registrationByCode.has(codeKey(code))),
        status: confirmed ? 'confirmed' : 'waitlisted',
        attended: confirmed && rng.chance(0.85),
        usedByDossierId: null,
        createdAt: seconds(opens + Math.floor(rng.float() * Math.max(DAY, start - opens - DAY))),
      };
      insertRegistration(state, registration);
      if (registration.attended) attendedCodes.push(registration);
    }
  }
  const codes = rng.shuffle(attendedCodes);
  const takeCode = () => {
    const registration = codes.pop();
    if (!registration) throw new Error(`seed: not enough attended registrations for ${plan.id}`);
    return registration;
  };

  const depot = phaseOf('depot');
  const labellisation = phaseOf('labellisation');
  const submit = (request: DossierRequest, registration: RegistrationRecord): DossierRecord => {
    const comptoir = state.comptoirs.get(registration.comptoirId)!;
    const from = Math.max(comptoir.end, depot.start);
    const dossier: DossierRecord = {
      id: seedId(ids, 'd', state.dossiers),
      campaignId: campaign.id,
      request,
      status: 'submitted',
      submittedAt: seconds(from + Math.floor(rng.float() * (depot.end - from - MINUTE))),
      receiptCode: seedCode(ids, 'D', (code) => [...state.dossiers.values()].some((d) => d.receiptCode === code)),
      decision: null,
      projectId: null,
    };
    registration.usedByDossierId = dossier.id;
    state.dossiers.set(dossier.id, dossier);
    return dossier;
  };
  const decidedAt = () => seconds(labellisation.start + Math.floor(rng.float() * (labellisation.end - labellisation.start - DAY)));

  // Labelled projects: one per rank of each category's plan.
  const projectsByCategory = new Map<SeedCategory, ProjectRecord[]>();
  const arrondissements = [...new Set(COMMUNES.map((c) => c.arrondissement.code))].sort();
  let placed = rng.int(0, arrondissements.length - 1);
  for (const category of CATEGORY_ORDER) {
    const list: ProjectRecord[] = [];
    for (const rank of plan.ranks[category]) {
      const arrondissement = arrondissements[placed++ % arrondissements.length]!;
      const commune = pickCommune(rng, arrondissement);
      const { archetype, name } = pickArchetype(rng, namesUsed, category);
      const amountCents = rank.euros * 100;
      const request = dossierRequest(rng, people, archetype, name, commune, amountCents, takeCode().code);
      const registration = state.registrations.get(state.registrationByCode.get(codeKey(request.comptoirCode))!)!;
      const dossier = submit(request, registration);
      const at = decidedAt();
      const project: ProjectRecord = {
        id: seedId(ids, 'p', state.projects),
        campaignId: campaign.id,
        dossierId: dossier.id,
        title: request.title,
        summary: request.summary,
        description: request.description,
        category,
        requestedAmountCents: amountCents,
        holder: { name: request.holder.organisation ?? request.holder.name, kind: request.holder.kind },
        communeCode: commune.code,
        tags: [...archetype.tags],
        labelledAt: at,
        ...(archetype.image && rng.chance(0.75)
          ? { image: { url: svgDataUri(archetype.image.theme, rng.int(0, 9)), alt: archetype.image.alt } }
          : {}),
      };
      dossier.status = 'labelled';
      dossier.decision = { decision: 'labelled', category, decidedAt: at };
      dossier.projectId = project.id;
      insertProject(state, project);
      list.push(project);
    }
    projectsByCategory.set(category, list);
  }

  // Confidential dossiers: rejected ones, and (2026) some never decided.
  for (let i = 0; i < plan.rejected; i++) {
    const archetype = REJECTED[(i + rng.int(0, REJECTED.length - 1)) % REJECTED.length]!;
    const commune = pickCommune(rng, rng.pick(arrondissements));
    const person = people.next();
    const fill = (text: string, amountCents: number) => fillTemplate(text, { name: '', commune, holder: '', person: person.fullName, amountCents });
    const amountCents = rng.int(20, 300) * 10_000;
    const holderName = fill(archetype.holder.name, amountCents);
    const request: DossierRequest = {
      holder: {
        name: person.fullName,
        email: people.email(person),
        kind: archetype.holder.kind,
        ...(archetype.holder.kind === 'citizen' ? {} : { organisation: holderName }),
      },
      comptoirCode: takeCode().code,
      title: fill(archetype.title, amountCents),
      summary: fill(archetype.summary, amountCents),
      description: archetype.paragraphs.map((p) => fill(p, amountCents)).join('\n\n'),
      requestedAmountCents: amountCents,
      communeCode: commune.code,
      proposedCategory: archetype.proposedCategory,
      certifiesAccuracy: true,
    };
    const registration = state.registrations.get(state.registrationByCode.get(codeKey(request.comptoirCode))!)!;
    const dossier = submit(request, registration);
    dossier.status = 'rejected';
    dossier.decision = { decision: 'rejected', reason: archetype.reason, decidedAt: decidedAt() };
  }
  for (let i = 0; i < plan.undecided; i++) {
    const category = CATEGORY_ORDER[i % CATEGORY_ORDER.length]!;
    const { archetype, name } = pickArchetype(rng, namesUsed, category);
    const commune = pickCommune(rng, rng.pick(arrondissements));
    const request = dossierRequest(rng, people, archetype, name, commune, rng.int(4, 25) * 100_000, takeCode().code);
    const registration = state.registrations.get(state.registrationByCode.get(codeKey(request.comptoirCode))!)!;
    submit(request, registration);
  }

  seedBallots(state, rng, ids, people, campaign, plan, projectsByCategory);
}

function dossierRequest(
  rng: Random,
  people: PersonFactory,
  archetype: Archetype,
  name: string,
  commune: CommuneRecord,
  amountCents: number,
  comptoirCode: string,
): DossierRequest {
  const person = people.next();
  const holderTemplate = rng.pick(archetype.holders);
  const values = { name, commune, holder: '', person: person.fullName, amountCents };
  const holderName = fillTemplate(holderTemplate.name, values);
  const fill = (text: string) => fillTemplate(text, { ...values, holder: holderName });
  const kind: HolderKind = holderTemplate.kind;
  return {
    holder: {
      name: person.fullName,
      email: people.email(person),
      kind,
      ...(kind === 'citizen' ? {} : { organisation: holderName }),
    },
    comptoirCode,
    title: fill(archetype.title),
    summary: fill(archetype.summary),
    description: archetype.paragraphs.map(fill).join('\n\n'),
    requestedAmountCents: amountCents,
    communeCode: commune.code,
    proposedCategory: archetype.category,
    certifiesAccuracy: true,
  };
}

/**
 * Counted ballots give each rank exactly its planned share of the votes (largest remainders,
 * a ±3 % jitter by seed), so the ranking and the rollover story hold for every seed. Double
 * voters cast two ballots under two e-mails on top: the tally annuls both.
 */
function seedBallots(
  state: State,
  rng: Random,
  ids: Random,
  people: PersonFactory,
  campaign: CampaignRecord,
  plan: CampaignPlan,
  projectsByCategory: Map<SeedCategory, ProjectRecord[]>,
): void {
  const vote = campaign.phases.find((p) => p.id === 'vote')!;
  const n = plan.countedBallots;
  const ballots: Array<Record<string, string>> = Array.from({ length: n }, () => ({}));
  for (const category of CATEGORY_ORDER) {
    const voters = ballots.filter(() => rng.chance(0.93));
    const weights = plan.ranks[category].map((r) => r.weight * (0.97 + 0.06 * rng.float()));
    const counts = largestRemainder(voters.length, weights);
    const projects = projectsByCategory.get(category)!;
    const choices = rng.shuffle(counts.flatMap((count, rank) => Array.from({ length: count }, () => projects[rank]!.id)));
    voters.forEach((ballot, i) => (ballot[category] = choices[i]!));
  }
  for (const ballot of ballots) {
    if (Object.keys(ballot).length === 0) {
      const category = rng.pick(CATEGORY_ORDER);
      ballot[category] = projectsByCategory.get(category)![0]!.id;
    }
  }
  const randomChoices = () => {
    const choices: Record<string, string> = {};
    for (const category of CATEGORY_ORDER) choices[category] = rng.pick(projectsByCategory.get(category)!).id;
    return choices;
  };

  const casts: Array<{ person: Person; email: string; choices: Record<string, string> }> = ballots.map((choices) => {
    const person = people.nextVoter(vote.start);
    return { person, email: people.email(person), choices };
  });
  for (let i = 0; i < plan.doubleVoters; i++) {
    const person = people.nextVoter(vote.start);
    casts.push({ person, email: people.email(person), choices: randomChoices() });
    casts.push({ person, email: people.email(person, 'example.net'), choices: randomChoices() });
  }

  const span = plan.ballotsUntil - vote.start;
  const timed = casts.map((cast) => ({ ...cast, castAt: seconds(vote.start + Math.floor(rng.float() * span)) })).sort((a, b) => a.castAt - b.castAt);
  for (const cast of timed) {
    const voter: VoterRecord = {
      id: seedId(ids, 'v', state.voters),
      campaignId: campaign.id,
      firstName: cast.person.firstName,
      lastName: cast.person.lastName,
      birthDate: cast.person.birthDate,
      communeCode: cast.person.communeCode,
      email: cast.email,
      identity: cast.person.identity,
      createdAt: Math.max(vote.start, cast.castAt - rng.int(1, 20) * MINUTE),
    };
    insertVoter(state, voter);
    const ballot: BallotRecord = {
      id: seedId(ids, 'b', state.ballots),
      campaignId: campaign.id,
      voterId: voter.id,
      identity: voter.identity,
      choices: cast.choices,
      castAt: cast.castAt,
      receiptCode: seedCode(ids, 'V', () => false),
    };
    insertBallot(state, ballot);
  }
  const last = timed[timed.length - 1];
  if (last) state.ballotsChangedAt.set(campaign.id, last.castAt);
}

/** Seed instants fall on whole seconds, as people would read them. */
const seconds = (ms: number) => Math.floor(ms / 1000) * 1000;

function largestRemainder(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    counts[i]!++;
  }
  return counts;
}

const communesByArrondissement = new Map<string, WeightedPicker<CommuneRecord>>();
const residents = new WeightedPicker(COMMUNES, (c) => c.population + 1);

function pickCommune(rng: Random, arrondissement: string): CommuneRecord {
  let picker = communesByArrondissement.get(arrondissement);
  if (!picker) {
    // Weighted by the square root of the population: towns more often, villages too.
    picker = new WeightedPicker(
      COMMUNES.filter((c) => c.arrondissement.code === arrondissement),
      (c) => Math.sqrt(c.population + 1),
    );
    communesByArrondissement.set(arrondissement, picker);
  }
  return picker.pick(rng);
}

function pickArchetype(rng: Random, used: Set<string>, category: SeedCategory): { archetype: Archetype; name: string } {
  const candidates = ARCHETYPES.filter((a) => a.category === category).flatMap((archetype) =>
    archetype.names.map((name) => ({ archetype, name })),
  );
  const fresh = candidates.filter((c) => !used.has(`${c.archetype.key}/${c.name}`));
  const choice = rng.pick(fresh.length > 0 ? fresh : candidates);
  used.add(`${choice.archetype.key}/${choice.name}`);
  return choice;
}

function fillTemplate(
  text: string,
  v: { name: string; commune: CommuneRecord; holder: string; person: string; amountCents: number },
): string {
  return text
    .replaceAll('{nom}', v.name)
    .replaceAll('{commune}', v.commune.name)
    .replaceAll('{de_commune}', deCommune(v.commune.name))
    .replaceAll('{a_commune}', aCommune(v.commune.name))
    .replaceAll('{porteur}', v.holder)
    .replaceAll('{personne}', v.person)
    .replaceAll('{montant}', euros(v.amountCents));
}

interface Person {
  identity: string;
  firstName: string;
  lastName: string;
  fullName: string;
  birthDate: string;
  communeCode: string;
}

/** Distinct people (distinct identity keys), with distinct e-mail addresses. */
class PersonFactory {
  readonly #rng: Random;
  readonly #identities = new Set<string>();
  readonly #emails = new Map<string, number>();
  constructor(rng: Random) {
    this.#rng = rng;
  }

  next(): Person {
    return this.nextVoter(paris(2026, 1, 1));
  }

  /** Someone aged 11 to 90 on `day`, living in a commune of the département. */
  nextVoter(day: number): Person {
    for (;;) {
      const firstName = this.#rng.pick(FIRST_NAMES);
      const lastName = this.#rng.pick(LAST_NAMES);
      const born = new Date(day - (11 * 365 + 30 + this.#rng.int(0, 79 * 365)) * DAY);
      const birthDate = born.toISOString().slice(0, 10);
      const identity = identityKey(firstName, lastName, birthDate);
      if (this.#identities.has(identity)) continue;
      this.#identities.add(identity);
      const commune = residents.pick(this.#rng);
      return { identity, firstName, lastName, fullName: `${firstName} ${lastName}`, birthDate, communeCode: commune.code };
    }
  }

  email(person: Person, domain = 'example.org'): string {
    const base = `${slug(person.firstName)}.${slug(person.lastName)}`;
    const n = (this.#emails.get(base) ?? 0) + 1;
    this.#emails.set(base, n);
    return `${base}${n === 1 ? '' : n}@${domain}`;
  }
}
