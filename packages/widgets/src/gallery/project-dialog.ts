/**
 * The gallery's project details: a native modal `<dialog>` (focus moved in and trapped, Escape
 * and the backdrop close it) reachable by its own address, `#projet-<id>`. A hash typed or
 * followed opens it (and Back, taking that hash away, closes it); opening a card shows the
 * project's address in place of the page's. Closing by any means puts the page's address back
 * and gives the focus to the card the details came from, and never moves the page.
 *
 * The address changes by `history.replaceState` only: going back in the history on closing, as
 * this once did, let the browser restore an older scroll position (undoing a ballot's scroll
 * into view after "Voter") and, after a `#projets` menu link, drop the focus on `<body>`.
 */
import { msg } from '@lit/localize';
import { isNotFoundError, type Project } from '@budget-citoyen/sdk';
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { BcElement } from '../base/bc-element.js';
import { renderLoading } from '../base/states.js';
import type { Lang } from '../base/i18n.js';
import { renderProjectError, textLang } from '../card/project-details.js';

const HASH_PREFIX = '#projet-';

/** The address of a project's details. */
export const projectHash = (id: string): string => HASH_PREFIX + encodeURIComponent(id);

/** The project id of a `#projet-<id>` hash, if that is what the hash is. */
export function projectIdFromHash(hash: string): string | undefined {
  if (!hash.startsWith(HASH_PREFIX) || hash.length === HASH_PREFIX.length) return undefined;
  try {
    return decodeURIComponent(hash.slice(HASH_PREFIX.length));
  } catch {
    return undefined;
  }
}

export interface DialogState {
  id: string;
  project?: Project;
  error?: unknown;
}

export interface ProjectDialogOptions {
  /** Whether projects can be asked for yet (the campaign is known). */
  ready(): boolean;
  /** The project when a card already shows it: no request then. */
  known(id: string): Project | undefined;
  fetch(id: string): Promise<Project>;
}

export class ProjectDialog implements ReactiveController {
  /** What the dialog shows; `undefined` when it is closed. */
  state: DialogState | undefined;

  readonly #host: BcElement;
  readonly #options: ProjectDialogOptions;
  #opener: HTMLElement | undefined;
  /** The page's address before a card showed the project's: put back on closing. */
  #pageUrl: string | undefined;
  /** "Voter" handed the project to a ballot, which takes the focus: the card must not. */
  #handedOver = false;
  #generation = 0;
  /** `state` changed since the last render: the dialog opens if it is not open. */
  #stateChanged = false;

  constructor(host: BcElement, options: ProjectDialogOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get #dialog(): HTMLDialogElement | null {
    return this.#host.renderRoot.querySelector('dialog');
  }

  #show(state: DialogState | undefined): void {
    this.state = state;
    this.#stateChanged = true;
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.syncWithHash);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.syncWithHash);
  }

  hostUpdated(): void {
    const dialog = this.#dialog;
    // Opens when `state` changes only. Between a close() and its close event, which comes in a
    // later task, `state` is still set: another update in that gap must not open it again.
    if (this.#stateChanged && this.state && dialog && !dialog.open) {
      dialog.showModal();
      this.#host.renderRoot.querySelector<HTMLElement>('#bc-dialog-title')?.focus();
    }
    this.#stateChanged = false;
  }

  /** A card's title link was activated: its details open here, unless a new tab or window was asked for. */
  openFromCard = (event: MouseEvent): void => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.currentTarget as HTMLAnchorElement;
    const id = link.closest<HTMLElement>('[data-project-id]')?.dataset.projectId;
    if (!id) return;
    event.preventDefault();
    this.#opener = link;
    if (projectIdFromHash(location.hash) !== id) {
      this.#pageUrl ??= location.href;
      history.replaceState(history.state, '', projectHash(id));
    }
    this.open(id);
  };

  /** Opens or closes the details as the address says (on `hashchange`, and once the campaign is known). */
  syncWithHash = (): void => {
    if (!this.#options.ready()) return;
    const id = projectIdFromHash(location.hash);
    if (id && id !== this.state?.id) {
      this.#pageUrl = undefined;
      this.open(id);
    } else if (!id && this.state) {
      this.close();
    }
  };

  open(id: string): void {
    if (!this.#options.ready()) return;
    const known = this.#options.known(id);
    const generation = ++this.#generation;
    this.#show(known ? { id, project: known } : { id });
    if (known) return;
    this.#options.fetch(id).then(
      (project) => {
        if (generation === this.#generation) this.#show({ id, project });
      },
      (error: unknown) => {
        if (generation === this.#generation) this.#show({ id, error });
      },
    );
  }

  /**
   * Closes the details; the close event, in a later task, tidies up (`onClose`). Until then a
   * project still on its way must not set `state` again, which would reopen it.
   */
  close = (): void => {
    ++this.#generation;
    this.#dialog?.close();
  };

  /** A ballot on the page took the project ("Voter"): the details close and the ballot has the focus. */
  handOver(): void {
    this.#handedOver = true;
    this.close();
  }

  /** Escape: the browser closes the dialog itself, right after this event. */
  onCancel = (): void => {
    ++this.#generation;
  };

  /** After the dialog closed by any means: button, Escape, backdrop, Back, hash change. */
  onClose = (): void => {
    const closed = this.state;
    this.#show(undefined);
    ++this.#generation;
    if (closed && projectIdFromHash(location.hash) === closed.id) {
      history.replaceState(history.state, '', this.#pageUrl ?? location.pathname + location.search);
    }
    this.#pageUrl = undefined;
    const root = this.#host.renderRoot;
    // Arrived by the project's address, nothing opened the details: its card then, if shown.
    const opener =
      this.#opener?.isConnected && this.#opener.getRootNode() === root
        ? this.#opener
        : [...root.querySelectorAll<HTMLElement>('[data-project-id]')]
            .find((card) => card.dataset.projectId === closed?.id)
            ?.querySelector<HTMLElement>('.card-title a');
    this.#opener = undefined;
    if (!this.#handedOver) opener?.focus({ preventScroll: true });
    this.#handedOver = false;
  };

  onClick = (event: MouseEvent): void => {
    // Only the backdrop targets the <dialog> itself: its content fills it.
    if (event.target === this.#dialog) this.close();
  };
}

/** The `<dialog>`, with the details `details` renders once the project is there. */
export function renderProjectDialog(dialog: ProjectDialog, details: (project: Project) => TemplateResult, lang: Lang): TemplateResult {
  return html`<dialog part="dialog" aria-labelledby="bc-dialog-title" @cancel=${dialog.onCancel} @close=${dialog.onClose} @click=${dialog.onClick}>
    ${dialog.state ? renderBody(dialog, dialog.state, details, lang) : nothing}
  </dialog>`;
}

function renderBody(dialog: ProjectDialog, d: DialogState, details: (project: Project) => TemplateResult, lang: Lang): TemplateResult {
  // One header for every state: the focused title survives "loading" turning into the project.
  const p = d.project;
  const title = p
    ? p.title
    : d.error
      ? isNotFoundError(d.error)
        ? msg('Projet introuvable', { id: 'dialog.not-found-title' })
        : msg('Erreur', { id: 'dialog.error-title' })
      : msg('Chargement du projet…', { id: 'card.loading' });
  return html`<div part="dialog-body" class="dialog-body">
    <div class="dialog-header">
      <h2 part="dialog-title" id="bc-dialog-title" tabindex="-1" lang=${p ? textLang(lang) : nothing}>${title}</h2>
      <button part="button dialog-close" type="button" class="bc-button bc-button--secondary" @click=${dialog.close}>
        ${msg('Fermer', { id: 'dialog.close' })}
      </button>
    </div>
    ${p ? details(p) : d.error ? renderProjectError(d.error, () => dialog.open(d.id)) : renderLoading()}
  </div>`;
}
