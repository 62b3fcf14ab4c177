/**
 * A results endpoint for the widget's tests, over the test-utils' campaign and projects: the
 * results are computed with the SDK's `allocate` from the votes the test sets (never written by
 * hand), served with an ETag (`If-None-Match` → 304) and pushed on a Server-Sent Events stream
 * that the test controls (where the mock can stream: not in WebKit, see mockStreamsReachPage).
 */
import type { Campaign, Project, Results } from '@budget-citoyen/sdk';
import { allocate } from '@budget-citoyen/sdk/rules';
import { http, HttpResponse, type HttpHandler } from 'msw';
import { API, makeCampaign, makeProject, mockStreamsReachPage, problem, setMockData } from '../../../test-utils/index.js';

export const RESULTS_URL = `${API}/campaigns/:campaignId/results`;
export const STREAM_URL = `${API}/campaigns/:campaignId/results/stream`;

/**
 * Projects chosen so that every rule shows: a tie broken by the amount (cooperation), a project
 * below the minimum of votes and one too expensive for its envelope's leftover that the common
 * pool then funds (innovation sociale, from the other categories' leftovers), and money left
 * unallocated. Envelopes: 400 000 €, 300 000 €, 300 000 €; minimum 10 votes.
 */
export const SCENARIO: Array<{ category: string; euros: number; votes: number }> = [
  { category: 'innovation-sociale', euros: 250_000, votes: 120 },
  { category: 'innovation-sociale', euros: 100_000, votes: 80 },
  { category: 'innovation-sociale', euros: 90_000, votes: 40 },
  { category: 'innovation-sociale', euros: 20_000, votes: 5 },
  { category: 'cooperation', euros: 200_000, votes: 150 },
  { category: 'cooperation', euros: 150_000, votes: 90 },
  { category: 'cooperation', euros: 60_000, votes: 90 },
  { category: 'pratiques-ess', euros: 280_000, votes: 60 },
  { category: 'pratiques-ess', euros: 50_000, votes: 30 },
];

export interface ResultsServerOptions {
  campaign?: Partial<Campaign>;
}

export class ResultsServer {
  readonly campaign: Campaign;
  readonly projects: Project[];
  status: Results['status'];
  computedAt: string;
  votes: Record<string, number>;
  annulled = 2;
  /** Answer `403 results_not_public` on both routes. */
  notPublic = false;
  /** `performance.now()` from which the status is `final` (the vote closing by the clock). */
  finalFrom: number | undefined;
  /** Alters each served body after it is computed (a server that got it wrong). */
  tamper: ((results: Results) => void) | undefined;
  /** Answers sent on the GET route. */
  readonly served = { ok: 0, notModified: 0 };
  readonly #streams = new Set<ReadableStreamDefaultController<Uint8Array>>();

  constructor(options: ResultsServerOptions = {}) {
    this.campaign = makeCampaign({
      voting: { minAge: 11, choicesPerCategory: 1, liveResults: true, minVotes: 10 },
      ...options.campaign,
    });
    this.projects = SCENARIO.map((s, i) =>
      makeProject(i + 1, { category: s.category, requestedAmountCents: s.euros * 100 }),
    );
    this.votes = Object.fromEntries(this.projects.map((p, i) => [p.id, SCENARIO[i]!.votes]));
    const votePhase = this.campaign.phases.find((p) => p.id === 'vote')!;
    this.status = Date.parse(this.campaign.now) >= Date.parse(votePhase.end) ? 'final' : 'provisional';
    this.computedAt = new Date(Date.parse(this.campaign.now) - 120_000).toISOString();
    setMockData({ campaigns: [this.campaign], projects: this.projects });
  }

  results(): Results {
    const allocation = allocate({
      categories: this.campaign.categories,
      projects: this.projects,
      votes: this.votes,
      minVotes: this.campaign.voting.minVotes,
    });
    // A counted ballot gives at most one vote per category.
    const counted = Math.max(...allocation.categories.map((c) => c.projects.reduce((n, p) => n + p.votes, 0)));
    const final = this.finalFrom !== undefined && performance.now() >= this.finalFrom;
    const results: Results = {
      status: final ? 'final' : this.status,
      computedAt: this.computedAt,
      ballots: { cast: counted + this.annulled, annulled: this.annulled, counted },
      categories: allocation.categories,
      rollover: allocation.rollover,
    };
    this.tamper?.(results);
    return results;
  }

  /** Changes the votes (and the computation time), then pushes the new results to every stream. */
  update(votes: Record<string, number>, status: Results['status'] = this.status): void {
    Object.assign(this.votes, votes);
    this.status = status;
    this.computedAt = new Date(Date.parse(this.computedAt) + 60_000).toISOString();
    this.push();
  }

  #event(): Uint8Array {
    return new TextEncoder().encode(`event: results\ndata: ${JSON.stringify(this.results())}\n\n`);
  }

  push(): void {
    const event = this.#event();
    for (const stream of this.#streams) {
      try {
        stream.enqueue(event);
      } catch {
        this.#streams.delete(stream);
      }
    }
  }

  get openStreams(): number {
    return this.#streams.size;
  }

  close(): void {
    for (const stream of this.#streams) {
      try {
        stream.close();
      } catch {
        // Already closed by the client.
      }
    }
    this.#streams.clear();
  }

  handlers(): HttpHandler[] {
    return [
      http.get(STREAM_URL, () => {
        if (this.notPublic) return problem(403, 'results_not_public');
        let controller!: ReadableStreamDefaultController<Uint8Array>;
        const body = new ReadableStream<Uint8Array>({
          start: (c) => {
            controller = c;
            c.enqueue(this.#event());
            // Where MSW's worker cannot stream (WebKit, see mockStreamsReachPage), an open body
            // would never arrive: send the results and end, as the project's mock does, with a
            // retry long enough that EventSource does not come back within a test.
            if (!mockStreamsReachPage) {
              c.enqueue(new TextEncoder().encode('retry: 600000\n\n'));
              c.close();
              return;
            }
            this.#streams.add(c);
          },
          cancel: () => void this.#streams.delete(controller),
        });
        return new HttpResponse(body, { headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' } });
      }),
      http.get(RESULTS_URL, ({ request }) => {
        if (this.notPublic) return problem(403, 'results_not_public');
        const body = JSON.stringify(this.results());
        const etag = `"${hash(body)}"`;
        if (request.headers.get('if-none-match') === etag) {
          this.served.notModified++;
          return new HttpResponse(null, { status: 304, headers: { etag } });
        }
        this.served.ok++;
        return new HttpResponse(body, { headers: { 'content-type': 'application/json', etag } });
      }),
    ];
  }
}

function hash(text: string): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}
