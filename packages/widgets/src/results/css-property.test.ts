/**
 * Under a strict CSP (`style-src 'self'`, no 'unsafe-inline'), as a prefecture's or a commune's
 * site may have: the bars' width must still be set. The policy is added to this test page only
 * (each test file runs in its own page).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { $, $$, API, expectAxeClean, resetMock, startWorker, useFixture, waitForState } from '../../test/index.js';
import { resultsFixture, servedResults } from '../../test/results.js';
import { cssProperty } from './css-property.js';
import './define.js';
import type { BcLiveResults } from './live-results.js';

const violations: SecurityPolicyViolationEvent[] = [];

describe('a strict CSP (style-src \'self\')', () => {
  before(async () => {
    await startWorker();
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "style-src 'self'";
    document.head.append(meta);
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e), true);
  });
  beforeEach(() => {
    violations.length = 0;
  });
  afterEach(() => resetMock());

  const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
  /** Runs `check` on a `<div>` put in the page for it, and takes it out after. */
  async function inHost(check: (host: HTMLDivElement) => Promise<void>): Promise<void> {
    const host = document.createElement('div');
    document.body.append(host);
    try {
      await check(host);
    } finally {
      host.remove();
    }
  }

  /** Ways of writing a custom property that the policy refuses: each writes it in the host, and says where and which. */
  const refused: Array<[string, (host: HTMLDivElement) => [Element, string]]> = [
    ['is in force on this page: an inline style attribute is refused', (host) => {
      host.setAttribute('style', '--probe: 1px');
      return [host, '--probe'];
    }],
    ["Lit's styleMap writes its first render as a style attribute, which the CSP refuses", (host) => {
      render(html`<span style=${styleMap({ '--share': '40%' })}></span>`, host);
      return [host.querySelector('span')!, '--share'];
    }],
  ];
  for (const [name, write] of refused) {
    it(name, () =>
      inHost(async (host) => {
        const [styled, property] = write(host);
        await settle();
        expect(getComputedStyle(styled).getPropertyValue(property)).to.equal('');
        expect(violations.length).to.be.greaterThan(0);
      }));
  }

  it('cssProperty() sets it through the CSSOM, first render included, without any violation', () =>
    inHost(async (host) => {
      const draw = (v: string) => render(html`<span ${cssProperty('--share', v)}></span>`, host);
      draw('40%');
      const span = host.querySelector('span')!;
      expect(getComputedStyle(span).getPropertyValue('--share').trim()).to.equal('40%');
      draw('55%');
      expect(host.querySelector('span')).to.equal(span);
      expect(getComputedStyle(span).getPropertyValue('--share').trim()).to.equal('55%');
      await settle();
      expect(violations).to.deep.equal([]);
    }));

  it('the whole widget renders its bars with no violation', async () => {
    useFixture(resultsFixture());
    const el = await fixture<BcLiveResults>(html`<bc-live-results api-base=${API}></bc-live-results>`);
    await waitForState(el, () => $(el, 'table'), 'no table', 8000).catch((e) => {
      throw new Error(`${e}: ${el.shadowRoot!.textContent} ${violations.map((v) => v.violatedDirective + v.sample)}`);
    });
    await settle();
    expect(violations.map((v) => `${v.violatedDirective} ${v.sample}`)).to.deep.equal([]);
    const category = (await servedResults()).categories[0]!;
    const total = category.projects.reduce((n, p) => n + p.votes, 0);
    const bars = $$(el, `section[data-category="${category.id}"] table [part~="bar"]`);
    expect(bars).to.have.length(category.projects.length);
    bars.forEach((bar, i) => {
      const fill = bar.firstElementChild!.getBoundingClientRect().width;
      expect(fill / bar.getBoundingClientRect().width).to.be.closeTo(category.projects[i]!.votes / total, 0.01);
    });
    await expectAxeClean(el);
  });
});
