/**
 * MSW handlers of the API routes the widgets call, over a mutable in-memory state that each
 * test sets with `setMockData()`. Lists follow the contract: `limit` 1–100, opaque cursors,
 * `total`, a `random` order that is a pure function of `seed` (so pages never repeat or skip).
 */
import type { Campaign, Commune, Project } from '@budget-citoyen/sdk';
import { http, HttpResponse, type HttpHandler } from 'msw';
import { COMMUNES, makeCampaign, makeProjects } from './mock-data.js';

/** The API base the tests use: the test page's own origin, intercepted by the worker. */
export const API = `${location.origin}/api/v1`;

export interface MockData {
  campaigns: Campaign[];
  projects: Project[];
  communes: Commune[];
}

let data: MockData = defaultData();

function defaultData(): MockData {
  return { campaigns: [makeCampaign()], projects: makeProjects(30), communes: COMMUNES };
}

/** Replaces parts of the served data; `resetMockData()` restores the defaults. */
export function setMockData(patch: Partial<MockData>): void {
  data = { ...data, ...patch };
}

export function resetMockData(): void {
  data = defaultData();
}

export function problem(status: number, code: string, title = code, headers: Record<string, string> = {}) {
  return HttpResponse.json(
    { type: `https://budget-citoyen.example/problems/${code}`, title, status, detail: title, code },
    { status, headers: { 'content-type': 'application/problem+json', ...headers } },
  );
}

function paginate<T>(items: T[], url: URL) {
  const limitParam = url.searchParams.get('limit');
  const limit = limitParam === null ? 20 : Number(limitParam);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) return problem(400, 'validation_failed');
  const cursor = url.searchParams.get('cursor');
  const offset = cursor ? Number(atob(cursor).replace('o:', '')) : 0;
  if (!Number.isInteger(offset) || offset < 0) return problem(400, 'validation_failed');
  const page = items.slice(offset, offset + limit);
  const end = offset + page.length;
  return HttpResponse.json({
    items: page,
    nextCursor: end < items.length ? btoa(`o:${end}`) : null,
    total: items.length,
  });
}

/** A deterministic hash, so that `random` is a pure function of `seed` and project id. */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

function campaignOf(id: string | readonly string[] | undefined) {
  return data.campaigns.find((c) => c.id === id);
}

export const handlers: HttpHandler[] = [
  http.get(`${API}/campaigns`, ({ request }) => paginate(data.campaigns, new URL(request.url))),
  http.get(`${API}/campaigns/:campaignId`, ({ params }) => {
    const campaign = campaignOf(params.campaignId);
    return campaign ? HttpResponse.json(campaign) : problem(404, 'not_found');
  }),
  http.get(`${API}/communes`, ({ request }) => {
    const url = new URL(request.url);
    const arrondissement = url.searchParams.get('arrondissement');
    const q = fold(url.searchParams.get('q') ?? '');
    const items = data.communes.filter(
      (c) => (!arrondissement || c.arrondissement.code === arrondissement) && (!q || fold(c.name).includes(q)),
    );
    return paginate(items, url);
  }),
  http.get(`${API}/campaigns/:campaignId/projects`, ({ params, request }) => {
    if (!campaignOf(params.campaignId)) return problem(404, 'not_found');
    const url = new URL(request.url);
    const p = url.searchParams;
    const q = fold(p.get('q') ?? '');
    const sort = p.get('sort') ?? 'random';
    if (!['random', 'title', 'amount', 'votes'].includes(sort)) return problem(400, 'validation_failed');
    let items = data.projects.filter(
      (x) =>
        x.campaignId === params.campaignId &&
        (!p.get('category') || x.category === p.get('category')) &&
        (!p.get('commune') || x.commune.code === p.get('commune')) &&
        (!p.get('arrondissement') || x.arrondissement.code === p.get('arrondissement')) &&
        (!q || fold(`${x.title} ${x.summary} ${x.description}`).includes(q)),
    );
    const seed = p.get('seed') ?? '';
    items = [...items].sort((a, b) => {
      if (sort === 'title') return a.title.localeCompare(b.title, 'fr') || a.id.localeCompare(b.id);
      if (sort === 'amount') return a.requestedAmountCents - b.requestedAmountCents || a.id.localeCompare(b.id);
      return hash(seed + a.id) - hash(seed + b.id) || a.id.localeCompare(b.id);
    });
    return paginate(items, url);
  }),
  http.get(`${API}/campaigns/:campaignId/projects/:projectId`, ({ params }) => {
    const project = data.projects.find((x) => x.campaignId === params.campaignId && x.id === params.projectId);
    return project ? HttpResponse.json(project) : problem(404, 'not_found', 'Not found');
  }),
  http.get(`${location.origin}/images/:name`, () =>
    new HttpResponse(
      '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="9"><rect width="16" height="9" fill="#e3e3fd"/></svg>',
      { headers: { 'content-type': 'image/svg+xml' } },
    ),
  ),
];
