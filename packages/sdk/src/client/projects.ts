import { Project, ProjectPage, type ProjectQuery } from '../schemas/project.js';
import type { Http } from './http.js';
import { pagedList } from './list.js';
import type { RequestOptions } from './types.js';

export function projects(http: Http) {
  const path = (campaignId: string) => `campaigns/${encodeURIComponent(campaignId)}/projects`;
  return {
    /** Labelled projects. The default `random` order is stable for a `seed`: pass one when paging. */
    list: (campaignId: string, query?: ProjectQuery, options?: RequestOptions) =>
      pagedList(http, path(campaignId), ProjectPage, query, options),
    get: (campaignId: string, projectId: string, options?: RequestOptions): Promise<Project> =>
      http.get(`${path(campaignId)}/${encodeURIComponent(projectId)}`, Project, undefined, options),
  };
}
