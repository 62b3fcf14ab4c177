/**
 * The comptoirs' attendance: the committee picks a comptoir, sees its registrations, and marks
 * people as attended by their codes, typed or pasted (one per line, or separated by commas, in
 * any case) and by the rows ticked. The answer says which codes were marked and which match no
 * registration of this comptoir; the registrations are then read again.
 */
import type { AdminRegistration, AttendanceResult, Comptoir } from '@budget-citoyen/sdk';
import { MAX_CODE_LENGTH, MAX_CODES, mergeCodes, parseCodes } from './codes.js';
import type { ConsoleOptions, Session } from './console-ports.js';

export type Loading = 'idle' | 'loading' | 'ready' | 'error';
/** What is wrong with the codes before anything is sent. */
export type CodesProblem = 'empty' | 'too-many';

export class AttendanceFlow {
  comptoirs: Comptoir[] = [];
  comptoirsStatus: Loading = 'idle';
  comptoirsError: unknown;
  comptoirId = '';
  registrations: AdminRegistration[] = [];
  registrationsStatus: Loading = 'idle';
  registrationsError: unknown;
  codesText = '';
  /** Codes of the rows ticked (as the server wrote them). */
  checked = new Set<string>();
  codesProblem: CodesProblem | undefined;
  busy = false;
  error: unknown;
  /** The last marking's answer, with the codes too long to be anyone's. */
  result: (AttendanceResult & { comptoirId: string }) | undefined;

  readonly #session: Session;
  readonly #options: Pick<ConsoleOptions, 'onAttendance'>;
  /** Of the registrations shown; `#epoch`, of everything (a sign-out drops what is on its way). */
  #generation = 0;
  #epoch = 0;

  constructor(session: Session, options: Pick<ConsoleOptions, 'onAttendance'>) {
    this.#session = session;
    this.#options = options;
  }

  reset(): void {
    ++this.#epoch;
    ++this.#generation;
    this.comptoirs = [];
    this.comptoirsStatus = this.registrationsStatus = 'idle';
    this.comptoirId = '';
    this.registrations = [];
    this.#clearForm();
    this.result = undefined;
  }

  /** The comptoirs of the campaign, once (again after a failure). */
  start(): void {
    if (this.comptoirsStatus === 'ready' || this.comptoirsStatus === 'loading') return;
    const { api, campaign } = this.#session.ctx;
    const epoch = this.#epoch;
    void this.#load(
      'comptoirs',
      () => api.comptoirs.list(campaign.id, { limit: 100 }).toArray(),
      () => epoch === this.#epoch,
      (comptoirs) => (this.comptoirs = comptoirs.sort((a, b) => Date.parse(a.start) - Date.parse(b.start))),
    );
  }

  /** Shows a comptoir's registrations (`''`: none chosen). */
  choose(comptoirId: string): void {
    this.comptoirId = comptoirId;
    this.#clearForm();
    this.result = undefined;
    this.registrations = [];
    if (comptoirId) void this.loadRegistrations();
    else this.#session.changed();
  }

  loadRegistrations(): Promise<void> {
    const { api, campaign } = this.#session.ctx;
    const comptoirId = this.comptoirId;
    const generation = ++this.#generation;
    return this.#load(
      'registrations',
      () => api.admin.registrations(campaign.id, comptoirId, { limit: 100 }, { token: this.#session.token }).toArray(),
      () => generation === this.#generation,
      (registrations) => (this.registrations = registrations),
    );
  }

  setCodes(text: string): void {
    this.codesText = text;
    this.codesProblem = undefined;
    this.#session.changed();
  }

  check(code: string, on: boolean): void {
    const checked = new Set(this.checked);
    if (on) checked.add(code);
    else checked.delete(code);
    this.checked = checked;
    this.codesProblem = undefined;
    this.#session.changed();
  }

  /** The codes that would be sent now: typed, then ticked. */
  get codes(): string[] {
    return mergeCodes(parseCodes(this.codesText), [...this.checked]);
  }

  /** Marks the codes as attended at the chosen comptoir. */
  async submit(): Promise<void> {
    if (this.busy || !this.comptoirId) return;
    const codes = this.codes;
    // A code longer than any can be is nobody's: said so without asking the server.
    const sent = codes.filter((c) => c.length <= MAX_CODE_LENGTH);
    const tooLong = codes.filter((c) => c.length > MAX_CODE_LENGTH);
    this.codesProblem = codes.length === 0 ? 'empty' : sent.length > MAX_CODES ? 'too-many' : undefined;
    this.error = undefined;
    if (this.codesProblem) {
      return this.#session.changed({ field: 'codes' });
    }
    const { api, campaign } = this.#session.ctx;
    const comptoirId = this.comptoirId;
    this.busy = true;
    this.result = undefined;
    this.#session.changed();
    try {
      const answer = sent.length
        ? await api.admin.markAttendance(campaign.id, comptoirId, { codes: sent }, { token: this.#session.token })
        : { attended: [], unknown: [] };
      const result = { ...answer, unknown: [...answer.unknown, ...tooLong], comptoirId };
      if (comptoirId !== this.comptoirId) return;
      this.result = result;
      this.#clearForm();
      this.#options.onAttendance?.(comptoirId, { attended: result.attended, unknown: result.unknown });
      this.#session.focus('attendance');
      void this.loadRegistrations();
    } catch (error) {
      if (this.#session.lost(error)) return;
      this.error = error;
      this.#session.refused(error);
      this.#session.focus('attendance');
    } finally {
      this.busy = false;
      this.#session.changed();
    }
  }

  /**
   * Loads one of the panel's lists: `loading`, then `ready` once `loaded` took it, or `error`
   * (told; a 401 or 403 brings the sign-in back); nothing once `current()` is false (a newer
   * load, a sign-out).
   */
  async #load<T>(list: 'comptoirs' | 'registrations', request: () => Promise<T>, current: () => boolean, loaded: (value: T) => void): Promise<void> {
    this[`${list}Status`] = 'loading';
    this[`${list}Error`] = undefined;
    this.#session.changed();
    try {
      const value = await request();
      if (!current()) return;
      loaded(value);
      this[`${list}Status`] = 'ready';
    } catch (error) {
      if (!current() || this.#session.lost(error)) return;
      this[`${list}Status`] = 'error';
      this[`${list}Error`] = error;
      this.#session.refused(error);
    }
    this.#session.changed();
  }

  #clearForm(): void {
    this.codesText = '';
    this.checked = new Set();
    this.codesProblem = undefined;
    this.error = undefined;
  }
}
