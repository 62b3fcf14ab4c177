/**
 * Every example page on a phone, in every engine (web-test-runner: Chromium, Firefox, WebKit).
 * Each page, served as `npm start` serves it (scripts/lib/example-site.mjs: the strict CSP, the
 * mock API on the same origin), opens in an iframe 800 px wide; once its widgets show what they
 * are for, the iframe narrows to 320 then 375 px and the page must not scroll sideways. Under
 * the hostile theme, every widget's text keeps its size (16 px, small print 14 px), a sane line
 * height and its alignment, at each width. The pages with states a visitor reaches (the
 * committee's console signed in, each widget of the configurator, each phase of the in-browser
 * mock's clock) are measured in each. The measures are the widgets' own (packages/widgets/test/layout.ts).
 *
 * An iframe of the phone's width rather than the window: the window is the test runner's, and
 * WebDriver (WebKit) resizes the outer window only; an iframe gives its page a viewport of
 * that exact width in every engine.
 *
 * The pages' other checks (console errors, axe, the CDN files they fetch, what each widget
 * shows) are the smoke tests of examples/test/, in Chromium. Needs the build: `npm run build`.
 */
import { expect } from '@open-wc/testing';
import { pageOverflowProblems, typographyProblems } from '../../packages/widgets/test/layout.js';
import { IN_PAGE } from '../test/in-page.js';

/** Phones' widths, in CSS pixels: the smallest in use, and the most common. */
const PHONES = [320, 375];
/** The width a page first lays out at, before it narrows (a small laptop's window). */
const WIDE = 800;
const WIDGET_TIMEOUT_MS = 20_000;
/** What `check` of examples/test/in-page.ts looks for in each widget. */
const KIND: Record<string, string> = {
  'bc-project-card': 'card',
  'bc-project-gallery': 'gallery',
  'bc-comptoir-agenda': 'agenda',
  'bc-ballot': 'ballot',
  'bc-live-results': 'results',
  'bc-campaign-timeline': 'timeline',
  'bc-dossier-form': 'dossier-form',
  'bc-dossier-status': 'dossier-status',
  'bc-labelling-console': 'console',
};

interface Check {
  ok: boolean;
  detail: string;
  error?: boolean;
  undefinedTag?: string;
}
interface ExampleWindow extends Window {
  __bcExamples: { check(host: Element, kind: string): Check };
}

/** Resolves with what `probe` returns once truthy; fails, saying `what`, after the timeout. */
async function until<T>(what: () => string, probe: () => T | undefined | false | null | ''): Promise<T> {
  const deadline = Date.now() + WIDGET_TIMEOUT_MS;
  for (;;) {
    const found = probe();
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`${what()} within ${WIDGET_TIMEOUT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** One example page in an iframe of the test's page. */
class ExampleFrame {
  private constructor(
    readonly path: string,
    readonly frame: HTMLIFrameElement,
    readonly view: ExampleWindow,
  ) {}

  static async open(path: string): Promise<ExampleFrame> {
    const frame = document.createElement('iframe');
    frame.title = path;
    frame.style.cssText = `display: block; border: 0; width: ${WIDE}px; height: 800px`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = path;
    document.body.append(frame);
    await loaded;
    const view = frame.contentWindow as ExampleWindow;
    // The smoke tests' probe, run in the page's window: the page's CSP allows no script of ours.
    new Function('window', 'document', 'customElements', IN_PAGE)(view, view.document, view.customElements);
    return new ExampleFrame(path, frame, view);
  }

  get document(): Document {
    return this.view.document;
  }

  /** The page's widgets, the provider apart. */
  widgets(): Element[] {
    return [...this.document.querySelectorAll('*')].filter((el) => el.localName in KIND);
  }

  /**
   * Waits until every widget shows what it is for (the smoke tests' `check`), then until none
   * is loading. `anyState`: whatever it shows, once loaded (after a jump of the mock's clock,
   * the gallery may be empty before the labelling, the card unknown: by design).
   */
  async widgetsShown({ anyState = false } = {}): Promise<void> {
    for (const host of this.widgets()) {
      let last: Check = { ok: false, detail: 'not checked' };
      await until(
        () => `${this.path}: <${host.localName}> did not render (${last.detail}); it shows: ${host.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 300)}`,
        () => {
          last = this.view.__bcExamples.check(host, KIND[host.localName]!);
          if (last.undefinedTag) throw new Error(`${this.path}: <${last.undefinedTag}> is not defined (npm run build first?)`);
          if (anyState) return Boolean(host.shadowRoot?.childElementCount);
          if (last.error) throw new Error(`${this.path}: <${host.localName}> shows an error: ${last.detail}`);
          return last.ok;
        },
      );
    }
    await until(
      () => `${this.path}: a widget is still loading`,
      () => this.widgets().every((host) => !host.shadowRoot?.querySelector('[aria-busy="true"], [part~="state-loading"]')),
    );
  }

  async resize(width: number): Promise<void> {
    this.frame.style.width = `${width}px`;
    await new Promise((resolve) => this.view.requestAnimationFrame(() => this.view.requestAnimationFrame(resolve)));
  }

  /** At each phone width, what scrolls sideways (and, with `typography`, what the theme broke); then back to the wide frame. */
  async phoneProblems(state = '', { typography = false } = {}): Promise<string[]> {
    const problems: string[] = [];
    for (const width of PHONES) {
      await this.resize(width);
      const where = `${width} px${state ? `, ${state}` : ''}`;
      problems.push(...pageOverflowProblems(this.view).map((problem) => `${where}: ${problem}`));
      if (typography) problems.push(...this.typographyProblems().map((problem) => `${where}: ${problem}`));
    }
    await this.resize(WIDE);
    return problems;
  }

  typographyProblems(): string[] {
    return this.widgets().flatMap((host) => typographyProblems(host).map((problem) => `<${host.localName}> ${problem}`));
  }

  close(): void {
    this.frame.remove();
  }
}

/** Opens a page in its iframe, runs `test` on it, and closes it. */
async function onPage(path: string, test: (page: ExampleFrame) => Promise<void>): Promise<void> {
  const page = await ExampleFrame.open(path);
  try {
    await test(page);
  } finally {
    page.close();
  }
}

describe('example pages on a phone (320 and 375 px): nothing scrolls sideways', function () {
  this.timeout(120_000);

  // The in-browser mock's service worker (MSW) goes with this file: the next start from a clean origin.
  after(async () => {
    for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
  });

  before(async () => {
    const bundle = await fetch('/packages/widgets/dist/cdn/budget-citoyen.js', { method: 'HEAD' });
    if (!bundle.ok) throw new Error('packages/widgets/dist/cdn/budget-citoyen.js is missing: npm run build first');
  });

  for (const path of [
    '/examples/',
    '/examples/commune-site/',
    '/examples/commune-site/reglement.html',
    '/examples/partner-site/',
    '/examples/departement-site/',
    '/examples/departement-site/deposer.html',
    '/examples/departement-site/suivi.html',
  ]) {
    it(path, () =>
      onPage(path, async (page) => {
        await page.widgetsShown();
        expect(await page.phoneProblems(), `${path} scrolls sideways on a phone`).to.deep.equal([]);
      }));
  }

  it('/examples/hostile-theme/: and every widget keeps its text size, line height and alignment', () =>
    onPage('/examples/hostile-theme/', async (page) => {
      await page.widgetsShown();
      // The theme is on: the page's own text at 20 px, justified, a line height of 3, the root at 10 px.
      const p = page.view.getComputedStyle(page.document.querySelector('article p')!);
      const root = page.view.getComputedStyle(page.document.documentElement).fontSize;
      expect([p.fontSize, p.textAlign, parseFloat(p.lineHeight) / parseFloat(p.fontSize), root]).to.deep.equal(['20px', 'justify', 3, '10px']);
      expect(page.widgets().map((el) => el.localName).sort()).to.deep.equal(['bc-ballot', 'bc-comptoir-agenda', 'bc-live-results', 'bc-project-card', 'bc-project-gallery']);
      expect(page.typographyProblems(), `${WIDE} px: the theme reaches into the widgets`).to.deep.equal([]);
      expect(await page.phoneProblems('', { typography: true }), 'on a phone, the page scrolls sideways or the theme reaches into the widgets').to.deep.equal([]);
    }));

  it('/examples/departement-site/comite.html: signed in, the dossiers listed', () =>
    onPage('/examples/departement-site/comite.html', async (page) => {
      await page.widgetsShown();
      const problems = await page.phoneProblems('sign-in');
      // The token the mock's README gives (DEFAULT_ADMIN_TOKEN), as the smoke test signs in.
      const root = page.document.querySelector('bc-labelling-console')!.shadowRoot!;
      const token = await until(() => 'no token field', () => root.querySelector<HTMLInputElement>('#bc-token'));
      token.value = 'admin-dev-token';
      root.querySelector<HTMLFormElement>('[part~="sign-in-form"]')!.requestSubmit();
      const status = await until(() => 'no status filter once signed in', () => root.querySelector<HTMLSelectElement>('#bc-status'));
      status.value = '';
      status.dispatchEvent(new Event('change'));
      await until(() => 'no dossier listed once signed in', () => root.querySelectorAll('tbody tr').length > 0);
      problems.push(...(await page.phoneProblems('the dossiers')));
      expect(problems, 'the committee page scrolls sideways on a phone').to.deep.equal([]);
    }));

  it('/examples/configurator/: with each widget in the preview', () =>
    onPage('/examples/configurator/', async (page) => {
      await until(() => 'the configurator is not ready', () => page.document.querySelector('html[data-configurator="ready"]'));
      const select = page.document.querySelector<HTMLSelectElement>('#widget')!;
      const tags = [...select.options].map((option) => option.value);
      expect(tags, 'the configurator offers the widgets').to.include.members(['bc-project-gallery', 'bc-project-card', 'bc-comptoir-agenda', 'bc-ballot', 'bc-live-results']);
      const problems: string[] = [];
      for (const tag of tags) {
        select.value = tag;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        await until(() => `no <${tag}> in the preview`, () => page.document.querySelector(`#preview ${tag}`));
        await page.widgetsShown();
        problems.push(...(await page.phoneProblems(`<${tag}> in the preview`)));
      }
      expect(problems, 'the configurator scrolls sideways on a phone').to.deep.equal([]);
    }));

  it("/examples/in-browser-mock/: at each phase of the mock's clock", () =>
    onPage('/examples/in-browser-mock/', async (page) => {
      await until(() => 'the in-browser mock did not start', () => page.document.querySelector('html[data-mock="ready"]'));
      await page.widgetsShown();
      const problems = await page.phoneProblems('at the start');
      /** Moves the mock's clock with `move` (a phase's button, or a date of one's own), then measures the page. */
      const moveClock = async (label: string, move: () => void) => {
        const before = page.document.documentElement.dataset.clock;
        await until(() => 'the clock controls stay disabled', () => page.document.querySelector('#horloge button:not([disabled])'));
        move();
        await until(() => `the clock did not move to ${label}`, () => page.document.documentElement.dataset.clock !== before);
        await page.widgetsShown({ anyState: true });
        problems.push(...(await page.phoneProblems(`clock at ${label}`)));
      };
      const buttons = [...page.document.querySelectorAll<HTMLButtonElement>('#horloge button[data-now]')];
      expect(buttons.length, 'the clock offers the phases').to.be.greaterThan(0);
      for (const button of buttons) await moveClock(button.dataset.now!, () => button.click());
      await moveClock('2026-02-10', () => {
        page.document.querySelector<HTMLInputElement>('#clock-date')!.value = '2026-02-10';
        page.document.querySelector<HTMLFormElement>('#clock-form')!.requestSubmit();
      });
      expect(problems, 'the in-browser mock scrolls sideways on a phone').to.deep.equal([]);
    }));
});
