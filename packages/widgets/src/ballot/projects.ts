/**
 * The campaign's projects, whose titles the choices, the review and the receipt show (asked
 * for at each start, again on "Réessayer"), and a project preselected from elsewhere on the
 * page or from the address: ticked in its category, and said with its title, at once or when
 * the projects arrive.
 */
import { visitorSeed } from '../base/visitor-seed.js';
import type { BallotFlow } from './ballot-flow.js';
import type { FlowCore } from './flow-core.js';

export function loadProjects(flow: BallotFlow, core: FlowCore): void {
  const ctx = core.ctx();
  flow.projects = undefined;
  flow.projectsError = undefined;
  core.options.onChange();
  ctx.api.projects
    .list(ctx.campaign.id, { limit: 100, sort: 'random', seed: visitorSeed() })
    .toArray()
    .then(
      (projects) => {
        if (ctx !== core.ctx()) return;
        flow.projects = projects;
        const waiting = core.unannounced;
        core.unannounced = undefined;
        const chosen = waiting && projects.find((p) => p.id === waiting.projectId);
        if (chosen && flow.draft.choices[waiting.category]?.includes(chosen.id)) {
          flow.announcement = { project: chosen, category: waiting.category };
        }
        const linked = projects.find((p) => p.id === ctx.linkedProjectId);
        if (linked && !flow.draft.choices[linked.category]?.length) flow.preselect(linked.id, linked.category);
        core.options.onChange();
      },
      (error: unknown) => {
        if (ctx !== core.ctx()) return;
        flow.projectsError = error;
        core.options.onChange();
      },
    );
}

/** Ticks `projectId` in `category` while the vote is open; true when it was. */
export function preselect(flow: BallotFlow, core: FlowCore, projectId: string, category: string): boolean {
  if (flow.step === 'done' || !core.ctx().voteOpen()) return false;
  const p = flow.projects?.find((x) => x.id === projectId);
  if (flow.projects ? p?.category !== category : !core.ctx().campaign.categories.some((c) => c.id === category)) return false;
  flow.choose(category, projectId, true);
  // Several choices allowed and none left in this category: nothing was preselected.
  if (!flow.draft.choices[category]?.includes(projectId)) return false;
  // Said with the project's title, which comes with the projects: now, or once they arrive.
  if (p) flow.announcement = { project: p, category };
  else core.unannounced = { projectId, category };
  core.options.onChange();
  return true;
}
