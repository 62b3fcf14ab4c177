/**
 * A list the API serves in pages, held for a widget: a query loads the first page, "load more"
 * follows the cursor, and the items, the total and the states (loading, ready, error; and the
 * next page's own) are there to render.
 *
 * Only the latest query's answers count: each new query aborts the requests of the one before
 * and drops their answers, even one that wins the race against its abort (a generation
 * counter). Leaving the page aborts too; coming back asks again for what was interrupted.
 */
import type { Page } from '@budget-citoyen/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type ListStatus = 'loading' | 'ready' | 'error';
export type MoreStatus = 'idle' | 'loading' | 'error';

/**
 * One page of `query`, from `cursor` (`undefined`: the first page). A list shown whole may
 * answer every item at once, as one page with no `nextCursor`.
 */
export type PageSource<T, Q, P extends Page<T> = Page<T>> = (query: Q, cursor: string | undefined, signal: AbortSignal) => PromiseLike<P>;

export interface LoadOptions {
  /** A refresh: what is shown stays while it loads, and stays if it fails. */
  quiet?: boolean;
}

export class ListController<T extends { id: string }, Q, P extends Page<T> = Page<T>> implements ReactiveController {
  /** Of the query: `loading` until its first page arrives (and before any query). */
  status: ListStatus = 'loading';
  error: unknown;
  items: T[] = [];
  total = 0;
  nextCursor: string | null = null;
  /** The last page received, with whatever else the API sent with it. */
  page: P | undefined;
  /** Of "load more", apart: a failed next page keeps the items shown. */
  moreStatus: MoreStatus = 'idle';
  moreError: unknown;
  /** The query shown, or being loaded; `undefined` before the first `load()`. */
  query: Q | undefined;

  readonly #host: ReactiveControllerHost;
  readonly #fetchPage: PageSource<T, Q, P>;
  #generation = 0;
  #abort: AbortController | undefined;
  /** The load in flight, if any: asked again when the host comes back into the page. */
  #loading: LoadOptions | undefined;
  #interrupted: LoadOptions | undefined;

  constructor(host: ReactiveControllerHost, fetchPage: PageSource<T, Q, P>) {
    this.#host = host;
    this.#fetchPage = fetchPage;
    host.addController(this);
  }

  /** Shows `query`: its first page replaces the items. Resolves once it is shown, or failed, or superseded. */
  load(query: Q, options: LoadOptions = {}): Promise<void> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    const generation = ++this.#generation;
    this.query = query;
    this.#loading = options;
    if (!options.quiet) {
      this.status = 'loading';
      this.error = undefined;
    }
    this.moreStatus = 'idle';
    this.#host.requestUpdate();
    return Promise.resolve(this.#fetchPage(query, undefined, abort.signal)).then(
      (page) => {
        if (generation !== this.#generation) return;
        this.#loading = undefined;
        this.items = page.items;
        this.#took(page);
        this.status = 'ready';
        this.#host.requestUpdate();
      },
      (error: unknown) => {
        if (generation !== this.#generation) return;
        this.#loading = undefined;
        if (options.quiet && this.status === 'ready') return;
        this.error = error;
        this.status = 'error';
        this.#host.requestUpdate();
      },
    );
  }

  /** The same query again ("Réessayer"); nothing before the first `load()`. */
  reload(options: LoadOptions = {}): Promise<void> {
    return this.query === undefined ? Promise.resolve() : this.load(this.query, options);
  }

  /**
   * Appends the next page (items already shown are not repeated). Resolves with the index of
   * the first item it added, for the focus to go there; `undefined` when it added nothing: no
   * next page, one already on its way, a failure (`moreStatus`), or a new query meanwhile.
   */
  loadMore(): Promise<number | undefined> {
    const cursor = this.nextCursor;
    const query = this.query;
    if (this.status !== 'ready' || !cursor || query === undefined || this.moreStatus === 'loading') {
      return Promise.resolve(undefined);
    }
    const generation = this.#generation;
    const signal = (this.#abort ??= new AbortController()).signal;
    const first = this.items.length;
    this.moreStatus = 'loading';
    this.moreError = undefined;
    this.#host.requestUpdate();
    return Promise.resolve(this.#fetchPage(query, cursor, signal)).then(
      (page) => {
        if (generation !== this.#generation) return undefined;
        const known = new Set(this.items.map((item) => item.id));
        this.items = [...this.items, ...page.items.filter((item) => !known.has(item.id))];
        this.#took(page);
        this.moreStatus = 'idle';
        this.#host.requestUpdate();
        return first;
      },
      (error: unknown) => {
        if (generation !== this.#generation) return undefined;
        this.moreError = error;
        this.moreStatus = 'error';
        this.#host.requestUpdate();
        return undefined;
      },
    );
  }

  hostConnected(): void {
    const interrupted = this.#interrupted;
    this.#interrupted = undefined;
    if (interrupted) void this.reload(interrupted);
  }

  hostDisconnected(): void {
    this.#interrupted = this.#loading;
    this.#loading = undefined;
    this.#abort?.abort();
    this.#abort = undefined;
    ++this.#generation;
    if (this.moreStatus === 'loading') this.moreStatus = 'idle';
  }

  #took(page: P): void {
    this.page = page;
    this.total = page.total;
    this.nextCursor = page.nextCursor;
  }
}
