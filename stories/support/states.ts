/**
 * The `parameters` of the stories every widget has: one per phase of `bc-2026` (the mock's clock
 * frozen at it), its loading state and its error state. Written once, so that each stories file
 * keeps only what is its own: names, descriptions, args. A story's `name` stays a literal in its
 * file: Storybook's indexer reads it from there, and a name set here would not reach the sidebar.
 */
import type { Parameters } from '@storybook/web-components-vite';
import { CLOCKS, FAILING, LOADING, type MockParameters } from './mock.js';

/** The mock as `mock` says, with `description` as the story's docs when there is one. */
function withMock(mock: MockParameters, description?: string): Parameters {
  return description ? { mock, docs: { description: { story: description } } } : { mock };
}

/** The mock's clock frozen at `phase`; `mock` adds the rest (a setup, the state expected…). */
export function atPhase(phase: keyof typeof CLOCKS, description?: string, mock?: MockParameters): Parameters {
  return withMock({ now: CLOCKS[phase], ...mock }, description);
}

/** Every answer takes 60 s. */
export function loadingState(): Parameters {
  return withMock(LOADING, 'The API answers after 60 s (the SDK gives up after 10 s and shows its timeout error).');
}

/** Every request fails. */
export function errorState(): Parameters {
  return withMock(FAILING, 'Every request fails (network), after the SDK\'s retries: the error state and "Réessayer".');
}
