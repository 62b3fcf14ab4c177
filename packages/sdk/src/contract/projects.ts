import { Project, ProjectPage, ProjectQuery } from '../schemas/project.js';
import type { Endpoint } from './endpoint.js';

export const listProjects = {
  method: 'GET',
  path: '/campaigns/{campaignId}/projects',
  query: ProjectQuery,
  response: ProjectPage,
} as const satisfies Endpoint;

export const getProject = { method: 'GET', path: '/campaigns/{campaignId}/projects/{projectId}', response: Project } as const satisfies Endpoint;
