import { waitUntil } from '@open-wc/testing';

/** Waits until `predicate` holds for the element, re-checking after each render. */
export async function waitForState(
  el: Element,
  predicate: () => unknown,
  message = 'state not reached',
  timeout = 4000,
): Promise<void> {
  await waitUntil(() => Boolean(predicate()), message, { timeout, interval: 10 });
  await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
}

/** `querySelector` in the element's shadow root. */
export function $<T extends Element = HTMLElement>(el: Element, selector: string): T | null {
  return el.shadowRoot!.querySelector<T>(selector);
}

/** `querySelectorAll` in the element's shadow root, as an array. */
export function $$<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(selector)];
}

/** The element that has focus, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Text content with runs of white space collapsed. */
export function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits for a form's commune list (every commune of the département, in pages of 100). */
export function communesLoaded(el: Element): Promise<void> {
  return waitForState(el, () => (el as unknown as { communes: { status: string } }).communes.status === 'ready', 'communes', 20_000);
}

/**
 * Types the commune's exact name, which selects it, once the list has loaded (in the
 * background, from the form's first render).
 */
export async function typeCommune(el: Element, name: string): Promise<void> {
  await communesLoaded(el);
  type(el, '#bc-communeCode', name);
  await (el as Element & { updateComplete: Promise<unknown> }).updateComplete;
}

/** How many times `act` called `window.print()` (stubbed meanwhile, then put back). */
export function printCalls(act: () => void): number {
  const print = window.print;
  let printed = 0;
  window.print = () => void printed++;
  try {
    act();
  } finally {
    window.print = print;
  }
  return printed;
}

/** A widget's heading (`part="heading"`), and its text. */
export const heading = (el: Element) => $(el, '[part~="heading"]');
export const headingText = (el: Element) => text(heading(el));

/** Types into a field as a script would (value + `input` event). */
export function type(el: Element, selector: string, value: string): void {
  const input = $<HTMLInputElement>(el, selector)!;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}
