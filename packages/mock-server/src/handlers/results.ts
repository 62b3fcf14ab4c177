import { endpoints } from '@budget-citoyen/sdk';
import type { HttpHandler } from 'msw';
import type { MockContext } from '../context.js';
import { etagOf, json } from '../http/respond.js';
import { route } from '../http/route.js';
import { assertResultsVisible } from '../store/phases.js';
import type { CampaignRecord } from '../store/records.js';
import { resultsView } from '../views.js';

const KEEP_ALIVE_MS = 15_000;
/** Without streaming, EventSource reconnects this long after each ended stream. */
const SNAPSHOT_RETRY_MS = 5_000;

export function resultsHandlers(ctx: MockContext): HttpHandler[] {
  /** The results body as the public may see it now, or the 403 saying when it may. */
  const visibleResults = (campaign: CampaignRecord) => {
    const status = assertResultsVisible(campaign, ctx.clock.now());
    return { body: resultsView(ctx.store.results(campaign), status), status };
  };

  return [
    route(ctx, endpoints.getResults, ({ request, params }) => {
      const campaign = ctx.store.campaign(params.campaignId);
      const { body, status } = visibleResults(campaign);
      // Final results no longer move; provisional ones may, so caches keep them briefly.
      return json(request, body, { cacheControl: status === 'final' ? 'public, max-age=300' : 'public, max-age=5' });
    }),
    route(ctx, endpoints.streamResults, ({ request, params }) => {
      const campaign = ctx.store.campaign(params.campaignId);
      visibleResults(campaign);
      const campaignId = campaign.id;
      const encoder = new TextEncoder();
      let lastEtag = '';
      let stop = () => {};

      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          const write = (text: string) => {
            try {
              controller.enqueue(encoder.encode(text));
            } catch {
              stop();
            }
          };
          // Sends the results when they differ from what this client last got.
          const push = () => {
            const current = ctx.store.state.campaigns.get(campaignId);
            if (!current) return;
            let text: string;
            try {
              text = JSON.stringify(visibleResults(current).body);
            } catch {
              return; // Not visible at this clock: nothing to send until it is again.
            }
            const etag = etagOf(text);
            if (etag === lastEtag) return;
            lastEtag = etag;
            write(`id: ${etag}\nevent: results\ndata: ${text}\n\n`);
          };
          const unsubscribeStore = ctx.store.subscribe((event) => {
            if (event.type === 'reset' || event.campaignId === campaignId) push();
          });
          const unsubscribeClock = ctx.clock.onChange(push);
          const keepAlive = setInterval(() => write(': keep-alive\n\n'), KEEP_ALIVE_MS);
          (keepAlive as { unref?: () => void }).unref?.();
          let stopped = false;
          stop = () => {
            if (stopped) return;
            stopped = true;
            unsubscribeStore();
            unsubscribeClock();
            clearInterval(keepAlive);
            try {
              controller.close();
            } catch {
              // Already closed or cancelled.
            }
          };
          request.signal?.addEventListener('abort', () => stop());
          write(`retry: ${ctx.streaming ? 5000 : SNAPSHOT_RETRY_MS}\n\n`);
          push();
          // A body that cannot stay open would never arrive: this one ends with its first event.
          if (!ctx.streaming) stop();
        },
        cancel() {
          stop();
        },
      });
      return new Response(stream, {
        status: 200,
        headers: {
          'Content-Type': 'text/event-stream; charset=utf-8',
          'Cache-Control': 'no-cache, no-transform',
          'X-Accel-Buffering': 'no',
        },
      });
    }),
  ];
}
