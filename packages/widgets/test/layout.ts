/**
 * What a phone or a heavy theme does to a widget, measured in the page: horizontal overflow,
 * and the size, line height and alignment of every piece of text a visitor sees.
 *
 * No imports and nothing but DOM: the examples' smoke tests (examples/test/) run this same
 * file in their pages, transpiled by esbuild and evaluated through DevTools.
 */

/**
 * Small print, allowed at 14 px of a 16 px base: hints and character counters under fields,
 * meta lines, badges and tags, the step of the ballot, the labels of the results' figures and
 * table headers, the sentence under a result that says why it is funded or not.
 * Everything else is at least the base size.
 */
export const SMALL_PRINT = '.hint, .counter, .meta, .step, .badge, .card-meta, .tags, .figures dt, thead th, .reason';

export const MIN_TEXT_PX = 16;
export const MIN_SMALL_PX = 14;

/** Texts set apart on purpose: a registration or receipt code is spaced out to be read aloud. */
const SPACED = '.code';

/** Every element under `root`, through open shadow roots, parents first. */
function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    found.push(el);
    if (el.shadowRoot) found.push(...deepElements(el.shadowRoot));
  }
  return found;
}

/**
 * Whether the element is laid out for a visitor to see: not display: none, not in a closed
 * `<details>`, not off-screen content the browser skips (`content-visibility: auto`, the
 * gallery's cards: laid out, and measured, when they come into view; Firefox keeps their
 * last layout meanwhile).
 */
function rendered(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (options: object) => boolean }).checkVisibility;
  if (check) return check.call(el, { contentVisibilityAuto: true });
  return el.getClientRects().length > 0;
}

/** `tag.class[part]` of an element, for messages. */
function describe(el: Element): string {
  const classes = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
  const part = el.getAttribute('part');
  return `${el.localName}${classes}${part ? `[part="${part}"]` : ''}`;
}

const px = (n: number) => `${Math.round(n * 10) / 10} px`;

/**
 * A region that scrolls sideways on its own, allowed to be wider inside than outside: it
 * scrolls (`overflow-x: auto` or `scroll`), is reachable with the keyboard (`tabindex="0"`) and
 * says what it holds (`role="region"` with a name). The results' tables, until their layout for
 * narrow widths, sit in one.
 */
function isScrollRegion(el: Element): boolean {
  const { overflowX } = getComputedStyle(el);
  return (
    (overflowX === 'auto' || overflowX === 'scroll') &&
    el.getAttribute('tabindex') === '0' &&
    el.getAttribute('role') === 'region' &&
    (el.hasAttribute('aria-labelledby') || el.hasAttribute('aria-label'))
  );
}

/** Form controls scroll their own text by design. */
const SCROLLS_ITS_TEXT = new Set(['input', 'select', 'textarea']);

/**
 * What sticks out of a widget or scrolls inside it sideways: the widget itself, and every
 * element of its shadow tree that is wider than the widget (a modal dialog: than the
 * viewport) or whose content is wider than its box. Empty when the widget fits.
 */
export function overflowProblems(host: Element): string[] {
  const problems: string[] = [];
  const frame = host.getBoundingClientRect();
  const viewport = document.documentElement.clientWidth;
  if (host.scrollWidth > host.clientWidth + 1) {
    problems.push(`<${host.localName}> scrolls sideways: ${px(host.scrollWidth)} of content in ${px(host.clientWidth)}`);
  }
  const regions: Element[] = [];
  for (const el of deepElements(host.shadowRoot ?? host)) {
    if (el.closest('.bc-visually-hidden') || regions.some((region) => region.contains(el)) || !rendered(el)) continue;
    if (isScrollRegion(el)) regions.push(el);
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    const modal = el.closest('dialog');
    const [left, right] = modal ? [0, viewport] : [frame.left, frame.right];
    if (box.left < left - 1 || box.right > right + 1) {
      problems.push(`${describe(el)} sticks out of the ${modal ? 'viewport' : 'widget'}: ${px(box.left)} to ${px(box.right)}, which spans ${px(left)} to ${px(right)}`);
    }
    // Off-screen, its content keeps an old layout (Firefox) until it comes into view.
    const skipped = getComputedStyle(el).contentVisibility === 'auto' && el.firstElementChild !== null && !rendered(el.firstElementChild);
    if (!regions.includes(el) && !SCROLLS_ITS_TEXT.has(el.localName) && !skipped && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) {
      problems.push(`${describe(el)} overflows: ${px(el.scrollWidth)} of content in ${px(el.clientWidth)}`);
    }
  }
  return problems;
}

/** What makes the page scroll sideways: the root's width, and the elements past the viewport's right edge. */
export function pageOverflowProblems(): string[] {
  const root = document.documentElement;
  if (root.scrollWidth <= window.innerWidth) return [];
  const offenders = deepElements(document)
    .filter((el) => rendered(el) && el.getBoundingClientRect().right > window.innerWidth + 1)
    .slice(0, 8)
    .map((el) => `${describe(el)} reaches ${px(el.getBoundingClientRect().right)}`);
  return [`the page is ${px(root.scrollWidth)} wide in a ${px(window.innerWidth)} viewport`, ...offenders];
}

/** Texts no visitor reads as text: options are drawn by the select, styles and templates never. */
const NOT_TEXT = new Set(['option', 'style', 'script', 'template', 'title']);

/**
 * The visible texts of a widget (through its shadow tree) whose typography a theme broke or
 * that are too small: under 16 px (small print: under 14 px, see SMALL_PRINT), a line height
 * outside 1.2 to 2 times the size, justified, or letter or word spacing from the page.
 */
export function typographyProblems(host: Element): string[] {
  const problems = new Set<string>();
  for (const el of [host, ...deepElements(host.shadowRoot ?? host)]) {
    if (NOT_TEXT.has(el.localName) || el.closest('.bc-visually-hidden')) continue;
    const text = [...el.childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent ?? '')
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (!text || !rendered(el)) continue;
    const style = getComputedStyle(el);
    const size = parseFloat(style.fontSize);
    const small = el.closest(SMALL_PRINT) !== null;
    const min = small ? MIN_SMALL_PX : MIN_TEXT_PX;
    const where = `${describe(el)} "${text.slice(0, 40)}"`;
    if (size < min - 0.05) problems.add(`${where}: ${px(size)}, under ${min} px${small ? ' (small print)' : ''}`);
    if (style.lineHeight === 'normal') problems.add(`${where}: line height "normal", left to the font`);
    else {
      const ratio = parseFloat(style.lineHeight) / size;
      if (ratio < 1.2 - 0.01 || ratio > 2 + 0.01) problems.add(`${where}: line height ${px(parseFloat(style.lineHeight))} for ${px(size)} text (${ratio.toFixed(2)})`);
    }
    if (style.textAlign === 'justify') problems.add(`${where}: justified`);
    if (!el.closest(SPACED)) {
      if (style.letterSpacing !== 'normal' && parseFloat(style.letterSpacing) !== 0) problems.add(`${where}: letter spacing ${style.letterSpacing}`);
      if (style.wordSpacing !== 'normal' && parseFloat(style.wordSpacing) !== 0) problems.add(`${where}: word spacing ${style.wordSpacing}`);
    }
  }
  return [...problems];
}

/** WebKit (WebKitGTK's MiniBrowser), where the engine's own checks differ. */
export const IN_WEBKIT = /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Firefox/.test(navigator.userAgent);
