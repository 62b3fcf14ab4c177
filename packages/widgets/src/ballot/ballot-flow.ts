/**
 * The ballot's process, apart from its rendering, so that it can be driven and tested without
 * a page: who votes (checked as the server checks, before any request), the choices, the
 * review, the cast and its receipt; a draft that survives a reload; a session that expires and
 * resumes; a cast whose answer was lost, retried under the same Idempotency-Key.
 *
 * Steps, in order: `identity` → `choices` → `review` → `done`. Each action moves between them
 * through `#go()`, which also keeps the step in the draft and asks the view to focus the new
 * step's heading. The server's refusals become fields, a step or a message in one place,
 * `#handle()`. A new step (an e-mail code between the identity and the choices, say) is a name
 * in `BallotStep`, an action that ends in `#go()`, and its request's refusals in `#handle()`.
 *
 * The view renders the public state after each `onChange()`, calls the actions, and moves the
 * focus where `takeFocus()` says once it has rendered.
 */
import { isBudgetCitoyenError, type Choices, type Project } from '@budget-citoyen/sdk';
import { parisDate, validateBallot } from '@budget-citoyen/sdk/rules';
import { visitorSeed } from '../base/visitor-seed.js';
import type { BallotContext, BallotFlowOptions } from './ballot-ports.js';
import { birthDate, checkIdentity, FIELDS, type Field, type FieldErrors } from './checks.js';
import { choicesBody, toggleChoice } from './choices.js';
import {
  clearDraft,
  draftKey,
  loadDraft,
  newDraft,
  newKey,
  saveDraft,
  sessionDraftStore,
  type Draft,
  type DraftStep,
  type DraftStore,
  type Identity,
} from './draft.js';
import type { BallotStep } from './events.js';
import { categoriesOf, codeOf, fieldsRefused } from './refusals.js';

export type { BallotApi, BallotContext, BallotFlowOptions } from './ballot-ports.js';

export interface Receipt {
  receiptCode?: string | undefined;
  castAt?: string | undefined;
  choices?: Choices | undefined;
  /** Cast before this visit (found by `ballot.get`, or told by `409 already_voted`). */
  already: boolean;
}

/** What the polite live region says: a request on its way, or a project just preselected. */
export type Announcement = 'checking' | 'sending' | { project: Project; category: string };

/** Where the focus goes once the change is rendered: the step's heading, a field, a category. */
export type FocusTarget = 'heading' | { field: Field } | { category: string };

export class BallotFlow {
  step: BallotStep = 'identity';
  draft: Draft = newDraft();
  /** The campaign's projects: every step after the identity needs their titles. */
  projects: Project[] | undefined;
  projectsError: unknown;
  fieldErrors: FieldErrors = {};
  /** Category ids whose choice is refused (`''`: the ballot as a whole). */
  choiceErrors: string[] = [];
  /** A refusal shown at the top of the step. */
  topError: unknown;
  /** The step's request is on its way: its button says so and does nothing more. */
  busy = false;
  receipt: Receipt | undefined;
  /** The voter's session expired: the identity again, with the choices kept. */
  expired = false;
  announcement: Announcement | undefined;

  readonly #options: BallotFlowOptions;
  readonly #store: DraftStore;
  #ctx: BallotContext | undefined;
  #storageKey = '';
  #focus: FocusTarget | undefined;
  /** Where to go back to once a voter whose session expired has registered again. */
  #resume: DraftStep = 'choices';
  #casting = false;
  /** A project preselected before the projects arrived: announced with its title once they do. */
  #unannounced: { projectId: string; category: string } | undefined;

  constructor(options: BallotFlowOptions) {
    this.#options = options;
    this.#store = options.store ?? sessionDraftStore;
  }

  /** How many projects a category takes: `voting.choicesPerCategory`, at least one. */
  get maxChoices(): number {
    return Math.max(1, this.#ctx!.campaign.voting.choicesPerCategory);
  }

  /** Where the view moves the focus after rendering, once. */
  takeFocus(): FocusTarget | undefined {
    const focus = this.#focus;
    this.#focus = undefined;
    return focus;
  }

  /** Starts (or starts again) on a campaign: the stored draft if there is one, else a new one. */
  start(ctx: BallotContext): void {
    this.#ctx = ctx;
    this.#storageKey = draftKey(ctx.apiBase, ctx.campaign.id);
    const stored = loadDraft(this.#storageKey, this.#store);
    const valid = Boolean(stored?.token && stored.expiresAt && Date.parse(stored.expiresAt) > ctx.now());
    this.draft = stored ? (valid ? stored : { ...stored, token: undefined, expiresAt: undefined }) : newDraft();
    this.step = valid ? stored!.step : 'identity';
    this.expired = Boolean(stored && !valid && stored.step !== 'identity');
    if (this.expired) this.#resume = stored!.step;
    this.receipt = undefined;
    this.fieldErrors = {};
    this.choiceErrors = [];
    this.topError = undefined;
    this.loadProjects();
    // Cast from another tab, or the answer to a cast was lost in a reload: the server knows.
    if (valid) void this.#verify().catch(() => undefined);
  }

  /** Asks for the campaign's projects (again after a failure: "Réessayer"). */
  loadProjects = (): void => {
    const ctx = this.#ctx!;
    this.projects = undefined;
    this.projectsError = undefined;
    this.#changed();
    ctx.api.projects
      .list(ctx.campaign.id, { limit: 100, sort: 'random', seed: visitorSeed() })
      .toArray()
      .then(
        (projects) => {
          if (ctx !== this.#ctx) return;
          this.projects = projects;
          const waiting = this.#unannounced;
          this.#unannounced = undefined;
          const chosen = waiting && projects.find((p) => p.id === waiting.projectId);
          if (chosen && this.draft.choices[waiting.category]?.includes(chosen.id)) {
            this.announcement = { project: chosen, category: waiting.category };
          }
          const linked = projects.find((p) => p.id === ctx.linkedProjectId);
          if (linked && !this.draft.choices[linked.category]?.length) this.preselect(linked.id, linked.category);
          this.#changed();
        },
        (error: unknown) => {
          if (ctx !== this.#ctx) return;
          this.projectsError = error;
          this.#changed();
        },
      );
  };

  // ——— identity ———

  setIdentity(patch: Partial<Identity>): void {
    this.#patch({ identity: { ...this.draft.identity, ...patch } });
    this.#changed();
  }

  /** Checks the identity here, then registers the voter and goes on (or back where an expired session left off). */
  async submitIdentity(): Promise<void> {
    if (this.busy) return;
    const { api, campaign, now, communeCodes } = this.#ctx!;
    const identity = this.draft.identity;
    const local = checkIdentity(identity, {
      day: parisDate(new Date(now())),
      minAge: campaign.voting.minAge,
      departmentCode: campaign.territory.code,
      communeCodes: communeCodes?.(),
    });
    this.topError = undefined;
    if (this.#showFieldErrors(local)) return this.#changed();
    this.busy = true;
    this.announcement = 'checking';
    this.#changed();
    try {
      const session = await api.voters.register(campaign.id, {
        firstName: identity.firstName.trim(),
        lastName: identity.lastName.trim(),
        birthDate: birthDate(identity)!,
        communeCode: identity.communeCode,
        email: identity.email.trim(),
      });
      this.#patch({ token: session.token, expiresAt: session.expiresAt });
      if (!(await this.#verify())) {
        this.expired = false;
        this.#go(this.#resume);
        this.#resume = 'choices';
      }
    } catch (error) {
      await this.#handle('register', error);
    } finally {
      this.busy = false;
      this.announcement = undefined;
      this.#changed();
    }
  }

  // ——— choices ———

  /** Ticks (`on`) or unticks a project in its category (`toggleChoice`). */
  choose(category: string, projectId: string, on: boolean): void {
    const chosen = toggleChoice(this.draft.choices[category] ?? [], projectId, on, this.maxChoices);
    this.#patch({ choices: { ...this.draft.choices, [category]: chosen } });
    this.#changed();
  }

  /**
   * A project chosen elsewhere on the page, or in its address, ticked in its category while the
   * vote is open; true when it was.
   */
  preselect(projectId: string, category: string): boolean {
    if (!this.#ctx || this.step === 'done' || !this.#ctx.voteOpen()) return false;
    const p = this.projects?.find((x) => x.id === projectId);
    if (this.projects ? p?.category !== category : !this.#ctx.campaign.categories.some((c) => c.id === category)) return false;
    this.choose(category, projectId, true);
    // Several choices allowed and none left in this category: nothing was preselected.
    if (!this.draft.choices[category]?.includes(projectId)) return false;
    // Said with the project's title, which comes with the projects: now, or once they arrive.
    if (p) this.announcement = { project: p, category };
    else this.#unannounced = { projectId, category };
    this.#changed();
    return true;
  }

  /** The choices checked by the SDK's rule (the server's): the review, or the categories to correct. */
  toReview(): void {
    const { campaign } = this.#ctx!;
    const problems = validateBallot(this.#choices(), {
      categories: campaign.categories,
      projects: this.projects ?? [],
      choicesPerCategory: this.maxChoices,
    });
    if (problems.length) this.#showChoiceErrors(categoriesOf(problems.map((p) => p.path)));
    else {
      this.choiceErrors = [];
      this.#go('review');
    }
    this.#changed();
  }

  /** Back to an earlier step ("Retour", "Modifier mes choix"). */
  goTo(step: 'identity' | 'choices'): void {
    this.#go(step);
    this.#changed();
  }

  // ——— cast ———

  /** Casts the ballot: one request in flight at a time, every attempt under the draft's one key. */
  async cast(): Promise<void> {
    if (this.#casting) return;
    if (!this.draft.token) {
      this.#expire('review');
      return this.#changed();
    }
    const { api, campaign } = this.#ctx!;
    this.#casting = this.busy = true;
    this.topError = undefined;
    this.announcement = 'sending';
    this.#changed();
    try {
      const receipt = await api.ballot.cast(campaign.id, this.#choices(), { token: this.draft.token, idempotencyKey: this.draft.key });
      this.#done({ ...receipt, already: false });
      this.#options.onCast?.(receipt);
    } catch (error) {
      await this.#handle('cast', error);
    } finally {
      this.#casting = this.busy = false;
      this.announcement = undefined;
      this.#changed();
    }
  }

  /** "Réessayer" at the top of the step: what failed, again. */
  retry(): Promise<void> {
    return this.step === 'review' ? this.cast() : this.submitIdentity();
  }

  // ——— within ———

  #changed(): void {
    this.#options.onChange();
  }

  #patch(patch: Partial<Draft>): void {
    this.draft = { ...this.draft, ...patch };
    if (this.#storageKey) saveDraft(this.#storageKey, this.draft, this.#store);
  }

  #go(step: BallotStep): void {
    this.step = step;
    this.topError = undefined;
    if (step !== 'done') this.#patch({ step });
    this.#focus = 'heading';
  }

  #refused(code: string): void {
    this.#options.onError?.(code, this.step);
  }

  /**
   * The one place where a refusal becomes a step, fields or a message: by request, then by
   * code. Anything not named here is shown at the top of the step (with "Réessayer" when
   * `canRetry`). A new request (the e-mail code's) adds its case here.
   */
  async #handle(request: 'register' | 'cast', error: unknown): Promise<void> {
    const code = codeOf(error);
    const fields = request === 'register' ? fieldsRefused(error) : undefined;
    if (fields) this.#showFieldErrors(fields, code);
    else if (request === 'register') this.#fail(error);
    else if (code === 'unauthorized') this.#expire('review');
    else if (code === 'already_voted' || code === 'idempotency_conflict') {
      // The first attempt was recorded after all, or this key met other choices: the server knows.
      if (await this.#verify().catch(() => false)) return;
      if (code === 'already_voted') {
        this.#refused(code);
        this.#done({ already: true });
      } else {
        this.#patch({ key: newKey() });
        this.#fail(error);
      }
    } else if (code === 'validation_failed' && isBudgetCitoyenError(error) && error.errors.length) {
      this.#showChoiceErrors(categoriesOf(error.errors.map((e) => e.path)));
    } else this.#fail(error);
  }

  #fail(error: unknown): void {
    this.topError = error;
    this.#refused(codeOf(error));
  }

  /** Shows field errors and asks for the focus on the first; false when there are none. */
  #showFieldErrors(errors: FieldErrors, code = 'validation_failed'): boolean {
    this.fieldErrors = errors;
    const first = FIELDS.find((f) => errors[f]);
    if (!first) return false;
    this.#refused(code);
    this.#focus = { field: first };
    return true;
  }

  #showChoiceErrors(categories: string[]): void {
    this.choiceErrors = categories;
    this.#refused('validation_failed');
    if (this.step !== 'choices') this.#go('choices');
    const first = categories[0] || this.#ctx!.campaign.categories[0]?.id;
    if (first !== undefined) this.#focus = { category: first };
  }

  /** Asks the server for this voter's ballot; shows it and returns true when it is cast (or the session is gone). */
  async #verify(): Promise<boolean> {
    const { api, campaign } = this.#ctx!;
    try {
      const ballot = await api.ballot.get(campaign.id, { token: this.draft.token! });
      if (ballot.status !== 'cast') return false;
      this.#refused('already_voted');
      this.#done({ ...ballot, already: true });
      return true;
    } catch (error) {
      if (codeOf(error) !== 'unauthorized') throw error;
      // Back to where the voter was, once registered again (the choices, from the identity).
      this.#expire(this.step === 'identity' ? 'choices' : (this.step as DraftStep));
      return true;
    } finally {
      this.#changed();
    }
  }

  #expire(resume: DraftStep): void {
    this.#refused('unauthorized');
    this.#patch({ token: undefined, expiresAt: undefined });
    this.#resume = resume;
    this.expired = true;
    this.#go('identity');
  }

  #done(receipt: Receipt): void {
    this.receipt = receipt;
    clearDraft(this.#storageKey, this.#store);
    this.#storageKey = '';
    this.#go('done');
  }

  #choices(): Choices {
    return choicesBody(this.draft.choices, this.maxChoices);
  }
}
