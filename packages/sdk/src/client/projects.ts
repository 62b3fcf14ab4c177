import { getProject, listProjects } from '../contract/projects.js';
import type { Project, ProjectFacets, ProjectQuery } from '../schemas/project.js';
import { call } from './call.js';
import type { Http } from './http.js';
import { pagedList } from './list.js';
import { invalidResponse } from './response.js';
import type { RequestOptions } from './types.js';

export function projects(http: Http) {
  return {
    /**
     * Labelled projects. The default `random` order is stable for a `seed`: pass one when paging.
     * With `facets: true`, each page also carries `facets` (see {@link facets}).
     */
    list: (campaignId: string, query?: ProjectQuery, options?: RequestOptions) => pagedList(http, listProjects, { campaignId }, query, options),
    get: (campaignId: string, projectId: string, options?: RequestOptions): Promise<Project> =>
      call(http, getProject, { params: { campaignId, projectId } }, options),
    /**
     * What the filters can offer for `query` (contract 1.1): the categories, arrondissements and
     * communes that have projects, each with how many it would give with the other filters
     * applied. One small request (`limit=1&facets=true`), for a widget's filter menus.
     */
    facets: async (campaignId: string, query: Pick<ProjectQuery, 'category' | 'commune' | 'arrondissement' | 'q'> = {}, options?: RequestOptions): Promise<ProjectFacets> => {
      const page = await call(http, listProjects, { params: { campaignId }, query: { ...query, limit: 1, facets: true } }, options);
      if (!page.facets) throw invalidResponse('The API sent no facets: it does not implement contract 1.1', [{ path: 'facets', message: 'missing' }]);
      return page.facets;
    },
  };
}
