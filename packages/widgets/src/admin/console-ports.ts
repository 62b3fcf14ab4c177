/**
 * What the console's flows take from their surroundings: the SDK client's calls, the campaign
 * and the server's clock (`ConsoleContext`, at each start), where the token is kept and whom to
 * tell of changes, decisions, attendance and refusals (`ConsoleOptions`, once).
 * `<bc-labelling-console>` gives the page's; a Node test gives a client of the mock server and a
 * `Map`.
 */
import type { AdminDossier, AttendanceResult, Campaign } from '@budget-citoyen/sdk';
import type { BcClient } from '../base/client.js';
import type { DraftStore } from '../ballot/draft.js';

/** The SDK calls the console makes; the page's shared client has them all. */
export interface ConsoleApi {
  admin: Pick<BcClient['admin'], 'dossiers' | 'dossier' | 'decide' | 'registrations' | 'markAttendance'>;
  comptoirs: Pick<BcClient['comptoirs'], 'list'>;
}

export interface ConsoleContext {
  api: ConsoleApi;
  campaign: Campaign;
  /** The API's base URL: a token is kept per API. */
  apiBase: string;
  /** The server's clock, epoch ms: whether the labelling is open is judged by it. */
  now(): number;
  /** A token the host page gives (`console.token`): used as is, never kept by the console. */
  token?: string | undefined;
}

/** Where the focus goes once a change is rendered. */
export type ConsoleFocus =
  | 'heading'
  | 'token'
  | 'table'
  | 'decision'
  | 'attendance'
  | { row: string }
  | { field: 'category' | 'reason' | 'codes' };

/** The console's screens. */
export type ConsoleView = 'sign-in' | 'list' | 'detail' | 'attendance';

export interface ConsoleOptions {
  /** Where the signed-in token is kept for the tab. @default sessionStorage */
  store?: DraftStore;
  /** Called after each change of state: the view renders it. */
  onChange(): void;
  /** A decision was recorded (by this console, just now). */
  onDecided?(dossier: AdminDossier): void;
  /** Registrations of a comptoir were marked as attended. */
  onAttendance?(comptoirId: string, result: AttendanceResult): void;
  /** A request was refused: the view emits `bc-labelling-error`. */
  onError?(code: string, view: ConsoleView): void;
}

/** What the dossier and attendance flows share with the console that holds them. */
export interface Session {
  readonly ctx: ConsoleContext;
  /** The committee's token, for each call. */
  readonly token: string;
  /** A 401 or 403 answer: back to the sign-in, true. Any other error: false. */
  lost(error: unknown): boolean;
  /** A dossier as the server now has it: the list shows it so. */
  updated(dossier: AdminDossier): void;
  /** A decision of this console was recorded. */
  decided(dossier: AdminDossier): void;
  /** Tells the view of a refusal. */
  refused(error: unknown): void;
  /** Where the focus goes once this change is rendered. */
  focus(target: ConsoleFocus): void;
  /** Renders again; the focus then goes to `focus` if given. */
  changed(focus?: ConsoleFocus): void;
}
