/**
 * `ListController` without a page: a host that counts its updates, and a page source whose
 * answers the test gives when it chooses, so that late, failed and interrupted answers happen
 * exactly where each test wants them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from '@budget-citoyen/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ListController } from '../src/base/list-controller.js';

interface Item {
  id: string;
}
interface Query {
  q: string;
}

/** One request of the source, answered (or failed) by the test. */
interface Call {
  query: Query;
  cursor: string | undefined;
  signal: AbortSignal;
  answer(page: Page<Item>): Promise<void>;
  fail(error: unknown): Promise<void>;
}

const items = (...ids: string[]): Item[] => ids.map((id) => ({ id }));
const page = (ids: string[], nextCursor: string | null, total: number): Page<Item> => ({ items: items(...ids), nextCursor, total });
/** Lets the controller's handlers of an answer run. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

function setup() {
  const calls: Call[] = [];
  let updates = 0;
  const controllers: ReactiveController[] = [];
  const host: ReactiveControllerHost = {
    addController: (c) => void controllers.push(c),
    removeController: () => undefined,
    requestUpdate: () => void updates++,
    updateComplete: Promise.resolve(true),
  };
  const list = new ListController<Item, Query>(host, (query, cursor, signal) => {
    let resolve!: (page: Page<Item>) => void;
    let reject!: (error: unknown) => void;
    const promise = new Promise<Page<Item>>((res, rej) => ((resolve = res), (reject = rej)));
    calls.push({
      query,
      cursor,
      signal,
      answer: (p) => (resolve(p), settle()),
      fail: (e) => (reject(e), settle()),
    });
    return promise;
  });
  return {
    list,
    calls,
    updates: () => updates,
    connect: () => controllers.forEach((c) => c.hostConnected?.()),
    disconnect: () => controllers.forEach((c) => c.hostDisconnected?.()),
  };
}

describe('ListController', () => {
  it('a query shows its first page: items, total, next cursor', async () => {
    const { list, calls, updates } = setup();
    assert.equal(list.status, 'loading');
    const loaded = list.load({ q: 'vélo' });
    assert.equal(list.status, 'loading');
    assert.deepEqual(list.query, { q: 'vélo' });
    assert.equal(calls.length, 1);
    assert.deepEqual(calls[0]!.query, { q: 'vélo' });
    assert.equal(calls[0]!.cursor, undefined);
    const before = updates();
    await calls[0]!.answer(page(['a', 'b'], 'c2', 5));
    await loaded;
    assert.equal(list.status, 'ready');
    assert.deepEqual(list.items, items('a', 'b'));
    assert.equal(list.total, 5);
    assert.equal(list.nextCursor, 'c2');
    assert.deepEqual(list.page, page(['a', 'b'], 'c2', 5));
    assert.ok(updates() > before, 'the host re-renders');
  });

  it('a new query aborts the one before and drops its answer, even one that arrives after', async () => {
    const { list, calls } = setup();
    void list.load({ q: 'a' });
    void list.load({ q: 'b' });
    assert.equal(calls[0]!.signal.aborted, true);
    assert.equal(calls[1]!.signal.aborted, false);
    await calls[1]!.answer(page(['b1'], null, 1));
    await calls[0]!.answer(page(['a1', 'a2'], 'x', 2));
    assert.deepEqual(list.items, items('b1'));
    assert.equal(list.total, 1);
    assert.equal(list.nextCursor, null);
    assert.deepEqual(list.query, { q: 'b' });
  });

  it('a stale failure is dropped too', async () => {
    const { list, calls } = setup();
    void list.load({ q: 'a' });
    void list.load({ q: 'b' });
    await calls[0]!.fail(new Error('aborted'));
    assert.equal(list.status, 'loading');
    await calls[1]!.answer(page(['b1'], null, 1));
    assert.equal(list.status, 'ready');
    assert.equal(list.error, undefined);
  });

  it('"load more" follows the cursor, appends without repeating, and says where the new items start', async () => {
    const { list, calls } = setup();
    void list.load({ q: '' });
    await calls[0]!.answer(page(['a', 'b'], 'c2', 5));
    const more = list.loadMore();
    assert.equal(list.moreStatus, 'loading');
    assert.equal(await list.loadMore(), undefined, 'one next page at a time');
    assert.equal(calls.length, 2);
    assert.deepEqual(calls[1]!.query, { q: '' });
    assert.equal(calls[1]!.cursor, 'c2');
    await calls[1]!.answer(page(['b', 'c', 'd'], 'c3', 5));
    assert.equal(await more, 2);
    assert.deepEqual(list.items, items('a', 'b', 'c', 'd'));
    assert.equal(list.nextCursor, 'c3');
    assert.equal(list.moreStatus, 'idle');

    const last = list.loadMore();
    await calls[2]!.answer(page(['e'], null, 5));
    assert.equal(await last, 4);
    assert.equal(list.nextCursor, null);
    assert.equal(await list.loadMore(), undefined, 'no next page');
    assert.equal(calls.length, 3);
  });

  it('a failed next page keeps the items; trying again appends it', async () => {
    const { list, calls } = setup();
    void list.load({ q: '' });
    await calls[0]!.answer(page(['a'], 'c2', 2));
    const failed = list.loadMore();
    const error = new Error('network');
    await calls[1]!.fail(error);
    assert.equal(await failed, undefined);
    assert.equal(list.moreStatus, 'error');
    assert.equal(list.moreError, error);
    assert.equal(list.status, 'ready');
    assert.deepEqual(list.items, items('a'));
    const again = list.loadMore();
    assert.equal(list.moreError, undefined);
    await calls[2]!.answer(page(['b'], null, 2));
    assert.equal(await again, 1);
    assert.deepEqual(list.items, items('a', 'b'));
  });

  it('a next page that comes after a new query is dropped', async () => {
    const { list, calls } = setup();
    void list.load({ q: 'a' });
    await calls[0]!.answer(page(['a1'], 'c2', 2));
    const more = list.loadMore();
    void list.load({ q: 'b' });
    assert.equal(calls[1]!.signal.aborted, true);
    await calls[1]!.answer(page(['a2'], null, 2));
    assert.equal(await more, undefined);
    assert.equal(list.status, 'loading');
    assert.equal(list.moreStatus, 'idle');
    await calls[2]!.answer(page(['b1'], null, 1));
    assert.deepEqual(list.items, items('b1'));
  });

  it('a failed first page is an error state; reload asks the same query again', async () => {
    const { list, calls } = setup();
    void list.load({ q: 'x' });
    const error = new Error('down');
    await calls[0]!.fail(error);
    assert.equal(list.status, 'error');
    assert.equal(list.error, error);
    void list.reload();
    assert.equal(list.status, 'loading');
    assert.equal(list.error, undefined);
    assert.deepEqual(calls[1]!.query, { q: 'x' });
    await calls[1]!.answer(page(['a'], null, 1));
    assert.equal(list.status, 'ready');
  });

  it('a quiet refresh keeps what is shown while it loads, and if it fails', async () => {
    const { list, calls } = setup();
    void list.load({ q: '' });
    await calls[0]!.answer(page(['a'], null, 1));
    void list.load({ q: '' }, { quiet: true });
    assert.equal(list.status, 'ready');
    assert.deepEqual(list.items, items('a'));
    await calls[1]!.fail(new Error('down'));
    assert.equal(list.status, 'ready');
    assert.equal(list.error, undefined);
    assert.deepEqual(list.items, items('a'));
    void list.load({ q: '' }, { quiet: true });
    await calls[2]!.answer(page(['a', 'b'], null, 2));
    assert.deepEqual(list.items, items('a', 'b'));
  });

  it('leaving the page aborts and drops what was on its way; coming back asks again', async () => {
    const { list, calls, connect, disconnect } = setup();
    connect();
    void list.load({ q: 'a' });
    disconnect();
    assert.equal(calls[0]!.signal.aborted, true);
    await calls[0]!.fail(new DOMException('aborted', 'AbortError'));
    assert.equal(list.status, 'loading', 'the abort is not an error to show');
    connect();
    assert.equal(calls.length, 2);
    assert.deepEqual(calls[1]!.query, { q: 'a' });
    await calls[1]!.answer(page(['a1'], 'c2', 2));
    assert.equal(list.status, 'ready');

    const more = list.loadMore();
    disconnect();
    assert.equal(calls[2]!.signal.aborted, true);
    assert.equal(list.moreStatus, 'idle');
    connect();
    assert.equal(calls.length, 3, 'a next page is asked for again by the visitor, not on return');
    await calls[2]!.fail(new DOMException('aborted', 'AbortError'));
    assert.equal(await more, undefined);
    assert.equal(list.moreStatus, 'idle');
    const again = list.loadMore();
    await calls[3]!.answer(page(['a2'], null, 2));
    assert.equal(await again, 1);
  });
});
