/**
 * Play functions that act in a widget as a visitor would (type, choose, click, send), for the
 * stories of a state reached by doing something: each step is done in the widget's shadow root,
 * then the story waits for the widgets to settle before the next.
 */
import type { StoryContext } from '@storybook/web-components-vite';
import type { MockParameters } from './mock.js';
import { settle } from './settle.js';

export type PlayContext = Pick<StoryContext, 'canvasElement' | 'parameters'>;
/** One step, in the shadow root of the story's (first) widget. */
export type Step = (root: ShadowRoot) => void | Promise<void>;

/** The shadow root of the story's first `bc-*` widget. */
export function widgetRoot(canvas: HTMLElement): ShadowRoot {
  const widget = [...canvas.querySelectorAll('*')].find((el) => el.localName.startsWith('bc-') && el.shadowRoot);
  if (!widget) throw new Error('no bc-* widget in the story');
  return widget.shadowRoot!;
}

function find<E extends Element>(root: ShadowRoot, selector: string): E {
  const el = root.querySelector<E>(selector);
  if (!el) throw new Error(`nothing matches ${selector} in the widget`);
  return el;
}

/**
 * Settles, then does `steps` in the widget, settling after each: in the state the story
 * expects (`parameters.mock.expect`) after the last, `ready` before.
 */
export function playing(...steps: Step[]) {
  return async (context: PlayContext): Promise<void> => {
    const expected = (context.parameters.mock as MockParameters | undefined)?.expect;
    await settle(context.canvasElement, steps.length ? 'ready' : expected);
    for (const [i, step] of steps.entries()) {
      await step(widgetRoot(context.canvasElement));
      await settle(context.canvasElement, i === steps.length - 1 ? expected : 'ready');
    }
  };
}

/** Clicks the element `selector`. */
export const click =
  (selector: string): Step =>
  (root) =>
    find<HTMLElement>(root, selector).click();

/** Types `value` into the field `selector` (its value, then `input`, as typing does). */
export const typeInto =
  (selector: string, value: string): Step =>
  (root) => {
    const input = find<HTMLInputElement>(root, selector);
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  };

/** Chooses `value` in the select `selector`. */
export const choose =
  (selector: string, value: string): Step =>
  (root) => {
    const select = find<HTMLSelectElement>(root, selector);
    select.value = value;
    select.dispatchEvent(new Event('change'));
  };

/** Sends the form `selector` (as its submit button does). */
export const send =
  (selector = 'form'): Step =>
  (root) =>
    find<HTMLFormElement>(root, selector).requestSubmit();

/** Checks the widget shows `selector`: a story that missed its state fails rather than show another. */
export const shows =
  (selector: string): Step =>
  (root) =>
    void find(root, selector);
