/**
 * The page's mock API: the project's mock server (`@budget-citoyen/mock-server/testing`) on its
 * small fixture, one per test file (each runs in a page of its own). Tests change its data and
 * clock with `useFixture()`; `resetMock()` (./worker.ts) brings back the file's defaults.
 */
import {
  FIXTURE_CAMPAIGN,
  FIXTURE_TIMES,
  createTestMock,
  fixtureProject,
  type FixtureInput,
  type FixtureProject,
} from '@budget-citoyen/mock-server/testing';

/** The API base the tests use: the test page's own origin, intercepted by the worker. */
export const API = `${location.origin}/api/v1`;
export const CAMPAIGN_ID = FIXTURE_CAMPAIGN;

/** During the vote: 15 September 2026, 10:00 in Paris (the mock's default clock). */
export const VOTE_OPEN_NOW = FIXTURE_TIMES.vote;
export const BEFORE_VOTE_NOW = FIXTURE_TIMES.beforeVote;
export const RESULTS_NOW = FIXTURE_TIMES.results;
/** In the comptoirs' period (5 January – 30 April 2026), a Tuesday morning. */
export const AGENDA_NOW = FIXTURE_TIMES.comptoirs;

export const mock = createTestMock();

export interface MockDefaults {
  fixture?: FixtureInput;
  now?: string;
}
let defaults: MockDefaults = {};

/** The file's own fixture and clock, which `resetMock()` returns to after each test. */
export function setMockDefaults(next: MockDefaults): void {
  defaults = next;
  mock.load(defaults);
}

/** Back to the file's fixture and clock. */
export function resetMockData(): void {
  mock.load(defaults);
}

/** This test's data and clock: the file's defaults where not given (`useFixture((f) => ({ ...f, comptoirs: [] }))`). */
export function useFixture(fixture?: FixtureInput, now?: string): void {
  const base = defaults.fixture;
  const resolved: FixtureInput | undefined =
    typeof fixture === 'function' && base !== undefined ? (f) => fixture(typeof base === 'function' ? base(f) : base) : (fixture ?? base);
  mock.load({ ...(resolved === undefined ? {} : { fixture: resolved }), now: now ?? defaults.now });
}

/** A project of the mock's current fixture, as written there (`communeCode`, not the commune). */
export function project(id: string): FixtureProject {
  const found = mock.fixture.projects.find((p) => p.id === id);
  if (!found) throw new Error(`no project ${id} in the fixture`);
  return found;
}

/** What the API answers now for `path` (under the API base), read in-process: not in the request log. */
export async function served<T>(path: string): Promise<T> {
  const response = await mock.fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * Projects 1 to `count` of the fixture's kind with a relative image URL, which widgets resolve
 * against the API base (served by the test worker, ./worker.ts).
 */
export function projectsWithImages(count: number): FixtureProject[] {
  return Array.from({ length: count }, (_, k) => {
    const p = fixtureProject(k + 1);
    return { ...p, image: { url: '/images/projet.svg', alt: p.image!.alt } };
  });
}

export { problem } from '@budget-citoyen/mock-server/testing';
