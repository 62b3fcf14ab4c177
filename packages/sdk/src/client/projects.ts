import { getProject, listProjects } from '../contract/projects.js';
import type { Project, ProjectQuery } from '../schemas/project.js';
import { call } from './call.js';
import type { Http } from './http.js';
import { pagedList } from './list.js';
import type { RequestOptions } from './types.js';

export function projects(http: Http) {
  return {
    /** Labelled projects. The default `random` order is stable for a `seed`: pass one when paging. */
    list: (campaignId: string, query?: ProjectQuery, options?: RequestOptions) => pagedList(http, listProjects, { campaignId }, query, options),
    get: (campaignId: string, projectId: string, options?: RequestOptions): Promise<Project> =>
      call(http, getProject, { params: { campaignId, projectId } }, options),
  };
}
