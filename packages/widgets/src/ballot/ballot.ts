import { msg, str } from '@lit/localize';
import { isBudgetCitoyenError, type BallotState, type Choices, type Project } from '@budget-citoyen/sdk';
import { parisDate, validateBallot } from '@budget-citoyen/sdk/rules';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { BcApiController } from '../base/api-controller.js';
import { BcElement } from '../base/bc-element.js';
import { headingTag } from '../base/headings.js';
import { loadCommunes } from '../base/client.js';
import { formatDateTime } from '../base/format.js';
import { addTranslations } from '../base/i18n.js';
import { categoryLabel } from '../base/labels.js';
import { renderError, renderLoading } from '../base/states.js';
import { tokenStyles } from '../base/styles.js';
import { safeUrl } from '../base/urls.js';
import { visitorSeed } from '../base/visitor-seed.js';
import { ballotStyles } from './ballot.styles.js';
import { birthDate, checkIdentity, FIELDS, serverFieldErrors, type Field, type FieldErrors } from './checks.js';
import { CommuneCombobox } from './commune-combobox.js';
import { choiceError, renderCategory } from './choices-template.js';
import { renderDatePart, renderErrorSummary, renderFieldError, renderStepHeader, renderTextField } from './form-template.js';
import { clearDraft, draftKey, loadDraft, newDraft, newKey, saveDraft, type Draft, type DraftStep, type Identity } from './draft.js';
// Declares bc-ballot-cast and bc-ballot-error on the global event map, for emit() and for users.
import './events.js';
import type { BallotStep } from './events.js';
import { fieldMessage, topMessage } from './messages.js';
import { renderReceipt, renderVoteWindow, type Receipt } from './receipt-template.js';

addTranslations('en', () => import('./locales/en.js'));

export type { BallotStep, BcBallotCastDetail, BcBallotErrorDetail } from './events.js';

const codeOf = (error: unknown): string => (isBudgetCitoyenError(error) ? error.code : 'unknown');
const asList = (v: string | string[] | undefined): string[] => (v === undefined ? [] : typeof v === 'string' ? [v] : v);

/**
 * The vote, from identity to receipt: who votes (checked as the server checks, before any
 * request), one choice per category (or up to `voting.choicesPerCategory`), a review, then the
 * cast and a printable receipt. Before and after the vote window (by the server's clock) it says
 * when the vote opens or that it closed.
 *
 * A vote is never lost: the draft (identity, choices, step, voter token) survives a reload in
 * `sessionStorage`, per API and campaign, until the ballot is cast. A vote is never doubled: one
 * Idempotency-Key per draft, sent with every attempt and every retry, and one cast in flight at
 * a time. A voter who already voted is shown so, with the receipt; an expired session asks for
 * the identity again and keeps the choices.
 *
 * A project chosen in `<bc-project-gallery>` or `<bc-project-card>` on the same page (their
 * `bc-project-select` event, whose navigation it cancels) or named in the URL (`?projet=<id>`)
 * is preselected in its category.
 *
 * @summary The ballot of the budget citoyen: identity, choices, review, receipt.
 * @tag bc-ballot
 *
 * @event {CustomEvent<BcBallotCastDetail>} bc-ballot-cast - The ballot was recorded; `detail` is the receipt (`receiptCode`, `castAt`, `choices`).
 * @event {CustomEvent<BcBallotErrorDetail>} bc-ballot-error - A check or a request was refused: `detail.code` (`not_eligible_age`, `not_resident`, `validation_failed`, `phase_closed`, `already_voted`, `unauthorized`, `network_error`…) and `detail.step`.
 *
 * @csspart base - The ballot's wrapper.
 * @csspart heading - Each step's title (`<h2>`, or the level `heading-level` gives), focused when the step starts.
 * @csspart step - The "Étape 2 sur 3" line of the heading.
 * @csspart progress - The step indicator's bar.
 * @csspart error-summary - The list of errors at the top of a step.
 * @csspart field - Each label + control group.
 * @csspart label - Each field's label or legend.
 * @csspart input - Each text input; the commune's is also `combobox`.
 * @csspart field-error - The message next to an invalid field or category.
 * @csspart listbox - The commune suggestions; each is `option`.
 * @csspart notice - The "session expired" notice.
 * @csspart category - Each category's fieldset.
 * @csspart project - Each project of a category.
 * @csspart details - A project's summary and description (`<details>`).
 * @csspart review - The review's list of choices.
 * @csspart receipt - The receipt; its code is `receipt-code`.
 * @csspart button - Every button; also `next-button`, `back-button`, `cast-button`, `print-button`, `retry-button`.
 * @csspart state - Loading and error states; also `state-loading`, `state-error`.
 *
 * @cssproperty --bc-color-primary - Buttons, step indicator, active option. Default #000091.
 * @cssproperty --bc-color-error - Invalid fields and their messages. Default #ce0500.
 * @cssproperty --bc-ballot-max-width - Widest the ballot gets. Default 48rem.
 */
export class BcBallot extends BcElement {
  static override styles = [tokenStyles, ballotStyles];

  /** Where the results are published: linked once the vote is closed, and from the receipt. */
  @property({ attribute: 'results-url' }) resultsUrl?: string;

  /** The rules of the vote, linked next to their acceptance box (opens in a new window). */
  @property({ attribute: 'rules-url' }) rulesUrl?: string;

  /**
   * Level of each step's title, 1 to 6, to fit your page's outline; the error summary's title
   * is one level below. Default 2 (`<h2>`).
   */
  @property({ attribute: 'heading-level', type: Number }) headingLevel?: number;

  @state() private step: BallotStep = 'identity';
  @state() private draft: Draft = newDraft();
  @state() private projects: Project[] | undefined;
  @state() private projectsError: unknown;
  @state() private fieldErrors: FieldErrors = {};
  /** Category id (or `''`: the ballot as a whole) → invalid. */
  @state() private choiceErrors: string[] = [];
  @state() private topError: unknown;
  @state() private busy = false;
  @state() private receipt: Receipt | undefined;
  @state() private expired = false;
  @state() private announcement = '';

  private readonly api = new BcApiController(this, { onCampaign: () => this.#start() });
  private readonly communes = new CommuneCombobox(this, (communeText, c) =>
    this.#setIdentity({ communeText, communeCode: c?.code ?? '' }),
  );
  #storageKey = '';
  /** Where to go back to once a voter whose session expired has registered again. */
  #resume: DraftStep = 'choices';
  #casting = false;
  /** A project preselected before the projects arrived: announced with its title once they do. */
  #unannounced: { projectId: string; category: string } | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('bc-project-select', this.#onProjectSelect);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('bc-project-select', this.#onProjectSelect);
  }

  get #campaign() {
    return this.api.campaign!;
  }

  get #max(): number {
    return Math.max(1, this.#campaign.voting.choicesPerCategory);
  }

  // ——— draft ———

  #start(): void {
    this.#storageKey = draftKey(this.api.apiBase, this.#campaign.id);
    const stored = loadDraft(this.#storageKey);
    const valid = Boolean(stored?.token && stored.expiresAt && Date.parse(stored.expiresAt) > this.api.now()!);
    this.draft = stored ? (valid ? stored : { ...stored, token: undefined, expiresAt: undefined }) : newDraft();
    this.step = valid ? stored!.step : 'identity';
    this.expired = Boolean(stored && !valid && stored.step !== 'identity');
    if (this.expired) this.#resume = stored!.step;
    this.receipt = undefined;
    this.fieldErrors = {};
    this.choiceErrors = [];
    this.topError = undefined;
    this.communes.load(() => loadCommunes(this.api.client));
    this.#loadProjects();
    // Cast from another tab, or the answer to a cast was lost in a reload: the server knows.
    if (valid) void this.#verify().catch(() => undefined);
  }

  #patch(patch: Partial<Draft>): void {
    this.draft = { ...this.draft, ...patch };
    if (this.#storageKey) saveDraft(this.#storageKey, this.draft);
  }

  #setIdentity(patch: Partial<Identity>): void {
    this.#patch({ identity: { ...this.draft.identity, ...patch } });
  }

  #loadProjects = (): void => {
    const campaign = this.#campaign;
    this.projects = undefined;
    this.projectsError = undefined;
    this.api.client.projects
      .list(campaign.id, { limit: 100, sort: 'random', seed: visitorSeed() })
      .toArray()
      .then(
        (projects) => {
          if (campaign !== this.api.campaign) return;
          this.projects = projects;
          const waiting = this.#unannounced;
          this.#unannounced = undefined;
          const chosen = waiting && projects.find((x) => x.id === waiting.projectId);
          if (chosen && this.draft.choices[waiting.category]?.includes(chosen.id)) this.#announcePreselection(chosen, waiting.category);
          const id = new URLSearchParams(location.search).get('projet');
          const p = projects.find((x) => x.id === id);
          if (p && !this.draft.choices[p.category]?.length) this.#preselect(p.id, p.category);
        },
        (error: unknown) => (this.projectsError = error),
      );
  };

  // ——— choices ———

  #choose(category: string, projectId: string, on: boolean): void {
    const max = this.#max;
    const now = this.draft.choices[category] ?? [];
    const next =
      max === 1
        ? on && projectId
          ? [projectId]
          : []
        : on
          ? now.includes(projectId) || now.length >= max
            ? now
            : [...now, projectId]
          : now.filter((id) => id !== projectId);
    this.#patch({ choices: { ...this.draft.choices, [category]: next } });
  }

  #preselect(projectId: string, category: string): boolean {
    if (this.step === 'done' || !this.api.isOpen('vote')) return false;
    const p = this.projects?.find((x) => x.id === projectId);
    if (this.projects ? p?.category !== category : !this.#campaign.categories.some((c) => c.id === category)) return false;
    this.#choose(category, projectId, true);
    // Several choices allowed and none left in this category: nothing was preselected.
    if (!this.draft.choices[category]?.includes(projectId)) return false;
    // Said with the project's title, which comes with the projects: now, or once they arrive.
    if (p) this.#announcePreselection(p, category);
    else this.#unannounced = { projectId, category };
    return true;
  }

  #announcePreselection(project: Project, category: string): void {
    this.announcement = this.localize(() =>
      msg(str`« ${project.title} » est présélectionné dans la catégorie ${categoryLabel(category, this.api.categoryName(category))}.`, {
        id: 'ballot.preselected',
      }),
    );
  }

  #onProjectSelect = (e: GlobalEventHandlersEventMap['bc-project-select']): void => {
    const { projectId, category } = e.detail;
    if (this.api.status !== 'ready' || !this.#preselect(projectId, category)) return;
    // The ballot is on this page: no need to follow the card's link to it.
    e.preventDefault();
    this.scrollIntoView({ block: 'start' });
  };

  /** The choices as the API takes them: one id per category, or a list when several are allowed. */
  #body(): Choices {
    const body: Choices = {};
    for (const [category, ids] of Object.entries(this.draft.choices)) {
      if (ids.length) body[category] = this.#max === 1 ? ids[0]! : ids;
    }
    return body;
  }

  // ——— steps ———

  async #go(step: BallotStep): Promise<void> {
    this.step = step;
    this.topError = undefined;
    if (step !== 'done') this.#patch({ step });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="heading"]')?.focus();
  }

  #error(code: string): void {
    this.emit('bc-ballot-error', { code, step: this.step });
  }

  #fail(error: unknown): void {
    this.topError = error;
    this.#error(codeOf(error));
  }

  /** Shows field errors, focuses the first invalid field; false when there are none. */
  async #showFieldErrors(errors: FieldErrors, code = 'validation_failed'): Promise<boolean> {
    this.fieldErrors = errors;
    const first = FIELDS.find((f) => errors[f]);
    if (!first) return false;
    this.#error(code);
    await this.updateComplete;
    this.#focus(`bc-${first}`);
    return true;
  }

  /** Focuses a field by id; for a fieldset of choices, its chosen (else first) option. */
  #focus(id: string): void {
    const el = this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`);
    (el?.localName === 'fieldset' ? el.querySelector<HTMLElement>('input:checked, input') : el)?.focus();
  }

  #submitIdentity = async (e?: Event): Promise<void> => {
    e?.preventDefault();
    if (this.busy) return;
    const campaign = this.#campaign;
    const identity = this.draft.identity;
    const local = checkIdentity(identity, {
      day: parisDate(new Date(this.api.now()!)),
      minAge: campaign.voting.minAge,
      departmentCode: campaign.territory.code,
      communeCodes: this.communes.codes,
    });
    this.topError = undefined;
    if (await this.#showFieldErrors(local)) return;
    this.busy = true;
    this.announcement = this.localize(() => msg('Vérification de vos informations…', { id: 'ballot.checking' }));
    try {
      const session = await this.api.client.voters.register(campaign.id, {
        firstName: identity.firstName.trim(),
        lastName: identity.lastName.trim(),
        birthDate: birthDate(identity)!,
        communeCode: identity.communeCode,
        email: identity.email.trim(),
      });
      this.#patch({ token: session.token, expiresAt: session.expiresAt });
      if (!(await this.#verify())) {
        this.expired = false;
        void this.#go(this.#resume);
        this.#resume = 'choices';
      }
    } catch (error) {
      const fields = serverFieldErrors(error);
      if (fields) await this.#showFieldErrors(fields, codeOf(error));
      else this.#fail(error);
    } finally {
      this.busy = false;
      this.announcement = '';
    }
  };

  /** Asks the server for this voter's ballot; shows it and returns true when it is cast. */
  async #verify(): Promise<boolean> {
    try {
      const ballot: BallotState = await this.api.client.ballot.get(this.#campaign.id, { token: this.draft.token! });
      if (ballot.status !== 'cast') return false;
      this.#error('already_voted');
      this.#done({ ...ballot, already: true });
      return true;
    } catch (error) {
      if (codeOf(error) !== 'unauthorized') throw error;
      this.#expire(this.step === 'identity' ? 'choices' : (this.step as DraftStep));
      return true;
    }
  }

  #expire(resume: DraftStep): void {
    this.#error('unauthorized');
    this.#patch({ token: undefined, expiresAt: undefined });
    this.#resume = resume;
    this.expired = true;
    void this.#go('identity');
  }

  #done(receipt: Receipt): void {
    this.receipt = receipt;
    clearDraft(this.#storageKey);
    this.#storageKey = '';
    void this.#go('done');
  }

  #toReview = async (e: Event): Promise<void> => {
    e.preventDefault();
    const campaign = this.#campaign;
    const problems = validateBallot(this.#body(), {
      categories: campaign.categories,
      projects: this.projects ?? [],
      choicesPerCategory: this.#max,
    });
    if (!problems.length) {
      this.choiceErrors = [];
      void this.#go('review');
      return;
    }
    await this.#showChoiceErrors(problems.map((p) => p.path));
  };

  async #showChoiceErrors(paths: string[]): Promise<void> {
    this.choiceErrors = [...new Set(paths.map((p) => p.split('.')[1] ?? ''))];
    this.#error('validation_failed');
    if (this.step !== 'choices') await this.#go('choices');
    await this.updateComplete;
    this.#focus(`bc-cat-${this.choiceErrors[0] || this.#campaign.categories[0]?.id}`);
  }

  #cast = async (): Promise<void> => {
    if (this.#casting) return;
    if (!this.draft.token) return this.#expire('review');
    this.#casting = this.busy = true;
    this.topError = undefined;
    this.announcement = this.localize(() => msg('Envoi de votre vote…', { id: 'ballot.sending' }));
    try {
      const receipt = await this.api.client.ballot.cast(this.#campaign.id, this.#body(), {
        token: this.draft.token,
        idempotencyKey: this.draft.key,
      });
      this.#done({ ...receipt, already: false });
      this.emit('bc-ballot-cast', receipt);
    } catch (error) {
      const code = codeOf(error);
      if (code === 'unauthorized') this.#expire('review');
      else if (code === 'already_voted' || code === 'idempotency_conflict') {
        // The first attempt was recorded after all, or this key met other choices.
        if (await this.#verify().catch(() => false)) return;
        if (code === 'already_voted') {
          this.#error(code);
          this.#done({ already: true });
        } else {
          this.#patch({ key: newKey() });
          this.#fail(error);
        }
      } else if (code === 'validation_failed' && isBudgetCitoyenError(error) && error.errors.length) {
        await this.#showChoiceErrors(error.errors.map((p) => p.path));
      } else this.#fail(error);
    } finally {
      this.#casting = this.busy = false;
      this.announcement = '';
    }
  };

  // ——— rendering ———

  protected override render() {
    if (this.api.status === 'error') return renderError(this.api.error, () => this.api.retry());
    if (this.api.status === 'loading') return html`<div aria-busy="true">${renderLoading()}</div>`;
    const phase = this.api.phase('vote');
    return html`<div part="base" class="ballot">
      ${this.step === 'done'
        ? this.#renderDone(this.receipt!)
        : phase !== 'open'
          ? renderVoteWindow(phase === 'past', this.#dates(), this.#resultsLink(), this.#heading())
          : this.step === 'identity'
            ? this.#renderIdentity()
            : this.step === 'choices'
              ? this.#renderChoices()
              : this.#renderReview()}
      <p class="bc-visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }

  /** The tag of a heading `depth` levels below the steps' titles. */
  #heading(depth = 0) {
    return headingTag(this.headingLevel, 2, depth);
  }

  #dates(): [string, string] | undefined {
    const vote = this.#campaign.phases.find((p) => p.id === 'vote');
    return vote && [formatDateTime(vote.start, this.locale), formatDateTime(vote.end, this.locale)];
  }

  #resultsLink(): TemplateResult | typeof nothing {
    const href = safeUrl(this.resultsUrl, document.baseURI);
    return href
      ? html`<p><a part="results-link" href=${href}>${msg('Voir les résultats du vote', { id: 'ballot.results-link' })}</a></p>`
      : nothing;
  }

  #renderTopError(retry: (() => void) | undefined): TemplateResult | typeof nothing {
    return this.topError
      ? renderError(this.topError, retry ?? (() => undefined), {
          message: topMessage(this.topError, this.#dates()),
          retry: Boolean(retry) && !['phase_closed', 'validation_failed', 'forbidden'].includes(codeOf(this.topError)),
        })
      : nothing;
  }

  #fieldMessage(f: Field): string | undefined {
    const code = this.fieldErrors[f];
    const c = this.#campaign;
    return code && fieldMessage(f, code, c.voting.minAge, c.territory.name);
  }

  #textField(name: 'firstName' | 'lastName' | 'email', label: string, autocomplete: string, hint?: string): TemplateResult {
    return renderTextField({
      name,
      label,
      type: name === 'email' ? 'email' : 'text',
      autocomplete,
      hint,
      error: this.#fieldMessage(name),
      value: this.draft.identity[name],
      onInput: (value) => this.#setIdentity({ [name]: value }),
    });
  }

  #datePart(part: 'day' | 'month' | 'year', id: string, label: string, error: string | undefined): TemplateResult {
    return renderDatePart({
      part,
      id,
      label,
      errorId: error && 'bc-birthDate-error',
      value: this.draft.identity[part],
      onInput: (value) => this.#setIdentity({ [part]: value }),
    });
  }

  #renderIdentity(): TemplateResult {
    const c = this.#campaign;
    const i = this.draft.identity;
    const birthError = this.#fieldMessage('birthDate');
    const rulesError = this.#fieldMessage('rules');
    const rulesHref = safeUrl(this.rulesUrl, document.baseURI);
    const summary = FIELDS.flatMap((f) => {
      const text = this.#fieldMessage(f);
      return text ? [[`bc-${f}`, text] as [string, string]] : [];
    });
    return html`${renderStepHeader(1, msg('Vos informations', { id: 'ballot.identity' }), this.#heading())}
      ${this.expired
        ? html`<p part="notice" class="notice">
            ${msg('Votre session a expiré. Confirmez vos informations pour continuer : vos choix sont conservés.', {
              id: 'ballot.expired',
            })}
          </p>`
        : nothing}
      ${this.#renderTopError(() => void this.#submitIdentity())}
      <form novalidate @submit=${this.#submitIdentity}>
        ${renderErrorSummary(summary, this.locale, (id) => this.#focus(id), this.#heading(1))}
        <p class="intro">
          ${msg(str`Toute personne habitant le ${c.territory.name} et âgée d'au moins ${c.voting.minAge} ans peut voter, une seule fois. Tous les champs sont obligatoires.`, {
            id: 'ballot.intro',
          })}
        </p>
        ${this.#textField('firstName', msg('Prénom', { id: 'ballot.first-name' }), 'given-name')}
        ${this.#textField('lastName', msg('Nom', { id: 'ballot.last-name' }), 'family-name')}
        <fieldset part="field" class="field" aria-describedby="bc-birthDate-hint${birthError ? ' bc-birthDate-error' : ''}">
          <legend part="label">${msg('Date de naissance', { id: 'ballot.birth-date' })}</legend>
          <p class="hint" id="bc-birthDate-hint">${msg('Par exemple : 14 7 2010', { id: 'ballot.birth-hint' })}</p>
          ${renderFieldError('bc-birthDate-error', birthError)}
          <div class="date">
            ${this.#datePart('day', 'bc-birthDate', msg('Jour', { id: 'ballot.day' }), birthError)}
            ${this.#datePart('month', 'bc-birth-month', msg('Mois', { id: 'ballot.month' }), birthError)}
            ${this.#datePart('year', 'bc-birth-year', msg('Année', { id: 'ballot.year' }), birthError)}
          </div>
        </fieldset>
        ${this.communes.render({
          id: 'bc-communeCode',
          label: msg('Commune de résidence', { id: 'ballot.commune' }),
          hint: msg('Tapez le nom de votre commune ou son code postal, puis choisissez-la dans la liste.', {
            id: 'ballot.commune-hint',
          }),
          error: this.#fieldMessage('communeCode'),
          value: i.communeText,
          lang: this.locale,
        })}
        ${this.#textField(
          'email',
          msg('Adresse e-mail', { id: 'ballot.email' }),
          'email',
          msg('Elle sert à vérifier que chaque personne ne vote qu’une fois.', { id: 'ballot.email-hint' }),
        )}
        <div part="field" class="field check">
          ${renderFieldError('bc-rules-error', rulesError)}
          <input
            id="bc-rules"
            name="rules"
            type="checkbox"
            aria-invalid=${rulesError ? 'true' : nothing}
            aria-describedby=${rulesError ? 'bc-rules-error' : nothing}
            .checked=${live(i.rules)}
            @change=${(e: Event) => this.#setIdentity({ rules: (e.target as HTMLInputElement).checked })}
          />
          <label part="label" for="bc-rules">${msg("J'ai lu et j'accepte le règlement du budget citoyen.", { id: 'ballot.rules' })}</label>
          ${rulesHref
            ? html`<a href=${rulesHref} target="_blank" rel="noopener"
                >${msg('Lire le règlement', { id: 'ballot.rules-link' })}<span class="bc-visually-hidden">
                  ${msg('(nouvelle fenêtre)', { id: 'ballot.new-window' })}</span
                ></a
              >`
            : nothing}
        </div>
        <div class="actions">
          <button part="button next-button" class="bc-button" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
            ${this.busy ? msg('Vérification…', { id: 'ballot.checking-short' }) : msg('Continuer', { id: 'ballot.continue' })}
          </button>
        </div>
      </form>`;
  }

  #renderChoices(): TemplateResult {
    const max = this.#max;
    const categories = this.#campaign.categories;
    const summary = this.choiceErrors.map((id) => [`bc-cat-${id || categories[0]?.id}`, choiceError(id)] as [string, string]);
    return html`${renderStepHeader(2, msg('Vos choix', { id: 'ballot.choices' }), this.#heading())}
      ${this.projects
        ? html`<form novalidate @submit=${this.#toReview}>
            ${renderErrorSummary(summary, this.locale, (id) => this.#focus(id), this.#heading(1))}
            <p class="intro">
              ${max === 1
                ? msg('Choisissez un projet par catégorie. Vous pouvez laisser une catégorie sans choix.', { id: 'ballot.choices-intro' })
                : msg(str`Choisissez jusqu'à ${max} projets par catégorie. Vous pouvez laisser une catégorie sans choix.`, {
                    id: 'ballot.choices-intro-many',
                  })}
            </p>
            ${categories.map((c, i) => {
              const error = this.choiceErrors.includes(c.id) ? c.id : i === 0 && this.choiceErrors.includes('') ? '' : undefined;
              return renderCategory({
                id: c.id,
                name: c.name,
                projects: this.projects!.filter((p) => p.category === c.id),
                chosen: this.draft.choices[c.id] ?? [],
                max,
                error: error === undefined ? undefined : choiceError(error),
                lang: this.locale,
                onChange: (projectId, on) => this.#choose(c.id, projectId, on),
              });
            })}
            <div class="actions">
              <button part="button back-button" class="bc-button bc-button--secondary" type="button" @click=${() => this.#go('identity')}>
                ${msg('Retour', { id: 'ballot.back' })}
              </button>
              <button part="button next-button" class="bc-button" type="submit">${msg('Vérifier mon vote', { id: 'ballot.to-review' })}</button>
            </div>
          </form>`
        : this.#projectsState()}`;
  }

  /** While the projects load (or failed to): their titles are needed by every step after the identity. */
  #projectsState(): TemplateResult {
    return this.projectsError
      ? renderError(this.projectsError, this.#loadProjects)
      : html`<div aria-busy="true">${renderLoading(msg('Chargement des projets…', { id: 'ballot.loading-projects' }))}</div>`;
  }

  #titles(ids: string[]): string {
    return ids.map((id) => this.projects?.find((p) => p.id === id)?.title ?? id).join(', ');
  }

  #renderReview(): TemplateResult {
    const i = this.draft.identity;
    const title = renderStepHeader(3, msg('Vérifiez et confirmez votre vote', { id: 'ballot.review' }), this.#heading());
    if (!this.projects) return html`${title}${this.#projectsState()}`;
    return html`${title}
      <dl part="review" class="review">
        ${this.#campaign.categories.map((c) => {
          const ids = this.draft.choices[c.id] ?? [];
          return html`<div>
            <dt>${categoryLabel(c.id, c.name)}</dt>
            <dd>${ids.length ? this.#titles(ids) : msg('Aucun projet', { id: 'ballot.no-project' })}</dd>
          </div>`;
        })}
      </dl>
      <p>${msg(str`Vote de ${i.firstName.trim()} ${i.lastName.trim()}, ${i.communeText}.`, { id: 'ballot.voter' })}</p>
      <p class="notice" part="notice">${msg('Une fois confirmé, votre vote ne peut plus être modifié.', { id: 'ballot.final' })}</p>
      ${this.#renderTopError(() => void this.#cast())}
      <div class="actions">
        <button part="button back-button" class="bc-button bc-button--secondary" type="button" @click=${() => this.#go('choices')}>
          ${msg('Modifier mes choix', { id: 'ballot.edit' })}
        </button>
        <button part="button cast-button" class="bc-button" type="button" aria-disabled=${this.busy ? 'true' : 'false'} @click=${this.#cast}>
          ${this.busy ? msg('Envoi en cours…', { id: 'ballot.sending-short' }) : msg('Confirmer mon vote', { id: 'ballot.cast' })}
        </button>
      </div>`;
  }

  #renderDone(receipt: Receipt): TemplateResult {
    return renderReceipt({
      receipt,
      lang: this.locale,
      lines: Object.entries(receipt.choices ?? {}).map(
        ([c, ids]) => `${categoryLabel(c, this.api.categoryName(c))} : ${this.#titles(asList(ids))}`,
      ),
      resultsLink: this.#resultsLink(),
      heading: this.#heading(),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bc-ballot': BcBallot;
  }
}
