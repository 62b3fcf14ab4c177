/**
 * The transparency check's state for one widget: nothing until results and projects are both
 * there, then `loading` while its chunk arrives (the first time only), `ready` with the verdict,
 * or `error` when the chunk could not be loaded (the check could not be run: the results shown
 * are the server's, neither confirmed nor contradicted). Once the chunk is there, each new
 * result is checked at once, in the same update.
 */
import type { Campaign, Project, Results } from '@budget-citoyen/sdk';
import type { ReactiveControllerHost } from 'lit';
import type { AllocationCheck } from './allocation-check.js';
import type { ExplanationSteps } from './explanation.js';
import { loadTransparency, type TransparencyModule } from './load-transparency.js';

export type TransparencyStatus = 'idle' | 'loading' | 'ready' | 'error';

interface Inputs {
  campaign: Campaign;
  projects: ReadonlyMap<string, Project>;
  results: Results;
}

export class TransparencyCheck {
  status: TransparencyStatus = 'idle';
  /** The verdict, once `ready`. */
  check: AllocationCheck | undefined;
  /** @internal How the chunk is loaded (tests make it hang or fail). */
  load: () => Promise<TransparencyModule> = loadTransparency;

  readonly #host: ReactiveControllerHost;
  #module: TransparencyModule | undefined;
  #inputs: Inputs | undefined;
  #checked: Inputs | undefined;
  #generation = 0;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** Call in `willUpdate` with what is shown: checks it, or loads the chunk to. */
  sync(inputs: Inputs | undefined): void {
    this.#inputs = inputs;
    if (!inputs) return this.#clear();
    const checked = this.#checked;
    if (checked && checked.results === inputs.results && checked.projects === inputs.projects) return;
    if (this.#module) return this.#run(this.#module, inputs);
    // Loading, it checks the latest inputs when it arrives; failed, it waits for "Réessayer".
    if (this.status === 'idle') this.#fetch();
  }

  /** After a failed load: tries again. */
  retry = (): void => {
    if (this.status === 'error' && this.#inputs) this.#fetch();
  };

  /** The explanation's sentences for the verdict shown; `undefined` before it. */
  explain(...args: Parameters<TransparencyModule['explanationSteps']>): ExplanationSteps | undefined {
    return this.#module?.explanationSteps(...args);
  }

  #clear(): void {
    ++this.#generation;
    this.status = 'idle';
    this.check = this.#checked = undefined;
  }

  #fetch(): void {
    const generation = ++this.#generation;
    this.status = 'loading';
    this.check = this.#checked = undefined;
    this.load().then(
      (module) => {
        if (generation !== this.#generation) return;
        this.#module = module;
        if (this.#inputs) this.#run(module, this.#inputs);
        this.#host.requestUpdate();
      },
      () => {
        if (generation !== this.#generation) return;
        this.status = 'error';
        this.#host.requestUpdate();
      },
    );
  }

  #run(module: TransparencyModule, inputs: Inputs): void {
    this.#checked = inputs;
    this.check = module.checkAllocation(inputs.campaign, [...inputs.projects.values()], inputs.results);
    this.status = 'ready';
  }
}
