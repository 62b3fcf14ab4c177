import { endpoints } from '@budget-citoyen/sdk';
import type { Project, ProjectFacets } from '@budget-citoyen/sdk/schemas';
import type { HttpHandler } from 'msw';
import type { MockContext } from '../context.js';
import { ApiProblem } from '../http/problem.js';
import type { CampaignRecord } from '../store/records.js';
import { paginate } from '../http/pagination.js';
import { route } from '../http/route.js';
import { compareCodePoints } from '@budget-citoyen/sdk/rules';
import { hash53 } from '../util/hash.js';
import { frenchCollator, matchesQuery } from '../util/text.js';
import { projectContext, projectView } from '../views.js';

export function projectHandlers(ctx: MockContext): HttpHandler[] {
  return [
    route(ctx, endpoints.listProjects, (input) => {
      const campaign = ctx.store.campaign(input.params.campaignId);
      const { query, now } = input;
      const context = projectContext(ctx.store, campaign, now);
      const sort = query.sort ?? 'random';
      if (sort === 'votes' && !context.results) {
        throw new ApiProblem('validation_failed', {
          detail: 'Sorting by votes is possible only while the results are visible.',
          errors: [{ path: 'sort', message: 'votes are not public yet' }],
        });
      }
      const { facets, ...listQuery } = query;
      const all = ctx.store.projects(campaign.id, now).map((p) => projectView(p, context));
      const searched = listQuery.q ? all.filter((p) => matchesQuery(listQuery.q!, [p.title, p.summary, p.commune.name, p.holder.name])) : all;
      const filters: ProjectFilters = {
        category: (p) => !listQuery.category || p.category === listQuery.category,
        commune: (p) => !listQuery.commune || p.commune.code === listQuery.commune,
        arrondissement: (p) => !listQuery.arrondissement || p.arrondissement.code === listQuery.arrondissement,
      };
      const projects = searched.filter((p) => passes(filters, p));
      // Facets do not change the list: a cursor is the same with or without them.
      const page = paginate(sortProjects(projects, sort, listQuery.seed ?? ''), listQuery);
      return facets ? { ...page, facets: projectFacets(campaign, searched, filters) } : page;
    }),
    route(ctx, endpoints.getProject, ({ params, now }) => {
      const campaign = ctx.store.campaign(params.campaignId);
      const project = ctx.store.project(campaign.id, params.projectId, now);
      return projectView(project, projectContext(ctx.store, campaign, now));
    }),
  ];
}

type FilterName = 'category' | 'commune' | 'arrondissement';
type ProjectFilters = Record<FilterName, (project: Project) => boolean>;

/** Whether `project` passes every filter, but `except`. */
const passes = (filters: ProjectFilters, project: Project, except?: FilterName) =>
  (Object.keys(filters) as FilterName[]).every((name) => name === except || filters[name](project));

/**
 * What each filter can offer (contract 1.1): each value with how many projects it would give,
 * the other filters applied but not its own; values without a project left out.
 */
export function projectFacets(campaign: CampaignRecord, projects: readonly Project[], filters: ProjectFilters): ProjectFacets {
  /** The projects passing every filter but `except`, by `key`: one of them, and how many. */
  const countBy = (except: FilterName, key: (p: Project) => string) => {
    const counts = new Map<string, { project: Project; count: number }>();
    for (const project of projects) {
      if (!passes(filters, project, except)) continue;
      const entry = counts.get(key(project));
      if (entry) entry.count++;
      else counts.set(key(project), { project, count: 1 });
    }
    return [...counts.values()];
  };
  const byCategory = new Map(countBy('category', (p) => p.category).map(({ project, count }) => [project.category, count]));
  const arrondissements = countBy('arrondissement', (p) => p.arrondissement.code).map(({ project, count }) => ({ ...project.arrondissement, count }));
  const communes = countBy('commune', (p) => p.commune.code).map(({ project, count }) => ({ ...project.commune, count }));
  return {
    categories: campaign.categories.flatMap(({ id, name }) => (byCategory.has(id) ? [{ id, name, count: byCategory.get(id)! }] : [])),
    arrondissements: arrondissements.sort((a, b) => compareCodePoints(a.code, b.code)),
    communes: communes.sort((a, b) => frenchCollator.compare(a.name, b.name) || compareCodePoints(a.code, b.code)),
  };
}

/** Every order ends on the id, so pages never repeat or skip. */
export function sortProjects(projects: Project[], sort: 'random' | 'title' | 'amount' | 'votes', seed: string): Project[] {
  const byId = (a: Project, b: Project) => compareCodePoints(a.id, b.id);
  switch (sort) {
    case 'title':
      return projects.sort((a, b) => frenchCollator.compare(a.title, b.title) || byId(a, b));
    case 'amount':
      return projects.sort((a, b) => a.requestedAmountCents - b.requestedAmountCents || byId(a, b));
    case 'votes':
      // The results' ranking order: votes, then the smaller amount, then the id.
      return projects.sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0) || a.requestedAmountCents - b.requestedAmountCents || byId(a, b));
    default: {
      // A seeded shuffle: each project's place depends only on (seed, id), so the same seed
      // gives the same order on every page and every request.
      const key = new Map(projects.map((p) => [p.id, hash53(`${seed}\u0000${p.id}`)]));
      return projects.sort((a, b) => key.get(a.id)! - key.get(b.id)! || byId(a, b));
    }
  }
}
