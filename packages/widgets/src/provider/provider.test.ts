/**
 * `<bc-provider>` given a client by the page's own script before the widgets' script defined
 * the tag (a module script runs after the page's inline scripts), as the CDN script does it:
 * every widget at once, the provider first. On a page of its own, so that nothing is defined
 * and no English fetched yet. Sharing in general: base.test.ts.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { createClient } from '@budget-citoyen/sdk';
import { API } from '../../test/mock.js';
import { requestsTo, resetMock, startWorker, waitForRequest } from '../../test/worker.js';
import type { BcApiController } from '../base/api-controller.js';
import type { BcElement } from '../base/bc-element.js';

const apiOf = (el: Element) => (el as unknown as { api: BcApiController }).api;
/** A project of the mock's current campaign (its test fixture). */
const PROJECT = 'prj-001';

describe('<bc-provider> given a client before it is defined', () => {
  before(() => startWorker());
  after(() => resetMock());

  it('three widgets in a provider get its injected client, with one /campaigns request', async () => {
    const calls: string[] = [];
    const client = createClient({
      baseUrl: API,
      fetch: (input, init) => {
        calls.push(new URL(input instanceof Request ? input.url : String(input)).pathname);
        return fetch(input, init);
      },
    });
    const box = document.createElement('div');
    // In English, not fetched yet: the provider's first update waits for it, while the French
    // card inside does not wait, and must already get the page's client.
    box.innerHTML = `<bc-provider lang="en">
      <bc-ballot></bc-ballot>
      <div><bc-project-card project-id="${PROJECT}" lang="fr"></bc-project-card></div>
      <bc-comptoir-agenda></bc-comptoir-agenda>
    </bc-provider>`;
    // Set before the provider is defined, as a page's own script would: Lit takes it over.
    (box.firstElementChild as unknown as { client: typeof client }).client = client;
    document.body.append(box);
    expect(customElements.get('bc-provider')).to.equal(undefined);

    await import('../cdn.js');
    const widgets = [...box.querySelectorAll('bc-ballot, bc-project-card, bc-comptoir-agenda')];
    await waitUntil(() => widgets.every((el) => apiOf(el).status === 'ready'), 'the widgets did not load their campaign', { timeout: 8000 });
    for (const el of widgets) expect(apiOf(el).client, el.localName).to.equal(client);
    expect((widgets[0] as BcElement).locale).to.equal('en');
    expect((widgets[1] as BcElement).locale).to.equal('fr');
    expect(calls.filter((path) => path.endsWith('/campaigns'))).to.have.length(1);
    expect(requestsTo('/campaigns'), 'a widget asked the API with a client of its own').to.have.length(1);
    await waitForRequest('/comptoirs');
    box.remove();
  });
});
