/**
 * Waiting for the widgets of a story to settle in the state the story is about: every `bc-*`
 * element has rendered, and no loading state is left (`ready`, `error`) or one is shown
 * (`loading`), unchanged for a moment. The stories' play function uses it, so that Storybook's
 * accessibility panel (which runs after play) checks what a visitor sees once the data is there,
 * not a spinner; and a story that should show data but shows an error fails, rather than
 * passing on the wrong state.
 */
import type { StoryContext } from '@storybook/web-components-vite';
import type { MockParameters } from './mock.js';

/** Every element under `root`, open shadow roots included. */
function deepElements(root: ParentNode, into: Element[] = []): Element[] {
  for (const el of root.querySelectorAll('*')) {
    into.push(el);
    if (el.shadowRoot) deepElements(el.shadowRoot, into);
  }
  return into;
}

const LOADING = '[part~="state-loading"], [aria-busy="true"]';
const ERROR = '[part~="state-error"]';
const text = (el: Element | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

export type Expected = 'ready' | 'loading' | 'error';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function settle(root: HTMLElement, expect: Expected = 'ready', timeoutMs = 30_000): Promise<void> {
  const start = performance.now();
  let stableSince: number | undefined;
  for (;;) {
    const elements = deepElements(root);
    const widgets = elements.filter((el) => el.localName.startsWith('bc-'));
    await Promise.all(widgets.map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete));
    const after = deepElements(root);
    const loading = after.some((el) => el.matches(LOADING));
    const error = after.find((el) => el.matches(ERROR));
    const done = widgets.length > 0 && (expect === 'loading' ? loading : !loading && (expect === 'error' ? Boolean(error) : true));
    const now = performance.now();
    if (!done) stableSince = undefined;
    else if (stableSince === undefined) stableSince = now;
    else if (now - stableSince >= 250) {
      if (expect === 'ready' && error) throw new Error(`The story shows an error state: ${text(error)}`);
      return;
    }
    if (now - start > timeoutMs) {
      throw new Error(`The widgets did not settle (${expect}) within ${timeoutMs} ms: ${loading ? 'still loading' : 'not loading'}.`);
    }
    await sleep(50);
  }
}

/** The play function of every story: waits for `parameters.mock.expect` (default `ready`). */
export async function settlePlay({ canvasElement, parameters }: Pick<StoryContext, 'canvasElement' | 'parameters'>): Promise<void> {
  await settle(canvasElement, (parameters.mock as MockParameters | undefined)?.expect);
}
