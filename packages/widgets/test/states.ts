/**
 * States every widget that loads a campaign shows alike, checked alike.
 */
import { expect, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { expectAxeClean } from './axe.js';
import { $, waitForState } from './fixtures.js';
import { waitForRequest } from './worker.js';

/**
 * Mounts `template` while the test holds `request` back (`worker.use(… delay('infinite'))`):
 * a busy region with a polite status, axe-clean. Waits for the request to be seen, so that it
 * does not land in the next test.
 */
export async function expectBusyWhileLoading(template: TemplateResult, request: string): Promise<void> {
  const el = await fixture<HTMLElement>(template);
  await waitForState(el, () => $(el, '[part~="state-loading"]'));
  expect($(el, '[role="status"]')!.closest('[aria-busy="true"]')).to.exist;
  await expectAxeClean(el);
  await waitForRequest(request);
}
