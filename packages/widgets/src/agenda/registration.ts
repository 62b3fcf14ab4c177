/**
 * The registration dialog's behaviour: a native `<dialog>` opened with `showModal()` (focus
 * trapped, Escape closes, the page behind inert), the first field focused on opening, focus
 * back on the comptoir's button on closing, one submission at a time, one idempotency key per
 * opening, and every answer of the API turned into words (see `registration-template.ts`).
 */
import { hasErrorCode, isBudgetCitoyenError, isNotFoundError, newIdempotencyKey as newKey, type Comptoir, type Registration } from '@budget-citoyen/sdk';
import type { ReactiveController } from 'lit';
import type { BcElement } from '../base/bc-element.js';
import { copyText, type CopyOutcome } from './clipboard.js';
import './events.js';
import { validateRegistration, type Field, type FieldErrors } from './registration-validation.js';

/**
 * Why an attempt failed when no field is to blame: registrations closed (or the comptoir
 * gone), the comptoir started meanwhile (`409 registration_closed`), the data refused by the
 * API's own checks, or anything else (network, server).
 */
export type RegistrationProblem = 'closed' | 'started' | 'rejected' | 'failed';

export interface RegistrationState {
  comptoir: Comptoir;
  errors: FieldErrors;
  /** A request is in flight: the form does not submit again. */
  sending: boolean;
  problem?: RegistrationProblem;
  error?: unknown;
  result?: Registration;
  copy?: CopyOutcome;
}

export interface RegistrationOptions {
  register(comptoirId: string, body: { name: string; email: string }, idempotencyKey: string): Promise<Registration>;
  /** The comptoir's seats or state changed: the agenda refreshes its list. */
  changed(): void;
}

const FIELDS: Field[] = ['name', 'email'];


export class RegistrationController implements ReactiveController {
  state: RegistrationState | undefined;
  /**
   * One key per opening, so a double submission or an automatic retry is one registration.
   * Renewed only once the server has answered with an error (nothing was created, and the
   * corrected form is another request: the same key with another body is a 409).
   */
  #key = '';
  #session = 0;
  #focus: Field | 'title' | undefined;
  #closedInFlight = false;
  readonly #host: BcElement;
  readonly #options: RegistrationOptions;

  constructor(host: BcElement, options: RegistrationOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get #dialog(): HTMLDialogElement | null {
    return this.#host.renderRoot.querySelector('dialog');
  }

  open(comptoir: Comptoir): void {
    this.#session++;
    this.#key = newKey();
    this.state = { comptoir, errors: {}, sending: false };
    this.#closedInFlight = false;
    this.#focus = 'name';
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    const dialog = this.#dialog;
    if (!dialog || !this.#host.isConnected) return;
    if (this.state && !dialog.open && !this.#closedInFlight) dialog.showModal();
    if (this.#focus) {
      this.#host.renderRoot.querySelector<HTMLElement>(`#bc-reg-${this.#focus}`)?.focus();
      this.#focus = undefined;
    }
  }

  submit = (event: SubmitEvent): void => {
    event.preventDefault();
    const s = this.state;
    if (!s || s.sending || s.result) return;
    const form = event.currentTarget as HTMLFormElement;
    const value = (field: Field) => (form.elements.namedItem(field) as HTMLInputElement).value.trim();
    const name = value('name');
    const email = value('email');
    s.errors = validateRegistration(name, email);
    s.problem = undefined;
    const invalid = FIELDS.find((f) => s.errors[f]);
    if (invalid) {
      this.#focus = invalid;
      this.#host.requestUpdate();
      return;
    }
    s.sending = true;
    this.#host.requestUpdate();
    const session = this.#session;
    this.#options.register(s.comptoir.id, { name, email }, this.#key).then(
      (result) => {
        if (session !== this.#session) return;
        s.sending = false;
        this.#closedInFlight = false;
        s.result = result;
        this.#focus = 'title';
        this.#host.emit('bc-comptoir-register', { comptoirId: s.comptoir.id, status: result.status, code: result.code });
        this.#options.changed();
        this.#host.requestUpdate();
      },
      (error: unknown) => {
        if (session !== this.#session) return;
        s.sending = false;
        if (this.#closedInFlight) {
          // Nothing was registered and the visitor left: forget it.
          this.#session++;
          this.state = undefined;
          this.#host.requestUpdate();
          return;
        }
        if (isBudgetCitoyenError(error) && error.status !== undefined) this.#key = newKey();
        this.#fail(s, error);
        this.#host.requestUpdate();
      },
    );
  };

  #fail(s: RegistrationState, error: unknown): void {
    if (hasErrorCode(error, 'already_registered')) {
      s.errors = { email: 'taken' };
      this.#focus = 'email';
      return;
    }
    const started = hasErrorCode(error, 'registration_closed');
    const final = started || hasErrorCode(error, 'phase_closed') || isNotFoundError(error);
    s.problem = started ? 'started' : final ? 'closed' : hasErrorCode(error, 'validation_failed') ? 'rejected' : 'failed';
    s.error = error;
    if (final) {
      // The form goes away with its button: focus the dialog's title, and refresh the agenda.
      this.#focus = 'title';
      this.#options.changed();
    }
  }

  close = (): void => {
    if (!this.state?.sending) this.#dialog?.close();
  };

  /** Escape while a request is in flight would lose its answer, and the registration code. */
  onCancel = (event: Event): void => {
    if (this.state?.sending) event.preventDefault();
  };

  /** After the dialog closed (button or Escape): back to the comptoir it was opened from. */
  onClose = (): void => {
    // A `close` queued before a new opening must not end the new one.
    if (this.#dialog?.open) return;
    const id = this.state?.comptoir.id;
    if (this.state?.sending) {
      // Closed in flight anyway (a browser may refuse to cancel Escape twice in a row): the
      // answer reopens the dialog if it holds a registration code, the one thing not to lose.
      this.#closedInFlight = true;
    } else {
      this.#session++;
      this.state = undefined;
      this.#host.requestUpdate();
    }
    const item = [...this.#host.renderRoot.querySelectorAll<HTMLElement>('[data-comptoir-id]')].find(
      (el) => el.dataset.comptoirId === id,
    );
    // Its button may have gone (registrations closed meanwhile): its calendar link then.
    item?.querySelector<HTMLElement>('[part~="register-button"], a')?.focus();
  };

  copy = async (): Promise<void> => {
    const s = this.state;
    const node = this.#host.renderRoot.querySelector('[part~="code"]');
    if (!s?.result || !node) return;
    const outcome = await copyText(s.result.code, node);
    if (this.state !== s) return;
    s.copy = outcome;
    this.#host.requestUpdate();
  };
}
