/**
 * The ballot's process, apart from its rendering, so that it can be driven and tested without
 * a page: who votes (checked as the server checks, before any request), the code e-mailed to
 * prove the address, the choices, the review, the cast and its receipt; a draft that survives a
 * reload; a session that expires and resumes; a cast whose answer was lost, retried under the
 * same Idempotency-Key.
 *
 * Steps, in order: `identity` → `code` → `choices` → `review` → `done`. Each action moves between
 * them through `#go()`, which also keeps the step in the draft and asks the view to focus the new
 * step's heading. Each request is in a module of its own with its refusals (which become fields,
 * a step or a message): the projects in `projects.ts`, the registration in `registration.ts`,
 * the code in `verification.ts`, the cast and its recovery in `cast-recovery.ts`; they reach the
 * flow's inner moves through `FlowCore`. The last two, with the templates of the code, choices
 * and review steps, are loaded on demand (`load-later-steps.ts`, through `later.prepare()`). A new step
 * is a name in `BallotStep`, an action that ends in `#go()`, and its request's refusals beside it.
 *
 * The view renders the public state after each `onChange()`, calls the actions, and moves the
 * focus where `takeFocus()` says once it has rendered. While a new code cannot be asked for yet,
 * the flow changes every second (the countdown); `stop()` ends that when the view goes away.
 */
import type { Project } from '@budget-citoyen/sdk';
import { parisDate, validateBallot } from '@budget-citoyen/sdk/rules';
import type { BallotContext, BallotFlowOptions } from './ballot-ports.js';
import { checkIdentity, FIELDS, type FieldErrors } from './checks.js';
import { choicesBody, toggleChoice } from './choices.js';
import {
  clearDraft,
  draftKey,
  liveDraft,
  loadDraft,
  loadReceipt,
  newDraft,
  saveDraft,
  sessionDraftStore,
  type Draft,
  type DraftStep,
  type DraftStore,
  type Identity,
  type Receipt,
} from './draft.js';
import type { BallotStep } from './events.js';
import type { Announcement, FlowCore, FocusTarget } from './flow-core.js';
import { LaterLoader, type LaterSteps } from './load-later-steps.js';
import { loadProjects, preselect } from './projects.js';
import { codeOf } from '../base/refusals.js';
import { categoriesOf } from './refusals.js';
import { register } from './registration.js';

export type { BallotApi, BallotContext, BallotFlowOptions } from './ballot-ports.js';
export type { Receipt } from './draft.js';
export type { Announcement, FocusTarget } from './flow-core.js';

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
  /** The code typed so far (kept in memory only: it dies in minutes). */
  code = '';
  /**
   * What is wrong with the code typed: `0`, not 6 digits; `n > 0`, not the code sent, `n` tries
   * left; `-1`, not the code sent (the server did not say how many tries are left).
   */
  codeError: number | undefined;
  /** The code died (15 minutes passed, or too many wrong ones): the identity again, for a new one. */
  codeLost = false;
  /**
   * What is known of a cast that failed: `lost`, not recorded (refused, never sent, or read back
   * empty): confirm again; `unsure`, sent and unanswered: read the ballot back first (`checkVote`).
   */
  castFailed: 'lost' | 'unsure' | undefined;
  announcement: Announcement | undefined;
  /** The later steps (code, choices, review, cast), loaded on demand: the view renders them once there. */
  readonly later = new LaterLoader(() => this.#changed());

  readonly #options: BallotFlowOptions;
  readonly #store: DraftStore;
  #ctx: BallotContext | undefined;
  #storageKey = '';
  #focus: FocusTarget | undefined;
  /** Where to go back to once a voter whose session expired has registered again. */
  #resume: DraftStep = 'choices';
  /** What "Réessayer" does again: the request that failed. */
  #last: () => Promise<void> = () => this.submitIdentity();
  #ticking: ReturnType<typeof setInterval> | undefined;

  /** The flow's inner moves, for the modules of its requests. */
  readonly #core: FlowCore;

  constructor(options: BallotFlowOptions) {
    this.#options = options;
    this.#store = options.store ?? sessionDraftStore;
    this.#core = {
      ctx: () => this.#ctx!,
      options,
      unannounced: undefined,
      patch: (patch) => this.#patch(patch),
      go: (step) => this.#go(step),
      refused: (code) => this.#refused(code),
      fail: (error) => this.#fail(error),
      focus: (target) => void (this.#focus = target),
      showChoiceErrors: (categories) => this.#showChoiceErrors(categories),
      expire: (resume) => this.#expire(resume),
      done: (receipt) => this.#done(receipt),
      resume: () => {
        this.expired = false;
        this.#go(this.#resume);
        this.#resume = 'choices';
      },
      showFieldErrors: (errors, code) => this.#showFieldErrors(errors, code),
    };
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
    this.receipt = loadReceipt(this.#storageKey, this.#store);
    const stored = loadDraft(this.#storageKey, this.#store);
    const was = stored?.step ?? 'identity';
    const draft = (this.draft = liveDraft(stored, ctx.now()));
    // Back where it was, if what that step needs is still there: the code's verification, or the token.
    this.step = was === 'code' ? (draft.verification ? was : 'identity') : draft.token ? was : 'identity';
    this.codeLost = was === 'code' && !draft.verification;
    this.expired = this.step === 'identity' && (was === 'choices' || was === 'review');
    if (this.expired) this.#resume = was;
    // Voted in this tab before a reload: the receipt again (its titles come with the projects).
    if (this.receipt) this.step = 'done';
    this.fieldErrors = {};
    this.choiceErrors = [];
    this.topError = undefined;
    this.#countdown();
    this.loadProjects();
    // Cast from another tab, or the answer to a cast was lost in a reload: the server knows.
    if (draft.token) void this.later.prepare().then((later) => later.checkCast(this, this.#core)).catch(() => undefined);
    // A reload at the code step: shown once loaded.
    else if (this.step === 'code') void this.later.prepare().catch(() => undefined);
  }

  /** Ends the countdown's ticks (the view left the page). */
  stop(): void {
    clearInterval(this.#ticking);
  }

  /** Asks for the campaign's projects (again after a failure: "Réessayer"). */
  loadProjects = (): void => loadProjects(this, this.#core);

  // ——— identity ———

  setIdentity(patch: Partial<Identity>): void {
    this.#patch({ identity: { ...this.draft.identity, ...patch } });
    this.#changed();
  }

  /** Checks the identity here, then registers the voter: a code is e-mailed (the code step). */
  async submitIdentity(): Promise<void> {
    if (this.busy) return;
    const { campaign, now, communeCodes } = this.#ctx!;
    const local = checkIdentity(this.draft.identity, {
      day: parisDate(new Date(now())),
      minAge: campaign.voting.minAge,
      departmentCode: campaign.territory.code,
      communeCodes: communeCodes?.(),
    });
    this.topError = undefined;
    this.#last = () => this.submitIdentity();
    if (this.#showFieldErrors(local)) return this.#changed();
    return this.#register();
  }

  // ——— code ———

  setCode(code: string): void {
    this.code = code;
    this.#changed();
  }

  /** Seconds before a new code may be asked for (0: now), by the server's clock. */
  resendIn(): number {
    const at = this.draft.verification?.resendAfter;
    return at ? Math.max(0, Math.ceil((Date.parse(at) - this.#ctx!.now()) / 1000)) : 0;
  }

  /** Gives the code back: the token, then on (or to the receipt, when this voter already voted). */
  async submitCode(): Promise<void> {
    if (this.busy) return;
    const code = this.code.replace(/\s/g, '');
    this.topError = undefined;
    this.#last = () => this.submitCode();
    if (!/^\d{6}$/.test(code)) {
      this.codeError = 0;
      this.#refused('validation_failed');
      this.#focus = { field: 'code' };
      return this.#changed();
    }
    await this.#requestLater('checking', (later) => later.verifyCode(this, this.#core, code));
  }

  /** "Renvoyer le code", once the server allows another: a new code replaces the old one. */
  resend(): Promise<void> {
    if (this.busy || this.resendIn()) return Promise.resolve();
    this.#last = () => this.resend();
    return this.#register();
  }

  /** "Modifier mon adresse e-mail": the identity again, as typed, the focus on the address. */
  changeEmail(): void {
    this.#go('identity');
    // After #go's own: the view reads it once rendered.
    this.#focus = { field: 'email' };
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
    return !!this.#ctx && preselect(this, this.#core, projectId, category);
  }

  /** The choices checked by the SDK's rule (the server's): the review, or the categories to correct. */
  toReview(): void {
    const { campaign } = this.#ctx!;
    const problems = validateBallot(choicesBody(this.draft.choices, this.maxChoices), {
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
  }

  // ——— cast ———

  /** Casts the ballot: one request in flight at a time, every attempt under the draft's one key. */
  async cast(): Promise<void> {
    if (this.busy) return;
    if (!this.draft.token) {
      this.#expire('review');
      return this.#changed();
    }
    this.topError = this.castFailed = undefined;
    this.#last = () => this.cast();
    await this.#requestLater('sending', (later) => later.sendBallot(this, this.#core));
  }

  /** "Vérifier mon vote" once a cast went unanswered: the ballot read back, the receipt if it is recorded. */
  checkVote(): Promise<void> {
    return this.busy ? Promise.resolve() : this.#requestLater('checking', (later) => later.checkVote(this, this.#core));
  }

  /** "Une autre personne veut voter": the receipt forgotten, a new ballot from the identity. */
  restart(): void {
    clearDraft(this.#storageKey, this.#store);
    this.start(this.#ctx!);
    this.#go('identity');
  }

  /** "Réessayer" at the top of the step: what failed, again. */
  retry(): Promise<void> {
    return this.#last();
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
    this.topError = this.castFailed = undefined;
    if (step !== 'done') this.#patch({ step });
    this.#focus = 'heading';
    this.#countdown();
    // Rendered at once: whoever hears of the change (an event) finds it on the page.
    this.#changed();
  }

  /** On the code step, a change every second until a new code may be asked for; then said once. */
  #countdown(): void {
    clearInterval(this.#ticking);
    if (this.step !== 'code' || !this.resendIn()) return;
    this.#ticking = setInterval(() => {
      if (this.step === 'code' && this.resendIn()) return this.#changed();
      clearInterval(this.#ticking);
      if (this.step === 'code') this.announcement = 'resend-ready';
      this.#changed();
    }, 1000);
  }

  /** Registers the identity as typed (`registration.ts`): a (new) code is e-mailed. */
  #register(): Promise<void> {
    // The code step comes next: loaded meanwhile, so that it shows without a wait.
    const later = this.later.prepare().catch(() => undefined);
    return this.#request(this.step === 'code' ? undefined : 'checking', () => register(this, this.#core, later));
  }

  /** A request of the later steps (`#request`); when they cannot be loaded, that failure said at the top instead. */
  #requestLater(said: Announcement, run: (later: LaterSteps) => Promise<Announcement | undefined | void>): Promise<void> {
    return this.#request(said, () => this.later.prepare().then(run, (error: unknown) => this.#fail(error)));
  }

  /**
   * One request at a time: `busy` (its button says so), `said` in the live region while it is on
   * its way, and what `run` returns said once it is done.
   */
  async #request(said: Announcement | undefined, run: () => Promise<Announcement | undefined | void>): Promise<void> {
    this.busy = true;
    this.announcement = said;
    this.#changed();
    let after: Announcement | undefined | void;
    try {
      after = await run();
    } finally {
      this.busy = false;
      this.announcement = after || undefined;
      this.#changed();
    }
  }

  #refused(code: string): void {
    this.#options.onError?.(code, this.step);
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

  #expire(resume: DraftStep): void {
    this.#refused('unauthorized');
    this.#patch({ token: undefined, expiresAt: undefined });
    this.#resume = resume;
    this.expired = true;
    this.#go('identity');
  }

  /** Recorded: the receipt replaces the draft in storage (no identity, token or key left), for a reload. */
  #done({ receiptCode, castAt, choices, already }: Receipt): void {
    this.receipt = { receiptCode, castAt, choices, already };
    saveDraft(this.#storageKey, { receipt: this.receipt }, this.#store);
    this.#go('done');
  }
}
