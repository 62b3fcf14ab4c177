import type { BudgetCitoyenError, Results } from '@budget-citoyen/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { realTimers, type Timers } from './timers.js';

/** Opens a subscription (the SDK's `results.subscribe`); returns its unsubscribe. */
export type Subscribe = (onResults: (results: Results) => void, onError: (error: BudgetCitoyenError) => void) => () => void;

export interface FeedHandlers {
  onResults(results: Results): void;
  /** Told of each error; the feed has already closed the subscription and planned the next. */
  onError(error: BudgetCitoyenError): void;
}

const FIRST_RETRY_MS = 2_000;
const MAX_RETRY_MS = 120_000;

/**
 * Keeps one live results subscription open while it is wanted, the host is in the page and the
 * tab is visible. The SDK chooses Server-Sent Events or polling; this adds what it leaves to
 * the caller: closing the subscription while the tab is hidden (no traffic for nobody), and on
 * each reported error closing it and opening a new one after an exponential, jittered delay
 * (so that thousands of pages do not come back in the same second after an outage).
 */
export class ResultsFeed implements ReactiveController {
  timers: Timers = realTimers;
  /** `[0, 1)`; the jitter's source. */
  random: () => number = Math.random;

  #subscribe: Subscribe | undefined;
  #unsubscribe: (() => void) | undefined;
  #retryTimer: unknown;
  #failures = 0;
  #inPage = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly handlers: FeedHandlers,
  ) {
    host.addController(this);
  }

  /** Whether a subscription is wanted (it may be paused: hidden tab, waiting to retry). */
  get active(): boolean {
    return this.#subscribe !== undefined;
  }

  start(subscribe: Subscribe): void {
    this.stop();
    this.#subscribe = subscribe;
    this.#connect();
  }

  stop(): void {
    this.#subscribe = undefined;
    this.#failures = 0;
    this.#disconnect();
  }

  /** Closes and reopens the subscription now, forgetting past failures ("Réessayer"). */
  retryNow(): void {
    this.#failures = 0;
    this.#disconnect();
    this.#connect();
  }

  hostConnected(): void {
    this.#inPage = true;
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.#connect();
  }

  hostDisconnected(): void {
    this.#inPage = false;
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#disconnect();
  }

  #onVisibility = (): void => {
    if (document.visibilityState === 'hidden') this.#disconnect();
    else this.#connect();
  };

  #connect(): void {
    const subscribe = this.#subscribe;
    if (!subscribe || !this.#inPage || this.#unsubscribe || this.#retryTimer !== undefined) return;
    if (document.visibilityState === 'hidden') return;
    this.#unsubscribe = subscribe(
      (results) => {
        this.#failures = 0;
        this.handlers.onResults(results);
      },
      (error) => {
        this.#disconnect();
        this.#scheduleRetry();
        this.handlers.onError(error);
      },
    );
  }

  #disconnect(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    if (this.#retryTimer !== undefined) this.timers.clearTimeout(this.#retryTimer);
    this.#retryTimer = undefined;
  }

  #scheduleRetry(): void {
    const ceiling = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** this.#failures++);
    const delay = ceiling / 2 + (ceiling / 2) * this.random();
    this.#retryTimer = this.timers.setTimeout(() => {
      this.#retryTimer = undefined;
      this.#connect();
    }, delay);
  }
}
