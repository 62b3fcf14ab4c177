/**
 * What the gallery's filters offer (contract 1.1, `GET …/projects?facets=true`): only the
 * categories, arrondissements and communes that have projects, each with how many it would
 * give with the other filters applied. An API of contract 1.0 sends no facets (the SDK then
 * throws an invalid response): the filters fall back to every category of the campaign and every
 * commune of the département.
 */
import type { ProjectFacets, ProjectQuery } from '@budget-citoyen/sdk';
import type { BcClient } from '../base/client.js';
import type { SelectOption } from '../base/filter-select.js';

/** The contract's `facets` of a projects page, as the SDK types them. */
export type { ProjectFacets };

type FacetQuery = Pick<ProjectQuery, 'category' | 'commune' | 'arrondissement' | 'q'>;
type WithFacets = { facets?: (campaignId: string, query: FacetQuery, options: { signal: AbortSignal }) => Promise<ProjectFacets> };

/** The facets for `query`, or `undefined` from a client that cannot ask for them (an SDK before contract 1.1). */
export function loadFacets(client: BcClient, campaignId: string, query: FacetQuery, signal: AbortSignal): Promise<ProjectFacets | undefined> {
  const projects = client.projects as WithFacets;
  return projects.facets ? projects.facets(campaignId, query, { signal }) : Promise.resolve(undefined);
}

/**
 * A facet's values as options, "Name (count)"; `keep`, the value chosen, stays listed (with 0)
 * when the other filters leave it no project, named by `name`.
 */
export function facetOptions(
  values: ReadonlyArray<readonly [value: string, label: string, count: number]>,
  keep: string,
  name: (value: string) => string,
  format: (n: number) => string,
): SelectOption[] {
  const options = values.map(([value, label, count]): SelectOption => [value, `${label} (${format(count)})`]);
  if (keep && !values.some(([value]) => value === keep)) options.push([keep, `${name(keep)} (${format(0)})`]);
  return options;
}
