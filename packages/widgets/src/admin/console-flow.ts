/**
 * The committee's console, apart from its rendering, so that Node tests drive it against the
 * mock server: the token (asked once, kept for the tab, or given by the host page), every
 * dossier of the campaign (loaded once, page after page), the filters and order applied in the
 * page, which screen is shown, and where the focus goes. A dossier's decision is
 * `DecisionFlow`'s, the comptoirs' attendance `AttendanceFlow`'s; both call back through the
 * `Session` this class is, so that a 401 or 403 anywhere brings the sign-in back.
 *
 * Why not `ListController`: the committee's list is loaded whole, with its progress, under a
 * token that signing out must drop at once; the paging, "load more" and quiet refreshes that
 * `ListController` gives are not needed here.
 */
import type { AdminDossier } from '@budget-citoyen/sdk';
import { sessionDraftStore, type DraftStore } from '../ballot/draft.js';
import { codeOf } from '../base/refusals.js';
import { AttendanceFlow } from './attendance-flow.js';
import type { ConsoleContext, ConsoleFocus, ConsoleOptions, ConsoleView, Session } from './console-ports.js';
import { DecisionFlow } from './decision-flow.js';
import {
  START_FILTERS,
  START_SORT,
  nextSort,
  visibleDossiers,
  type DossierFilters,
  type DossierSort,
  type SortKey,
} from './dossier-filters.js';

export type { ConsoleApi, ConsoleContext, ConsoleFocus, ConsoleOptions, ConsoleView } from './console-ports.js';

/** Why the sign-in is shown again, or what is wrong with the token typed. */
export type AuthProblem = 'empty' | 'unauthorized' | 'forbidden' | 'expired';
export type LoadState = 'idle' | 'loading' | 'ready' | 'error';

/** One key per API: two consoles of one API in a tab share the sign-in. */
export const tokenKey = (apiBase: string): string => `bc-admin:${apiBase}`;

export class ConsoleFlow implements Session {
  view: ConsoleView = 'sign-in';
  /** Set while the sign-in is shown because of a refusal or an empty field. */
  authProblem: AuthProblem | undefined;
  /** A token is being tried (its first request is on its way). */
  checking = false;

  dossiers: AdminDossier[] = [];
  status: LoadState = 'idle';
  error: unknown;
  /** Dossiers received so far, and how many there are: the loading state's progress. */
  loaded = 0;
  total = 0;
  filters: DossierFilters = START_FILTERS;
  sort: DossierSort = START_SORT;
  /** The dossier shown in `detail`. */
  openId: string | undefined;

  readonly decision: DecisionFlow;
  readonly attendance: AttendanceFlow;

  readonly #options: ConsoleOptions;
  readonly #store: DraftStore;
  #ctx: ConsoleContext | undefined;
  #token = '';
  /** Whether a request answered with this token: a 401 then means it was revoked. */
  #verified = false;
  #generation = 0;
  #abort: AbortController | undefined;
  #interrupted = false;
  #focus: ConsoleFocus | undefined;
  /** The open dossier's place in the list when it was opened. */
  #openedAt = 0;
  #visible: { of: unknown[]; list: AdminDossier[] } | undefined;
  readonly #collator: Intl.Collator;

  constructor(options: ConsoleOptions, lang = 'fr') {
    this.#options = options;
    this.#store = options.store ?? sessionDraftStore;
    this.#collator = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });
    this.decision = new DecisionFlow(this);
    this.attendance = new AttendanceFlow(this, options);
  }

  get ctx(): ConsoleContext {
    return this.#ctx!;
  }

  get token(): string {
    return this.#token;
  }

  /** A token is in use (perhaps still being tried: `checking`). */
  get signedIn(): boolean {
    return this.#token !== '';
  }

  /** Whether the token came from the host page (then signing out only forgets it here). */
  get hostToken(): boolean {
    return Boolean(this.#ctx?.token);
  }

  /** Where the view moves the focus after rendering, once. */
  takeFocus(): ConsoleFocus | undefined {
    const focus = this.#focus;
    this.#focus = undefined;
    return focus;
  }

  /** Starts on a campaign: with the host page's token, or the tab's, or at the sign-in. */
  start(ctx: ConsoleContext): void {
    this.#ctx = ctx;
    this.#reset();
    const token = ctx.token || this.#read();
    // No focus moved: the page has just loaded, and the focus is the visitor's.
    if (token) void this.#try(token, false);
    else this.changed();
  }

  /** The host page gave (or took back) its token. */
  setHostToken(token: string | undefined): void {
    if (!this.#ctx || token === this.#ctx.token) return;
    this.#ctx = { ...this.#ctx, token };
    if (token) void this.#try(token, false);
    else this.signOut();
  }

  // ——— sign-in ———

  /** The token typed in the sign-in form. */
  signIn(typed: string): Promise<void> {
    const token = typed.trim();
    if (!token) {
      this.authProblem = 'empty';
      this.changed('token');
      return Promise.resolve();
    }
    return this.#try(token);
  }

  /** Forgets the token (the tab's too) and every dossier shown. */
  signOut(): void {
    this.#forget();
    this.authProblem = undefined;
    this.changed('token');
  }

  /**
   * Tries a token by loading the dossiers with it: the list, or the sign-in again with why.
   * `focus`: the committee asked (the sign-in form), so the list's title takes the focus.
   */
  async #try(token: string, focus = true): Promise<void> {
    this.#token = token;
    this.#verified = false;
    this.checking = true;
    this.authProblem = undefined;
    this.view = 'list';
    if (focus) this.#focus = 'heading';
    await this.reload();
    if (this.#token !== token) return; // refused (`lost()` is back at the sign-in), or signed out
    this.checking = false;
    this.changed();
  }

  /** A 401 or 403: the token is forgotten and the sign-in says why. */
  lost(error: unknown): boolean {
    const code = codeOf(error);
    if (code !== 'unauthorized' && code !== 'forbidden') return false;
    const verified = this.#verified;
    this.#forget();
    this.authProblem = code === 'forbidden' ? 'forbidden' : verified ? 'expired' : 'unauthorized';
    this.refused(error);
    this.changed('token');
    return true;
  }

  #forget(): void {
    this.#abort?.abort();
    ++this.#generation;
    this.#token = '';
    this.#verified = false;
    this.checking = false;
    if (this.#ctx && !this.#ctx.token) this.#write(undefined);
    else if (this.#ctx) this.#ctx = { ...this.#ctx, token: undefined };
    this.#reset();
  }

  #reset(): void {
    this.view = 'sign-in';
    this.dossiers = [];
    this.status = 'idle';
    this.error = undefined;
    this.loaded = this.total = 0;
    this.filters = START_FILTERS;
    this.sort = START_SORT;
    this.openId = undefined;
    this.decision.close();
    this.attendance.reset();
  }

  // ——— the dossiers ———

  /** Every dossier again, page after page ("Actualiser", "Réessayer"). */
  async reload(): Promise<void> {
    const { api, campaign } = this.ctx;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    const generation = ++this.#generation;
    const token = this.#token;
    this.status = 'loading';
    this.error = undefined;
    this.loaded = 0;
    this.changed();
    const received: AdminDossier[] = [];
    try {
      const list = api.admin.dossiers(campaign.id, { limit: 100 }, { token, signal: abort.signal });
      this.total = (await list).total;
      for await (const dossier of list) {
        if (generation !== this.#generation) return;
        if (received.push(dossier) % 100 === 0) {
          this.loaded = received.length;
          this.changed();
        }
      }
      if (generation !== this.#generation) return;
      this.#verified = true;
      if (!this.hostToken) this.#write(token);
      this.dossiers = received;
      this.loaded = this.total = received.length;
      this.status = 'ready';
    } catch (error) {
      if (generation !== this.#generation || this.lost(error)) return;
      this.status = 'error';
      this.error = error;
      this.refused(error);
    } finally {
      if (generation === this.#generation) this.#abort = undefined;
    }
    this.changed();
  }

  /** The dossiers the filters let through, in order (computed once per change). */
  get visible(): AdminDossier[] {
    const of = [this.dossiers, this.filters, this.sort];
    if (!this.#visible || this.#visible.of.some((x, i) => x !== of[i])) {
      this.#visible = { of, list: visibleDossiers(this.dossiers, this.filters, this.sort, this.#collator) };
    }
    return this.#visible.list;
  }

  setFilters(patch: Partial<DossierFilters>): void {
    this.filters = { ...this.filters, ...patch };
    this.changed();
  }

  clearFilters(): void {
    this.filters = { status: '', category: '', commune: '', q: '' };
    this.changed('table');
  }

  sortBy(key: SortKey): void {
    this.sort = nextSort(this.sort, key);
    this.changed();
  }

  /** A dossier as the server now has it (after a decision, or a refusal that told of one). */
  updated(dossier: AdminDossier): void {
    this.dossiers = this.dossiers.map((d) => (d.id === dossier.id ? dossier : d));
    this.changed();
  }

  decided(dossier: AdminDossier): void {
    this.#options.onDecided?.(dossier);
  }

  // ——— screens ———

  open(id: string): void {
    const dossier = this.dossiers.find((d) => d.id === id);
    if (!dossier) return;
    this.openId = id;
    this.#openedAt = this.visible.findIndex((d) => d.id === id);
    this.view = 'detail';
    this.decision.open(dossier, this.ctx.campaign);
    this.changed('heading');
  }

  /**
   * Back to the list, the focus on the dossier's row; if the filters no longer show it (it was
   * decided under "À examiner"), on the row that took its place, else on the table.
   */
  back(): void {
    const id = this.openId;
    const list = this.visible;
    this.view = 'list';
    this.openId = undefined;
    this.decision.close();
    const row = list.find((d) => d.id === id) ?? list[Math.min(this.#openedAt, list.length - 1)];
    this.changed(row ? { row: row.id } : 'table');
  }

  /** The next dossier still to decide after the one shown, in the list's order. */
  get nextUndecided(): AdminDossier | undefined {
    const list = this.visible;
    const from = list.findIndex((d) => d.id === this.openId);
    return [...list.slice(from + 1), ...list.slice(0, Math.max(from, 0))].find((d) => d.status === 'submitted' && d.id !== this.openId);
  }

  showAttendance(): void {
    this.view = 'attendance';
    this.decision.close();
    this.openId = undefined;
    this.#focus = 'heading';
    this.attendance.start();
    this.changed();
  }

  showList(): void {
    if (this.view === 'detail') return this.back();
    this.view = 'list';
    this.changed('heading');
  }

  /** The flows ask for the focus through here. */
  focus(target: ConsoleFocus): void {
    this.#focus = target;
  }

  // ——— the element's life ———

  /** The element left the page: requests stop, and start again when it comes back. */
  pause(): void {
    if (this.status !== 'loading' || !this.#abort) return;
    this.#interrupted = true;
    this.#abort.abort();
    ++this.#generation;
  }

  resume(): void {
    if (!this.#interrupted) return;
    this.#interrupted = false;
    if (this.#token) void (this.checking ? this.#try(this.#token, false) : this.reload());
  }

  // ——— within ———

  changed(focus = this.#focus): void {
    this.#focus = focus;
    this.#options.onChange();
  }

  refused(error: unknown): void {
    this.#options.onError?.(codeOf(error), this.view);
  }

  #read(): string {
    try {
      return this.#store.get(tokenKey(this.ctx.apiBase)) ?? '';
    } catch {
      return '';
    }
  }

  /** The token for the tab (`undefined`: none); storage may be refused, the console goes on. */
  #write(token: string | undefined): void {
    try {
      const key = tokenKey(this.ctx.apiBase);
      if (token) this.#store.set(key, token);
      else this.#store.delete(key);
    } catch {
      // Private mode, sandboxed frame: the token lives in memory only.
    }
  }
}
