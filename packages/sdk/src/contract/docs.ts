/**
 * The human documentation of the contract table, for openapi.json only: nothing that runs in a
 * client imports this file, so none of these words reach a browser.
 */
import type * as endpoints from './all.js';

export const TAGS = ['campaigns', 'territory', 'projects', 'comptoirs', 'dossiers', 'voting', 'results', 'admin'] as const;
export type Tag = (typeof TAGS)[number];

export interface EndpointDoc {
  tag: Tag;
  summary: string;
  description?: string;
  /** What the answer of success is. */
  response: string;
}

type Table = typeof endpoints;
/** The endpoints of the API (the mock's own controls have no documentation here). */
export type ApiEndpointName = { [K in keyof Table]: Table[K] extends { mock: true } ? never : K }[keyof Table];

export const DOCS: Record<ApiEndpointName, EndpointDoc> = {
  listCampaigns: { tag: 'campaigns', summary: 'List campaigns', response: 'A page of campaigns.' },
  getCampaign: {
    tag: 'campaigns',
    summary: 'Get a campaign: phases, categories, voting settings and the server’s clock (`now`)',
    response: 'The campaign.',
  },
  listCommunes: { tag: 'territory', summary: 'List the communes of the département (INSEE data)', response: 'A page of communes.' },
  getCommune: { tag: 'territory', summary: 'Get a commune of the département by its INSEE code (an addition to the contract)', response: 'The commune.' },
  listProjects: {
    tag: 'projects',
    summary: 'List the labelled projects',
    description:
      'With `facets=true` (added in 1.1), the page also says what each filter can offer: `facets.categories`, `facets.arrondissements` and `facets.communes`, each value with the number of projects it would give with the other filters applied (a facet ignores its own filter). Values without a project are left out.',
    response: 'A page of labelled projects (with `facets` when asked).',
  },
  getProject: {
    tag: 'projects',
    summary: 'Get a labelled project',
    description: 'An unlabelled dossier and an unknown id give the same 404.',
    response: 'The project.',
  },
  listComptoirs: { tag: 'comptoirs', summary: 'List the comptoirs à initiatives citoyennes', response: 'A page of comptoirs.' },
  getComptoirsCalendar: { tag: 'comptoirs', summary: 'Every comptoir as an iCalendar file (RFC 5545)', response: 'The calendar.' },
  getComptoir: { tag: 'comptoirs', summary: 'Get a comptoir (an addition to the contract)', response: 'The comptoir, its seats as of now.' },
  getComptoirCalendar: {
    tag: 'comptoirs',
    summary: 'One comptoir as an iCalendar event, for "Ajouter à mon agenda" (an addition to the contract)',
    response: 'The calendar, with the one event.',
  },
  registerForComptoir: {
    tag: 'comptoirs',
    summary: 'Register for a comptoir',
    description: 'Capacity is never exceeded: past it, registrations are `waitlisted`. Keep the `code`: a dossier needs it once the comptoir is attended.',
    response: 'Registered (confirmed or waitlisted).',
  },
  listRegistrations: { tag: 'admin', summary: 'List the registrations for a comptoir, with their codes (an addition to the contract)', response: 'A page of registrations.' },
  markAttendance: { tag: 'admin', summary: 'Mark registrations as attended, by their codes', response: 'Which codes were marked, which matched nothing.' },
  submitDossier: {
    tag: 'dossiers',
    summary: 'Submit a dossier (only during `depot`)',
    description:
      'The `comptoirCode` must be an attended registration not used by another dossier. A submitted dossier can never be modified. Dossiers are confidential.',
    response: 'Submitted; keep the receipt code.',
  },
  getDossier: {
    tag: 'dossiers',
    summary: 'The holder’s view of a dossier (status, decision), found only with its receipt code',
    response: 'The dossier.',
  },
  listDossiers: { tag: 'admin', summary: 'List every dossier', response: 'A page of dossiers.' },
  getAdminDossier: { tag: 'admin', summary: 'Get a dossier, all of it (an addition to the contract)', response: 'The dossier.' },
  decideDossier: {
    tag: 'admin',
    summary: 'Label (with a category) or reject (with a reason) a dossier',
    description: 'A labelled dossier becomes a public project; a rejection queues an e-mail to the holder. Final.',
    response: 'The dossier with its decision.',
  },
  registerVoter: {
    tag: 'voting',
    summary: 'Register a voter (only during `vote`): a 6-digit code is e-mailed, valid 15 minutes',
    description:
      'Age (completed years on the day of registration in Europe/Paris) and commune are checked first: a refused registration sends no e-mail. ' +
      'Asking again for the same e-mail before `resendAfter` is `429 rate_limited` with `Retry-After`, unless its last code was used; after it, a new code (and `verificationId`) replaces the old one. ' +
      'An e-mail address belongs to one person: once verified under one identity (names and birth date, compared without case, accents or extra spaces), another identity with it is `409 email_in_use`. ' +
      'One identity under several e-mails is accepted here, and annulled at the tally.',
    response: 'The code is on its way: give it back to `POST …/voters/verify` before `expiresAt`.',
  },
  verifyVoter: {
    tag: 'voting',
    summary: 'Give back the e-mailed code: the voter and a bearer token for the ballot',
    description:
      'A wrong code is `422 invalid_code`; `detail` says how many tries are left, and so does the problem’s `triesLeft` member. ' +
      'The fifth wrong code voids the verification: then, as after 15 minutes, a replaced code or an unknown `verificationId`, `410 verification_expired`: register again for a new code. ' +
      'A verified e-mail registered again is the same voter, with a new token. ' +
      'Safe to retry, with or without `Idempotency-Key`: the same code again for the same verification is the same try (a wrong one is counted once; the right one answers the same session while the code is valid).',
    response: 'Verified: the voter and a bearer token for the ballot, valid until `expiresAt`.',
  },
  getBallot: { tag: 'voting', summary: 'The voter’s ballot: empty, or cast with its receipt', response: 'The ballot.' },
  castBallot: {
    tag: 'voting',
    summary: 'Cast the ballot: one labelled project per category (at most `voting.choicesPerCategory`)',
    response: 'Cast.',
  },
  getResults: {
    tag: 'results',
    summary: 'The results: provisional during the vote if the campaign shows live results, final after',
    description:
      '`computedAt` changes only when the counted ballots change: an unchanged result keeps its body and ETag. Cacheable (`Cache-Control: public`).',
    response: 'The results.',
  },
  streamResults: {
    tag: 'results',
    summary: 'The results as Server-Sent Events',
    description:
      'An `event: results` whose `data` is the `Results` JSON on connect, then one each time they change. Clients must also work by polling `GET …/results` with `If-None-Match`.',
    response: 'The event stream.',
  },
};

/** Query parameters, by name: the same name means the same thing on every endpoint. */
export const QUERY_PARAMETERS: Record<string, string> = {
  limit: 'Page size, 1–100.',
  cursor: 'The `nextCursor` of the previous page.',
  q: 'Free-text search; accents and case are ignored.',
  postcode: 'A five-digit postal code.',
  arrondissement: 'An arrondissement code (621–627).',
  commune: 'An INSEE commune code.',
  category: 'A category id.',
  sort: '`random` (default, stable for a `seed`), `title`, `amount`, or `votes` (only while results are visible).',
  seed: 'Seed of the `random` order: the same seed gives the same order, so pages neither repeat nor skip.',
  from: 'Comptoirs ending at or after this instant.',
  to: 'Comptoirs starting before this instant.',
  format: '`in-person` or `online`.',
  receipt: 'The receipt code given at submission.',
  facets: '`true` adds `facets` to the page: each filter\'s values with their number of projects (added in 1.1).',
};

export const IMMUTABLE_SUMMARY = 'Not allowed: a submitted dossier can never be modified';
