import { expect } from '@open-wc/testing';
import { FakeTimers } from '../../test/fake-timers.js';
import { Throttle } from './throttle.js';

describe('Throttle (announcements)', () => {
  let timers: FakeTimers;
  let heard: Array<[number, string]>;
  let throttle: Throttle;

  beforeEach(() => {
    timers = new FakeTimers();
    timers.time = 1_000_000;
    heard = [];
    throttle = new Throttle((m) => heard.push([timers.now(), m]), 30_000, timers);
  });

  it('passes the first message on at once', () => {
    throttle.push('a');
    expect(heard).to.deep.equal([[1_000_000, 'a']]);
    expect(timers.delays()).to.deep.equal([]);
  });

  it('within the interval, keeps only the latest and passes it on when the interval ends', () => {
    throttle.push('a');
    timers.advance(5_000);
    throttle.push('b');
    timers.advance(5_000);
    throttle.push('c');
    expect(heard).to.have.length(1);
    expect(timers.delays()).to.deep.equal([25_000]);
    timers.advance(19_999);
    expect(heard).to.have.length(1);
    timers.advance(1);
    expect(heard).to.deep.equal([
      [1_000_000, 'a'],
      [1_030_000, 'c'],
    ]);
  });

  it('never passes two messages less than 30 s apart, however many arrive', () => {
    for (let i = 0; i < 200; i++) {
      throttle.push(`m${i}`);
      timers.advance(1_000);
    }
    timers.advance(30_000);
    const gaps = heard.slice(1).map(([t], i) => t - heard[i]![0]);
    expect(gaps.length).to.be.greaterThan(5);
    for (const gap of gaps) expect(gap).to.be.at.least(30_000);
    expect(heard.at(-1)![1]).to.equal('m199');
  });

  it('passes a message at once after a quiet interval', () => {
    throttle.push('a');
    timers.advance(45_000);
    throttle.push('b');
    expect(heard.map(([, m]) => m)).to.deep.equal(['a', 'b']);
  });

  it('cancel() drops what is waiting', () => {
    throttle.push('a');
    throttle.push('b');
    throttle.cancel();
    timers.advance(60_000);
    expect(heard.map(([, m]) => m)).to.deep.equal(['a']);
  });
});
