import { endpoints } from '@budget-citoyen/sdk';
import type { Project } from '@budget-citoyen/sdk/schemas';
import type { HttpHandler } from 'msw';
import type { MockContext } from '../context.js';
import { ApiProblem } from '../http/problem.js';
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
      const projects = ctx.store
        .projects(campaign.id, now)
        .map((p) => projectView(p, context))
        .filter(
          (p) =>
            (!query.category || p.category === query.category) &&
            (!query.commune || p.commune.code === query.commune) &&
            (!query.arrondissement || p.arrondissement.code === query.arrondissement) &&
            (!query.q || matchesQuery(query.q, [p.title, p.summary, p.commune.name, p.holder.name])),
        );
      return paginate(sortProjects(projects, sort, query.seed ?? ''), query);
    }),
    route(ctx, endpoints.getProject, ({ params, now }) => {
      const campaign = ctx.store.campaign(params.campaignId);
      const project = ctx.store.project(campaign.id, params.projectId, now);
      return projectView(project, projectContext(ctx.store, campaign, now));
    }),
  ];
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
