/**
 * The deposit of a dossier without a page: `DossierFlow` driven end to end against the mock
 * server in Node (its real handlers and store on the test fixture, behind msw's `setupServer`),
 * through a real SDK client, its draft kept in a `Map`. The fixture's registration codes:
 * `C-ARRA-0001` attended and free, `C-ARRA-0002` attended and used by a dossier, `C-LENS-0001`
 * registered but not attended yet.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { getResponse, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createTestMock, FIXTURE_CAMPAIGN, FIXTURE_TIMES } from '@budget-citoyen/mock-server/testing';
import { createClient, DossierRequest, type Campaign, type Client, type DossierReceipt } from '@budget-citoyen/sdk';
import { LIMITS, checkDossier, parseEuros, type Field } from '../src/dossier-form/checks.js';
import { DossierFlow, type DossierStep } from '../src/dossier-form/dossier-flow.js';
import { emptyFields, type DossierFields } from '../src/dossier-form/draft.js';
import { canRetry, codeOf } from '../src/base/refusals.js';
import { HOLDER_TEXTS } from './holder.js';
import { logRequests, serveDuringSuite } from './node-server.js';

const BASE = 'http://depot.test/api/v1';
const DOSSIERS = `${BASE}/campaigns/:campaignId/dossiers`;

const mock = createTestMock({ baseUrl: BASE, now: FIXTURE_TIMES.comptoirs });
const server = setupServer(...mock.handlers);
/** What reached the server: method, path and Idempotency-Key. */
const requests = logRequests(server);
const deposits = () => requests.filter((r) => r.method === 'POST' && r.path.endsWith('/dossiers'));
const dossierCount = () => mock.store.dossiers(FIXTURE_CAMPAIGN).length;

let client: Client;
let campaign: Campaign;

/** A complete dossier, with the fixture's free attended code. */
function complete(patch: Partial<DossierFields> = {}): DossierFields {
  return {
    ...emptyFields(),
    kind: 'association',
    ...HOLDER_TEXTS,
    communeCode: '62041',
    communeText: 'Arras (62000)',
    proposedCategory: 'cooperation',
    certifies: true,
    ...patch,
  };
}

/** A flow started on the campaign, as `<bc-dossier-form>` starts it, with what it told its view. */
function dossierFlow(store = new Map<string, string>(), api: Pick<Client, 'dossiers'> = client) {
  const errors: Array<{ code: string; step: DossierStep }> = [];
  const submitted: DossierReceipt[] = [];
  const flow = new DossierFlow({
    store,
    onChange: () => undefined,
    onError: (code, step) => errors.push({ code, step }),
    onSubmit: (receipt) => submitted.push(receipt),
  });
  flow.start({ api, campaign, apiBase: BASE });
  return { flow, errors, submitted, store };
}

/** Fills the form and goes to the review. */
function toReview(flow: DossierFlow, fields = complete()): void {
  flow.set(fields);
  flow.toReview();
  assert.equal(flow.step, 'review', `not on the review: ${JSON.stringify(flow.fieldErrors)}`);
}

describe('DossierFlow against the mock server', () => {
  serveDuringSuite(server, requests, () => mock.load());
  before(async () => {
    client = createClient({ baseUrl: BASE });
    campaign = await client.campaigns.get(FIXTURE_CAMPAIGN);
  });

  describe('a deposit', () => {
    it('with an attended code: one POST, the receipt, the acknowledgement in the outbox', async () => {
      const { flow, errors, submitted } = dossierFlow();
      toReview(flow);
      const before = dossierCount();
      await flow.submit();
      assert.equal(flow.step, 'done');
      assert.equal(dossierCount(), before + 1);
      assert.equal(deposits().length, 1);
      assert.equal(deposits()[0]!.key, flow.draft.key);
      const dossier = mock.store.dossiers(FIXTURE_CAMPAIGN).at(-1)!;
      assert.deepEqual(flow.receipt, {
        id: dossier.id,
        receiptCode: dossier.receiptCode,
        title: 'Un verger partagé',
        email: 'camille.lefebvre@example.org',
      });
      assert.match(dossier.receiptCode, /^[A-Za-z0-9-]+$/);
      assert.deepEqual(submitted, [{ id: dossier.id, status: 'submitted', receiptCode: dossier.receiptCode }]);
      // What was typed, as the API takes it: the amount in cents, the organisation, the category.
      assert.equal(dossier.request.requestedAmountCents, 1_250_050);
      assert.equal(dossier.request.holder.organisation, 'Les Jardins du Marais');
      assert.equal(dossier.request.proposedCategory, 'cooperation');
      assert.equal(dossier.request.certifiesAccuracy, true);
      const mail = mock.store.state.outbox.at(-1)!;
      assert.equal(mail.to, 'camille.lefebvre@example.org');
      assert.ok(mail.body.includes(dossier.receiptCode) && mail.body.includes(dossier.id));
      assert.deepEqual(errors, []);
    });

    it('without the optional fields: no organisation, no category sent', async () => {
      const { flow } = dossierFlow();
      toReview(flow, complete({ kind: 'citizen', organisation: '', proposedCategory: '' }));
      await flow.submit();
      assert.equal(flow.step, 'done');
      const request = mock.store.dossiers(FIXTURE_CAMPAIGN).at(-1)!.request;
      assert.equal('organisation' in request.holder, false);
      assert.equal('proposedCategory' in request, false);
    });

    it('one deposit in flight at a time', async () => {
      const { flow } = dossierFlow();
      toReview(flow);
      await Promise.all([flow.submit(), flow.submit(), flow.retry()]);
      assert.equal(deposits().length, 1);
      assert.equal(flow.step, 'done');
    });
  });

  describe('refusals, next to their field', () => {
    it('a code already used by another dossier: comptoir_participation_used on the code, back on the form', async () => {
      const { flow, errors } = dossierFlow();
      toReview(flow, complete({ comptoirCode: 'C-ARRA-0002' }));
      const before = dossierCount();
      await flow.submit();
      assert.equal(flow.step, 'form');
      assert.deepEqual(flow.fieldErrors, { comptoirCode: 'used' });
      assert.deepEqual(flow.takeFocus(), { field: 'comptoirCode' });
      assert.deepEqual(errors, [{ code: 'comptoir_participation_used', step: 'review' }]);
      assert.equal(dossierCount(), before);
      assert.equal(flow.topError, undefined);
    });

    for (const [what, code] of [
      ['registered but not attended', 'C-LENS-0001'],
      ['unknown', 'C-NOPE-9999'],
    ] as const) {
      it(`a code ${what}: comptoir_participation_required on the code`, async () => {
        const { flow, errors } = dossierFlow();
        toReview(flow, complete({ comptoirCode: code }));
        await flow.submit();
        assert.equal(flow.step, 'form');
        assert.deepEqual(flow.fieldErrors, { comptoirCode: 'not_attended' });
        assert.deepEqual(errors, [{ code: 'comptoir_participation_required', step: 'review' }]);
      });
    }

    it('the code corrected, the same draft deposits under the same key (a refusal is not kept by the server)', async () => {
      const { flow } = dossierFlow();
      toReview(flow, complete({ comptoirCode: 'C-ARRA-0002' }));
      const key = flow.draft.key;
      await flow.submit();
      flow.set({ comptoirCode: 'C-ARRA-0001' });
      flow.toReview();
      await flow.submit();
      assert.equal(flow.step, 'done');
      assert.deepEqual(new Set(deposits().map((r) => r.key)), new Set([key]));
    });

    it('the dépôt closed (the vote is on): phase_closed at the top of the review, nothing deposited, no retry', async () => {
      mock.clock.set(Date.parse(FIXTURE_TIMES.vote));
      const { flow, errors } = dossierFlow();
      toReview(flow);
      const before = dossierCount();
      await flow.submit();
      assert.equal(flow.step, 'review');
      assert.equal(codeOf(flow.topError), 'phase_closed');
      assert.equal(canRetry(flow.topError), false);
      assert.deepEqual(errors, [{ code: 'phase_closed', step: 'review' }]);
      assert.equal(dossierCount(), before);
    });

    it('what only the server knows, refused by field: a commune outside the département, an unknown category', async () => {
      const { flow, errors } = dossierFlow();
      toReview(flow, complete({ communeCode: '59350', communeText: 'Lille', proposedCategory: 'culture' }));
      await flow.submit();
      assert.equal(flow.step, 'form');
      assert.deepEqual(flow.fieldErrors, { communeCode: 'invalid', proposedCategory: 'invalid' });
      assert.deepEqual(flow.takeFocus(), { field: 'communeCode' });
      assert.deepEqual(errors, [{ code: 'validation_failed', step: 'review' }]);
    });

    it('a 422 on a single-line text (a name with a control character) shows next to that field', async () => {
      server.use(
        http.post(DOSSIERS, () =>
          HttpResponse.json(
            {
              type: 'about:blank',
              title: 'Validation failed',
              status: 422,
              code: 'validation_failed',
              detail: 'Single-line text must not contain control characters.',
              errors: [{ path: 'holder.name', message: 'must be a single line' }],
            },
            { status: 422, headers: { 'content-type': 'application/problem+json' } },
          ),
        ),
      );
      const { flow } = dossierFlow();
      toReview(flow);
      await flow.submit();
      assert.equal(flow.step, 'form');
      assert.deepEqual(flow.fieldErrors, { name: 'invalid' });
    });

    it('checked before any request, with the SDK’s schema: required, too long, malformed', () => {
      const { flow, errors } = dossierFlow();
      flow.toReview();
      assert.equal(flow.step, 'form');
      assert.deepEqual(flow.fieldErrors, {
        kind: 'required',
        name: 'required',
        email: 'required',
        comptoirCode: 'required',
        title: 'required',
        summary: 'required',
        description: 'required',
        amount: 'required',
        communeCode: 'required',
        certifies: 'required',
      });
      assert.deepEqual(flow.takeFocus(), { field: 'kind' });
      flow.set(complete({ email: 'camille@', summary: 'x'.repeat(LIMITS.summary! + 1), amount: '1.500', title: '   ' }));
      flow.toReview();
      assert.deepEqual(flow.fieldErrors, { email: 'invalid', summary: 'too_long', amount: 'invalid', title: 'required' });
      assert.deepEqual(flow.takeFocus(), { field: 'email' });
      assert.equal(deposits().length, 0);
      assert.deepEqual(
        errors.map((e) => e.code),
        ['validation_failed', 'validation_failed'],
      );
    });

    it('a commune not in the loaded list is refused before the request', () => {
      const flow = new DossierFlow({ store: new Map(), onChange: () => undefined });
      flow.start({ api: client, campaign, apiBase: BASE, communeCodes: () => new Set(['62041']) });
      flow.set(complete({ communeCode: '62193' }));
      flow.toReview();
      assert.deepEqual(flow.fieldErrors, { communeCode: 'invalid' });
    });
  });

  describe('a lost answer, a reload', () => {
    it('the answer lost and the network down: the error at the top, then "Réessayer" under the same key, ONE dossier', async () => {
      const noRetry = createClient({ baseUrl: BASE, retry: 0 });
      let down = true;
      let recorded = false;
      server.use(
        http.post(DOSSIERS, async ({ request }) => {
          if (!down) return undefined;
          if (!recorded) await getResponse(mock.handlers, request); // recorded…
          recorded = true;
          return HttpResponse.error(); // …and the answer never arrives
        }),
      );
      const { flow, errors } = dossierFlow(new Map(), noRetry);
      toReview(flow);
      const before = dossierCount();
      const key = flow.draft.key;
      await flow.submit();
      assert.equal(flow.step, 'review');
      assert.equal(codeOf(flow.topError), 'network_error');
      assert.equal(canRetry(flow.topError), true);
      assert.deepEqual(errors, [{ code: 'network_error', step: 'review' }]);
      assert.equal(dossierCount(), before + 1, 'recorded, unknown to the holder');

      down = false;
      await flow.retry();
      assert.equal(flow.step, 'done');
      assert.equal(dossierCount(), before + 1);
      assert.equal(flow.receipt?.id, mock.store.dossiers(FIXTURE_CAMPAIGN).at(-1)!.id);
      assert.deepEqual(new Set(deposits().map((r) => r.key)), new Set([key]));
      assert.equal(deposits().length, 2);
    });

    it('the SDK’s own retry after a lost answer replays the first deposit: ONE dossier', async () => {
      let lost = 0;
      server.use(
        http.post(DOSSIERS, async ({ request }) => {
          if (lost++) return undefined;
          await getResponse(mock.handlers, request);
          return HttpResponse.error();
        }),
      );
      const { flow } = dossierFlow();
      toReview(flow);
      const before = dossierCount();
      await flow.submit();
      assert.equal(flow.step, 'done');
      assert.equal(dossierCount(), before + 1);
      assert.ok(deposits().length > 1);
      assert.deepEqual(new Set(deposits().map((r) => r.key)), new Set([flow.draft.key]));
    });

    it('a first version recorded, then the draft changed: idempotency_conflict, and a new key for what follows', async () => {
      const noRetry = createClient({ baseUrl: BASE, retry: 0 });
      let lose = true;
      server.use(
        http.post(DOSSIERS, async ({ request }) => {
          if (!lose) return undefined;
          lose = false;
          await getResponse(mock.handlers, request);
          return HttpResponse.error();
        }),
      );
      const { flow, errors } = dossierFlow(new Map(), noRetry);
      toReview(flow);
      const key = flow.draft.key;
      await flow.submit();
      flow.edit();
      flow.set({ title: 'Un verger partagé et un rucher' });
      flow.toReview();
      await flow.submit();
      assert.equal(codeOf(flow.topError), 'idempotency_conflict');
      assert.notEqual(flow.draft.key, key);
      assert.deepEqual(
        errors.map((e) => e.code),
        ['network_error', 'idempotency_conflict'],
      );
      // Deposited again under the new key: the code already served the first version.
      await flow.retry();
      assert.equal(flow.step, 'form');
      assert.deepEqual(flow.fieldErrors, { comptoirCode: 'used' });
    });

    it('the draft survives a new controller: fields, step and key; then the receipt', async () => {
      const store = new Map<string, string>();
      const first = dossierFlow(store).flow;
      toReview(first);
      const key = first.draft.key;

      const second = dossierFlow(store).flow;
      assert.equal(second.step, 'review');
      assert.deepEqual(second.fields, complete());
      assert.equal(second.draft.key, key);
      await second.submit();
      assert.equal(second.step, 'done');
      assert.deepEqual(new Set(deposits().map((r) => r.key)), new Set([key]));

      const third = dossierFlow(store).flow;
      assert.equal(third.step, 'done');
      assert.deepEqual(third.receipt, second.receipt);
      third.another();
      assert.equal(third.step, 'form');
      assert.deepEqual(third.fields, emptyFields());
      assert.notEqual(third.draft.key, key);
      assert.equal(dossierFlow(store).flow.receipt, undefined);
    });

    it('an unreadable stored draft is ignored, and storage refusing to keep it breaks nothing', async () => {
      const broken = new Map<string, string>();
      broken.set(`bc-dossier:${BASE}|${FIXTURE_CAMPAIGN}`, '{not json');
      assert.deepEqual(dossierFlow(broken).flow.fields, emptyFields());
      const refusing = {
        get: () => null,
        set: () => {
          throw new Error('QuotaExceededError');
        },
        delete: () => {
          throw new Error('SecurityError');
        },
      };
      const flow = new DossierFlow({ store: refusing, onChange: () => undefined });
      flow.start({ api: client, campaign, apiBase: BASE });
      toReview(flow);
      await flow.submit();
      assert.equal(flow.step, 'done');
      flow.another();
      assert.equal(flow.step, 'form');
    });
  });
});

describe('the dossier checks', () => {
  it('LIMITS are the schema’s: its longest text passes, one more character does not', () => {
    for (const [field, max] of Object.entries(LIMITS) as Array<[Field, number]>) {
      const at = checkDossier(complete({ [field]: 'x'.repeat(max) }));
      const over = checkDossier(complete({ [field]: 'x'.repeat(max + 1) }));
      assert.equal(at[field], undefined, `${field}: ${max} characters refused`);
      assert.equal(over[field], 'too_long', `${field}: ${max + 1} characters accepted`);
    }
    // The check reads the schema's answer at once: it must stay synchronous.
    assert.equal(DossierRequest['~standard'].validate({}) instanceof Promise, false);
  });

  it('a complete dossier passes', () => {
    assert.deepEqual(checkDossier(complete()), {});
  });

  it('euros as typed in France, in cents', () => {
    const cases: Array<[string, number | undefined]> = [
      ['12500', 1_250_000],
      ['12 500', 1_250_000],
      ['12\u202f500,5', 1_250_050],
      ['12\u00a0500,50 €', 1_250_050],
      ['12500.05', 1_250_005],
      ['0,01', 1],
      ['1.500', undefined],
      ['12,345', undefined],
      ['douze', undefined],
      ['-5', undefined],
      ['', undefined],
      ['9'.repeat(20), undefined],
    ];
    for (const [typed, cents] of cases) assert.equal(parseEuros(typed), cents, typed);
  });
});
