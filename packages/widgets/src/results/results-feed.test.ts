import { expect } from '@open-wc/testing';
import { BudgetCitoyenError, type Results } from '@budget-citoyen/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ResultsFeed, type Subscribe } from './results-feed.js';
import { FakeTimers } from '../../test/fake-timers.js';

/** A subscription the test drives: who is listening, and a way to answer them. */
class FakeSource {
  open: Array<{ onResults: (r: Results) => void; onError: (e: BudgetCitoyenError) => void; closed: boolean }> = [];
  subscribe: Subscribe = (onResults, onError) => {
    const entry = { onResults, onError, closed: false };
    this.open.push(entry);
    return () => void (entry.closed = true);
  };
  get live() {
    return this.open.filter((s) => !s.closed);
  }
}

const host = (): ReactiveControllerHost & { controllers: ReactiveController[] } => ({
  controllers: [],
  addController(c) {
    this.controllers.push(c);
  },
  removeController() {},
  requestUpdate() {},
  updateComplete: Promise.resolve(true),
});

const failure = () => new BudgetCitoyenError({ code: 'network_error', title: 'Network error', message: 'down' });

function setVisibility(state: 'hidden' | 'visible'): void {
  if (state === 'visible') delete (document as { visibilityState?: unknown }).visibilityState;
  else Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('ResultsFeed (subscription, visibility, backoff)', () => {
  let source: FakeSource;
  let timers: FakeTimers;
  let errors: BudgetCitoyenError[];
  let feed: ResultsFeed;

  beforeEach(() => {
    source = new FakeSource();
    timers = new FakeTimers();
    errors = [];
    feed = new ResultsFeed(host(), { onResults: () => {}, onError: (e) => errors.push(e) });
    feed.timers = timers;
    feed.random = () => 0.5;
    feed.hostConnected();
  });
  afterEach(() => {
    feed.hostDisconnected();
    setVisibility('visible');
  });

  it('subscribes once when started, unsubscribes when stopped', () => {
    feed.start(source.subscribe);
    expect(source.live).to.have.length(1);
    expect(feed.active).to.equal(true);
    feed.stop();
    expect(source.live).to.have.length(0);
    expect(feed.active).to.equal(false);
  });

  it('closes the subscription while the tab is hidden and reopens it when visible', () => {
    feed.start(source.subscribe);
    setVisibility('hidden');
    expect(source.live).to.have.length(0);
    setVisibility('visible');
    expect(source.live).to.have.length(1);
    expect(source.open).to.have.length(2);
  });

  it('does not subscribe while started in a hidden tab', () => {
    setVisibility('hidden');
    feed.start(source.subscribe);
    expect(source.open).to.have.length(0);
    setVisibility('visible');
    expect(source.live).to.have.length(1);
  });

  it('after an error: closes, reports, and subscribes again after a doubling delay (jittered, capped)', () => {
    feed.random = () => 0; // the shortest delay of each attempt: half its ceiling
    feed.start(source.subscribe);
    const delays: number[] = [];
    for (let i = 0; i < 9; i++) {
      source.live[0]!.onError(failure());
      expect(source.live).to.have.length(0);
      delays.push(...timers.delays());
      timers.advance(timers.delays()[0]!);
      expect(source.live).to.have.length(1);
    }
    expect(errors).to.have.length(9);
    expect(delays).to.deep.equal([1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000]);
  });

  it('jitter spreads each delay between half and all of its ceiling', () => {
    feed.random = () => 0.999;
    feed.start(source.subscribe);
    source.live[0]!.onError(failure());
    expect(timers.delays()[0]).to.be.within(1_990, 2_000);
  });

  it('results reset the delay; retryNow() subscribes at once', () => {
    feed.start(source.subscribe);
    source.live[0]!.onError(failure());
    timers.advance(timers.delays()[0]!);
    source.live[0]!.onError(failure());
    expect(timers.delays()).to.deep.equal([3_000]);
    feed.retryNow();
    expect(timers.delays()).to.deep.equal([]);
    expect(source.live).to.have.length(1);
    source.live[0]!.onResults({} as Results);
    source.live[0]!.onError(failure());
    expect(timers.delays()).to.deep.equal([1_500]);
  });

  it('leaving the page closes the subscription and forgets the pending retry', () => {
    feed.start(source.subscribe);
    source.live[0]!.onError(failure());
    feed.hostDisconnected();
    expect(timers.delays()).to.deep.equal([]);
    feed.hostConnected();
    expect(source.live).to.have.length(1);
  });
});
