/**
 * One dossier's decision: "Labelliser" in a category (the proposed one at first) or "Refuser"
 * with a reason, checked here, confirmed (a decision is final), then sent. Each decision is sent
 * under one Idempotency-Key, kept for its dossier and body, so that "Réessayer" after a lost
 * answer can never decide twice. The server's refusals become a field, the recorded decision,
 * or a message in one place, `#handle()`.
 */
import { newIdempotencyKey, isBudgetCitoyenError, type AdminDossier, type Campaign, type Decision } from '@budget-citoyen/sdk';
import type { Session } from './console-ports.js';
import { codeOf } from '../base/refusals.js';

export type DecisionKind = Decision['decision'];
export type DecisionField = 'category' | 'reason';
/** `required`, `too-long` (checked here), `invalid` (refused by the server). */
export type FieldProblem = 'required' | 'too-long' | 'invalid';

/** The longest reason the API takes (`Decision`). */
export const MAX_REASON = 2000;

/** How the decision form ended: decided here, or found decided by someone else (`decision_final`). */
export type Outcome = 'decided' | 'already';

export class DecisionFlow {
  dossier: AdminDossier | undefined;
  kind: DecisionKind = 'labelled';
  category = '';
  reason = '';
  fieldErrors: Partial<Record<DecisionField, FieldProblem>> = {};
  /** The confirmation is asked. */
  confirming = false;
  /** The decision is on its way. */
  busy = false;
  /** A refusal shown above the form (network, phase closed…). */
  error: unknown;
  outcome: Outcome | undefined;

  readonly #session: Session;
  #campaign: Campaign | undefined;
  readonly #keys = new Map<string, string>();

  constructor(session: Session) {
    this.#session = session;
  }

  /** The decision to send, as the form now says. */
  get body(): Decision {
    return this.kind === 'labelled' ? { decision: 'labelled', category: this.category } : { decision: 'rejected', reason: this.reason.trim() };
  }

  open(dossier: AdminDossier, campaign: Campaign): void {
    this.dossier = dossier;
    this.#campaign = campaign;
    this.kind = 'labelled';
    const proposed = dossier.proposedCategory;
    this.category = proposed && campaign.categories.some((c) => c.id === proposed) ? proposed : (campaign.categories[0]?.id ?? '');
    this.reason = '';
    this.fieldErrors = {};
    this.confirming = this.busy = false;
    this.error = undefined;
    this.outcome = undefined;
  }

  close(): void {
    this.dossier = undefined;
    this.confirming = false;
  }

  setKind(kind: DecisionKind): void {
    this.kind = kind;
    this.fieldErrors = {};
    this.#session.changed();
  }

  setCategory(category: string): void {
    this.category = category;
    delete this.fieldErrors.category;
    this.#session.changed();
  }

  setReason(reason: string): void {
    this.reason = reason;
    if (this.fieldErrors.reason && reason.trim()) delete this.fieldErrors.reason;
    this.#session.changed();
  }

  /** Checks the form as the server would, then asks for the confirmation. */
  review(): void {
    if (this.busy || !this.dossier) return;
    this.error = undefined;
    const problem = this.#check();
    if (problem) {
      this.fieldErrors = { [this.kind === 'labelled' ? 'category' : 'reason']: problem };
      this.#session.focus({ field: this.kind === 'labelled' ? 'category' : 'reason' });
    } else {
      this.fieldErrors = {};
      this.confirming = true;
    }
    this.#session.changed();
  }

  /** "Annuler" in the confirmation: back to the form, nothing sent. */
  cancel(): void {
    if (this.busy) return;
    this.confirming = false;
    this.#session.changed('decision');
  }

  /** Sends the decision (again, for "Réessayer": under the same key). */
  async confirm(): Promise<void> {
    const dossier = this.dossier;
    if (this.busy || !dossier || this.#check()) return;
    const { api, campaign } = this.#session.ctx;
    const body = this.body;
    const keyOf = `${dossier.id}\n${JSON.stringify(body)}`;
    let key = this.#keys.get(keyOf);
    if (!key) this.#keys.set(keyOf, (key = newIdempotencyKey()));
    this.busy = true;
    this.error = undefined;
    this.#session.changed();
    try {
      const decided = await api.admin.decide(campaign.id, dossier.id, body, { token: this.#session.token, idempotencyKey: key });
      this.#show(decided, 'decided');
      this.#session.decided(decided);
    } catch (error) {
      await this.#handle(error, keyOf);
    } finally {
      this.busy = false;
      this.confirming = false;
      this.#session.changed();
    }
  }

  #check(): FieldProblem | undefined {
    if (this.kind === 'labelled') {
      return this.#campaign?.categories.some((c) => c.id === this.category) ? undefined : 'required';
    }
    const reason = this.reason.trim();
    return !reason ? 'required' : reason.length > MAX_REASON ? 'too-long' : undefined;
  }

  #show(dossier: AdminDossier, outcome: Outcome): void {
    if (dossier.id !== this.dossier?.id) return; // closed, or another opened, meanwhile
    this.dossier = dossier;
    this.outcome = outcome;
    this.#session.updated(dossier);
    this.#session.focus('decision');
  }

  /** The one place where a refusal of the decision becomes a field, the recorded decision or a message. */
  async #handle(error: unknown, keyOf: string): Promise<void> {
    if (this.#session.lost(error)) return;
    const code = codeOf(error);
    this.#session.refused(error);
    if (code === 'decision_final') {
      // Someone else decided first: their decision is the one that stands.
      try {
        const { api, campaign } = this.#session.ctx;
        return this.#show(await api.admin.dossier(campaign.id, this.dossier!.id, { token: this.#session.token }), 'already');
      } catch (again) {
        if (this.#session.lost(again)) return;
      }
    }
    if (code === 'idempotency_conflict') this.#keys.delete(keyOf);
    const field = code === 'validation_failed' && isBudgetCitoyenError(error) ? error.errors.map((e) => e.path.split('.')[0]).find((p) => p === 'category' || p === 'reason') : undefined;
    if (field) {
      this.fieldErrors = { [field]: 'invalid' };
      this.#session.focus({ field });
    } else {
      this.error = error;
      this.#session.focus('decision');
    }
  }
}
