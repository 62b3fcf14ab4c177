/**
 * States every widget that loads a campaign shows alike, checked alike.
 */
import { expect, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { expectAxeClean } from './axe.js';
import { $, text, waitForState } from './fixtures.js';
import { delay, http } from 'msw';
import { API, CAMPAIGN_ID, problem } from './mock.js';
import { waitForRequest, worker } from './worker.js';

/**
 * Mounts `template` while the test holds `request` back (`worker.use(… delay('infinite'))`):
 * a busy region with a polite status (saying `label` when given), axe-clean. Waits for the
 * request to be seen, so that it does not land in the next test.
 */
export async function expectBusyWhileLoading(template: TemplateResult, request: string, label?: string): Promise<void> {
  const el = await fixture<HTMLElement>(template);
  await waitForState(el, () => $(el, '[part~="state-loading"]'));
  const status = $(el, '[part~="state-loading"]')!;
  expect(status.getAttribute('role')).to.equal('status');
  if (label !== undefined) expect(text(status)).to.equal(label);
  expect(status.closest('[aria-busy="true"]')).to.exist;
  await expectAxeClean(el);
  await waitForRequest(request);
}

/**
 * A widget whose load failed (the test made its request fail once): the error as an alert
 * (saying `message` when given), axe-clean; "Réessayer" asks again, and `ready` comes.
 */
export async function expectRetryRecovers(el: HTMLElement, ready: () => unknown, message?: string): Promise<void> {
  await waitForState(el, () => $(el, '[part~="state-error"]'));
  const alert = $(el, '[part~="state-error"]')!;
  expect(alert.getAttribute('role')).to.equal('alert');
  if (message !== undefined) expect(text(alert)).to.contain(message);
  await expectAxeClean(el);
  const retry = $<HTMLButtonElement>(el, '[part~="retry-button"]')!;
  expect(text(retry)).to.equal('Réessayer');
  retry.click();
  await waitForState(el, ready);
}

/**
 * The two tests of a widget's wait for its campaign (`template`, on the file's campaign): busy
 * while the campaign is held back; when it fails once, the error and "Réessayer", after which
 * `ready` comes.
 */
export function itLoadsItsCampaign(template: () => TemplateResult, ready: (el: HTMLElement) => unknown): void {
  const campaign = `${API}/campaigns/:campaignId`;
  it('loading the campaign: a busy region with a polite status', async () => {
    worker.use(http.get(campaign, () => delay('infinite')));
    await expectBusyWhileLoading(template(), `/campaigns/${CAMPAIGN_ID}`);
  });

  it('the campaign failing: the message and "Réessayer", which asks again', async () => {
    worker.use(http.get(campaign, () => problem(404, 'not_found'), { once: true }));
    const el = await fixture<HTMLElement>(template());
    await expectRetryRecovers(el, () => ready(el));
  });
}
