/** Records → the contract's resources. The only place that decides what a response shows. */
import type { Campaign, Comptoir, Project, Results } from '@budget-citoyen/sdk/schemas';
import { COMMUNES_BY_CODE } from './seed/communes.js';
import { currentPhase, isPhaseOpen } from '@budget-citoyen/sdk/rules';
import { resultsVisibility } from './store/phases.js';
import type { CampaignRecord, ComptoirRecord, ProjectRecord } from './store/records.js';
import type { ComputedResults } from './store/results.js';
import type { Store } from './store/store.js';
import { toParisIso } from './util/time.js';

export function campaignView(campaign: CampaignRecord, now: number): Campaign {
  return {
    id: campaign.id,
    title: campaign.title,
    territory: { ...campaign.territory },
    phases: campaign.phases.map((p) => ({ id: p.id, start: toParisIso(p.start), end: toParisIso(p.end) })),
    currentPhase: currentPhase(campaign, now),
    categories: campaign.categories.map((c) => ({ ...c })),
    voting: { ...campaign.voting },
    now: toParisIso(now),
  };
}

export function communeRef(code: string): { commune: { code: string; name: string }; arrondissement: { code: string; name: string } } {
  const commune = COMMUNES_BY_CODE.get(code);
  return {
    commune: { code, name: commune?.name ?? code },
    arrondissement: commune ? { ...commune.arrondissement } : { code: '', name: '' },
  };
}

/** What the public may know of the results right now: votes while visible, outcomes once final. */
export interface ProjectContext {
  results: ComputedResults | undefined;
  final: boolean;
}

export function projectContext(store: Store, campaign: CampaignRecord, now: number): ProjectContext {
  const { status } = resultsVisibility(campaign, now);
  return { results: status ? store.results(campaign) : undefined, final: status === 'final' };
}

export function projectView(project: ProjectRecord, context: ProjectContext): Project {
  const { results, final } = context;
  const status = final && results ? (results.funded.has(project.id) ? 'winner' : 'not-selected') : 'labelled';
  return {
    id: project.id,
    campaignId: project.campaignId,
    title: project.title,
    summary: project.summary,
    description: project.description,
    category: project.category,
    requestedAmountCents: project.requestedAmountCents,
    holder: { ...project.holder },
    ...communeRef(project.communeCode),
    ...(project.image ? { image: { ...project.image } } : {}),
    tags: [...project.tags],
    status,
    ...(results ? { votes: results.votes.get(project.id) ?? 0 } : {}),
  };
}

export function comptoirView(store: Store, campaign: CampaignRecord, comptoir: ComptoirRecord, now: number): Comptoir {
  const seatsLeft = Math.max(0, comptoir.capacity - store.confirmedCount(comptoir.id));
  const open = isPhaseOpen(campaign, 'comptoirs', now) && now < comptoir.start;
  const place = comptoir.venue ? communeRef(comptoir.venue.communeCode) : undefined;
  return {
    id: comptoir.id,
    title: comptoir.title,
    description: comptoir.description,
    start: toParisIso(comptoir.start),
    end: toParisIso(comptoir.end),
    format: comptoir.format,
    ...(comptoir.venue && place ? { venue: { name: comptoir.venue.name, address: comptoir.venue.address, commune: place.commune }, arrondissement: place.arrondissement } : {}),
    ...(comptoir.onlineUrl ? { onlineUrl: comptoir.onlineUrl } : {}),
    capacity: comptoir.capacity,
    seatsLeft,
    registration: !open ? 'closed' : seatsLeft === 0 ? 'full' : 'open',
  };
}

export function resultsView(results: ComputedResults, status: 'provisional' | 'final'): Results {
  return {
    status,
    computedAt: toParisIso(results.computedAt),
    ballots: { ...results.ballots },
    categories: results.categories.map((c) => ({
      id: c.id,
      envelopeCents: c.envelopeCents,
      spentCents: c.spentCents,
      rolloverInCents: c.rolloverInCents,
      projects: c.projects.map((p) => ({ projectId: p.projectId, votes: p.votes, rank: p.rank, funded: p.funded, fundedFrom: p.fundedFrom })),
    })),
    rollover: { ...results.rollover },
  };
}
