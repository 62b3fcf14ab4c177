/**
 * The deposit of a dossier, apart from its rendering, so that it can be driven and tested
 * without a page: the form (checked here with the SDK's own schema before any request), the
 * review of everything (a dossier can never be changed once deposited), the deposit under the
 * draft's one Idempotency-Key, and the receipt. The draft, step included, survives a reload.
 *
 * Steps, in order: `form` → `review` → `done`. Each action moves between them through `#go()`,
 * which keeps the step in the draft and asks the view to focus the new step's heading. The
 * server's refusals become fields (back on the form) or a message at the top of the review in
 * one place, `#handle()`.
 */
import type { Campaign, DossierReceipt, DossierRequest } from '@budget-citoyen/sdk';
import { newIdempotencyKey } from '@budget-citoyen/sdk';
import type { BcClient } from '../base/client.js';
import { checkDossier, FIELDS, toRequest, type Field, type FieldErrors } from './checks.js';
import {
  clearDraft,
  draftKey,
  loadDraft,
  newDraft,
  saveDraft,
  sessionDraftStore,
  type DossierDraft,
  type DossierFields,
  type DossierReceiptView,
  type DraftStore,
} from './draft.js';
import { codeOf } from '../base/refusals.js';
import { fieldsRefused } from './refusals.js';

export type DossierStep = 'form' | 'review' | 'done';

/** The SDK client's call the deposit makes; the page's shared client has it. */
export interface DossierApi {
  dossiers: Pick<BcClient['dossiers'], 'submit'>;
}

/** What the deposit is about: given by `start()`, again whenever the campaign or the API changes. */
export interface DossierContext {
  api: DossierApi;
  campaign: Campaign;
  /** The API's base URL: a draft belongs to one API and one campaign. */
  apiBase: string;
  /** The département's commune codes once loaded: the check then knows every commune. */
  communeCodes?(): ReadonlySet<string> | undefined;
}

export interface DossierFlowOptions {
  /** Where the draft is kept between reloads. @default sessionStorage */
  store?: DraftStore;
  /** Called after each change of state: the view renders it. */
  onChange(): void;
  /** A check or a request was refused: the view emits `bc-dossier-error`. */
  onError?(code: string, step: DossierStep): void;
  /** The dossier was deposited: the view emits `bc-dossier-submit`. */
  onSubmit?(receipt: DossierReceipt): void;
}

/** Where the focus goes once the change is rendered: the step's heading, or a field. */
export type FocusTarget = 'heading' | { field: Field };

export class DossierFlow {
  step: DossierStep = 'form';
  draft: DossierDraft = newDraft();
  fieldErrors: FieldErrors = {};
  /** A refusal shown at the top of the review. */
  topError: unknown;
  /** The deposit is on its way: its button says so and does nothing more. */
  busy = false;
  receipt: DossierReceiptView | undefined;

  readonly #options: DossierFlowOptions;
  readonly #store: DraftStore;
  #ctx: DossierContext | undefined;
  #storageKey = '';
  #focus: FocusTarget | undefined;

  constructor(options: DossierFlowOptions) {
    this.#options = options;
    this.#store = options.store ?? sessionDraftStore;
  }

  get fields(): DossierFields {
    return this.draft.fields;
  }

  /** Where the view moves the focus after rendering, once. */
  takeFocus(): FocusTarget | undefined {
    const focus = this.#focus;
    this.#focus = undefined;
    return focus;
  }

  /** Starts (or starts again) on a campaign: the stored draft if there is one, else a new one. */
  start(ctx: DossierContext): void {
    this.#ctx = ctx;
    this.#storageKey = draftKey(ctx.apiBase, ctx.campaign.id);
    this.draft = loadDraft(this.#storageKey, this.#store) ?? newDraft();
    this.receipt = this.draft.receipt;
    this.step = this.receipt ? 'done' : this.draft.step;
    this.fieldErrors = {};
    this.topError = undefined;
    this.busy = false;
    this.#changed();
  }

  /** Changes fields as typed. */
  set(patch: Partial<DossierFields>): void {
    this.#patch({ fields: { ...this.draft.fields, ...patch } });
    this.#changed();
  }

  /** Checks everything here (as the server will), then shows it all for review. */
  toReview(): void {
    if (this.#showFieldErrors(this.#check())) return this.#changed();
    this.#go('review');
    this.#changed();
  }

  /** Back to the form ("Modifier"). */
  edit(): void {
    this.#go('form');
    this.#changed();
  }

  /** Deposits the dossier: one request in flight at a time, every attempt under the draft's one key. */
  async submit(): Promise<void> {
    if (this.busy || this.step !== 'review') return;
    // A draft restored from another version of the form, say: checked again before it leaves.
    if (this.#showFieldErrors(this.#check())) {
      this.#go('form', false);
      return this.#changed();
    }
    const { api, campaign } = this.#ctx!;
    this.busy = true;
    this.topError = undefined;
    this.#changed();
    try {
      const body = toRequest(this.fields) as DossierRequest;
      const receipt = await api.dossiers.submit(campaign.id, body, { idempotencyKey: this.draft.key });
      this.receipt = { id: receipt.id, receiptCode: receipt.receiptCode, title: body.title, email: body.holder.email };
      this.#patch({ receipt: this.receipt });
      this.#go('done');
      this.#options.onSubmit?.(receipt);
    } catch (error) {
      this.#handle(error);
    } finally {
      this.busy = false;
      this.#changed();
    }
  }

  /** "Réessayer" at the top of the review: the deposit again, under the same key. */
  retry(): Promise<void> {
    return this.submit();
  }

  /** "Déposer un autre dossier": a new, empty draft with a new key. */
  another(): void {
    clearDraft(this.#storageKey, this.#store);
    this.draft = newDraft();
    this.receipt = undefined;
    this.fieldErrors = {};
    this.#go('form');
    this.#changed();
  }

  // ——— within ———

  #changed(): void {
    this.#options.onChange();
  }

  #check(): FieldErrors {
    return checkDossier(this.fields, { communeCodes: this.#ctx!.communeCodes?.() });
  }

  #patch(patch: Partial<DossierDraft>): void {
    this.draft = { ...this.draft, ...patch };
    if (this.#storageKey) saveDraft(this.#storageKey, this.draft, this.#store);
  }

  #go(step: DossierStep, focusHeading = true): void {
    this.step = step;
    this.topError = undefined;
    if (step !== 'done') this.#patch({ step });
    if (focusHeading) this.#focus = 'heading';
  }

  /**
   * The one place where a refusal becomes fields or a message: the participation code's
   * refusals and `validation_failed`'s fields back on the form, next to their field; a key
   * that met another body gets a new one; anything else at the top of the review (with
   * "Réessayer" when `canRetry`).
   */
  #handle(error: unknown): void {
    const fields = fieldsRefused(error, this.fields);
    if (fields) {
      this.#showFieldErrors(fields, codeOf(error));
      this.#go('form', false);
      return;
    }
    if (codeOf(error) === 'idempotency_conflict') this.#patch({ key: newIdempotencyKey() });
    this.topError = error;
    this.#options.onError?.(codeOf(error), this.step);
  }

  /** Shows field errors and asks for the focus on the first; false when there are none. */
  #showFieldErrors(errors: FieldErrors, code = 'validation_failed'): boolean {
    this.fieldErrors = errors;
    const first = FIELDS.find((f) => errors[f]);
    if (!first) return false;
    this.#options.onError?.(code, this.step);
    this.#focus = { field: first };
    return true;
  }
}
