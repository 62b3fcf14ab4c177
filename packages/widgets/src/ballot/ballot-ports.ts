/**
 * What `BallotFlow` takes from its surroundings: the SDK client's calls, the campaign and the
 * server's clock (`BallotContext`, at each start), where the draft is kept and whom to tell of
 * changes, refusals and the cast (`BallotFlowOptions`, once). `<bc-ballot>` gives the page's;
 * a test gives a client of the mock server and a `Map`.
 */
import type { BallotReceipt, Campaign } from '@budget-citoyen/sdk';
import type { BcClient } from '../base/client.js';
import type { DraftStore } from './draft.js';
import type { BallotStep } from './events.js';

/** The SDK client's calls the ballot makes; the page's shared client has them all. */
export interface BallotApi {
  voters: Pick<BcClient['voters'], 'register' | 'verify'>;
  ballot: Pick<BcClient['ballot'], 'get' | 'cast'>;
  projects: Pick<BcClient['projects'], 'list'>;
}

/** What the ballot is about: given by `start()`, again whenever the campaign or the API changes. */
export interface BallotContext {
  api: BallotApi;
  campaign: Campaign;
  /** The API's base URL: a draft belongs to one API and one campaign. */
  apiBase: string;
  /** The server's clock, epoch ms: the token's expiry and the voter's age are judged by it. */
  now(): number;
  /** Whether the vote is open now, by the server's clock: nothing is preselected otherwise. */
  voteOpen(): boolean;
  /** The département's commune codes once loaded: the identity check then knows every commune. */
  communeCodes?(): ReadonlySet<string> | undefined;
  /** A project named by the page's address (`?projet=<id>`): preselected once the projects arrive. */
  linkedProjectId?: string | null | undefined;
}

export interface BallotFlowOptions {
  /** Where the draft is kept between reloads. @default sessionStorage */
  store?: DraftStore;
  /** Called after each change of state: the view renders it. */
  onChange(): void;
  /** A check or a request was refused: the view emits `bc-ballot-error`. */
  onError?(code: string, step: BallotStep): void;
  /** The ballot was recorded: the view emits `bc-ballot-cast`. */
  onCast?(receipt: BallotReceipt): void;
}
