/**
 * The ballot's one chunk boundary. `later-steps.ts` (the code step, the choices, the review, the cast and its
 * recovery) is imported here and nowhere else, with a dynamic `import()`, so that the CDN script
 * leaves it out (a chunk fetched on demand, "+ on demand" in `npm run size`): every visitor
 * downloads the vote window's notices, the identity and the receipt; only a voter
 * who starts filling in the ballot downloads the rest. `BallotFlow` holds a `LaterLoader`, whose
 * `prepare()` starts the load on intent (the form's first focus or input, a draft already past
 * the identity) and is awaited before a step that needs it; a failed load (offline) is said with
 * "Réessayer", which tries again.
 */
import type * as laterSteps from './later-steps.js';

export type LaterSteps = typeof laterSteps;

/** The browser fetches the chunk once for the page (every ballot on it shares the module). */
export const loadLaterSteps = (): Promise<LaterSteps> => import('./later-steps.js');

/** The later steps of one ballot: loaded once, on demand; a failure kept until tried again. */
export class LaterLoader {
  /** The later steps, once loaded: the view renders them. */
  steps: LaterSteps | undefined;
  /** Why they could not be loaded (offline): said with "Réessayer", which calls `prepare()` again. */
  error: unknown;
  /** @internal How they are loaded (tests make it fail, as a page gone offline). */
  load: () => Promise<LaterSteps> = loadLaterSteps;

  readonly #changed: () => void;
  #loading: Promise<LaterSteps> | undefined;

  /** `changed`: the flow's view renders again (loaded, failed, or trying again). */
  constructor(changed: () => void) {
    this.#changed = changed;
  }

  /**
   * Loads the later steps, once: on the voter's first move in the form, and before any step that
   * needs them. A failure is kept in `error` (the view says it, with "Réessayer", which calls this
   * again) and rejects.
   */
  prepare = (): Promise<LaterSteps> => {
    if (this.steps) return Promise.resolve(this.steps);
    if (this.error !== undefined) {
      this.error = undefined;
      this.#changed();
    }
    return (this.#loading ??= this.load().then(
      (steps) => {
        this.steps = steps;
        this.#changed();
        return steps;
      },
      (error: unknown) => {
        this.#loading = undefined;
        this.error = error;
        this.#changed();
        throw error;
      },
    ));
  };
}
