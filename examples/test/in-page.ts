/**
 * What the smoke tests run inside each page, as plain JavaScript source: puppeteer sends
 * functions as their source text, and the TypeScript loader may add helpers (`__name`) to
 * functions that the page does not have, so nothing here is a compiled function.
 *
 * `window.__bcExamples.check(selector, kind)` looks into a widget's shadow root (`selector`: a
 * CSS selector, or the element itself) and says whether it shows what it is for (`ok`), with a
 * short description of what it shows (`detail`). examples/test-browser/ runs it too.
 */
export const IN_PAGE = String.raw`
(() => {
  const text = (node) => (node && node.textContent ? node.textContent.replace(/\s+/g, ' ').trim() : '');
  const all = (root, selector) => (root ? Array.from(root.querySelectorAll(selector)) : []);
  const rendered = (el) => (el.checkVisibility ? el.checkVisibility() : el.getClientRects().length > 0);
  // What a screen reader walks: shadow trees in place of their hosts, slots' assigned nodes in place of the slots.
  const flatChildren = (el) => {
    if (el.localName === 'slot') {
      const assigned = el.assignedElements({ flatten: true });
      return assigned.length ? assigned : Array.from(el.children);
    }
    return Array.from((el.shadowRoot || el).children);
  };
  const probe = {
    violations: [],
    /** The visible headings of the page, widgets' shadow trees included, in reading order. */
    headings() {
      const found = [];
      const walk = (el) => {
        const match = /^h([1-6])$/.exec(el.localName);
        if (match && rendered(el)) found.push({ level: Number(match[1]), text: text(el).slice(0, 60) });
        for (const child of flatChildren(el)) walk(child);
      };
      walk(document.body);
      return found;
    },
    /** Each widget's highest heading level, and the level of the heading of the section, aside or article around it. */
    widgetHeadings() {
      return Array.from(document.querySelectorAll('*'))
        .filter((el) => el.localName.startsWith('bc-') && el.shadowRoot)
        .flatMap((el) => {
          const levels = Array.from(el.shadowRoot.querySelectorAll('h1, h2, h3, h4, h5, h6')).filter(rendered).map((h) => Number(h.localName[1]));
          const section = el.parentElement && el.parentElement.closest('section, aside, article');
          const heading = section && section.querySelector('h1, h2, h3, h4, h5, h6');
          return levels.length && heading ? [{ tag: el.localName, level: Math.min(...levels), under: Number(heading.localName[1]), section: text(heading) }] : [];
        });
    },
    check(selector, kind) {
      const host = typeof selector === 'string' ? document.querySelector(selector) : selector;
      if (!host) return { ok: false, detail: 'no element matches ' + selector };
      if (!customElements.get(host.localName)) return { ok: false, undefinedTag: host.localName, detail: '<' + host.localName + '> is not defined' };
      const root = host.shadowRoot;
      if (!root) return { ok: false, detail: 'no shadow root yet' };
      const error = root.querySelector('[part~="state-error"]');
      if (error) return { ok: false, error: true, detail: 'error state: ' + text(error) };
      switch (kind) {
        case 'gallery': {
          const titles = all(root, '[part~="card-title"]').map(text);
          const meta = all(root, '[part~="card-meta"]').map(text);
          return { ok: titles.length > 0, titles, meta, detail: titles.length + ' cards: ' + titles.join(' | ') };
        }
        case 'card': {
          const title = text(root.querySelector('[part~="card-title"]'));
          return { ok: title !== '', title, detail: 'title: ' + title };
        }
        case 'ballot': {
          const heading = text(root.querySelector('[part~="heading"]'));
          const inputs = all(root, 'input').length;
          return { ok: heading !== '' && inputs > 0, heading, detail: 'heading: ' + heading + ', ' + inputs + ' inputs' };
        }
        case 'results': {
          const title = text(root.querySelector('[part~="title"]'));
          const tables = all(root, 'table');
          const rows = all(root, '[part~="row"]').length;
          return { ok: title !== '' && tables.length > 0 && rows > 0, title, tables: tables.length, detail: 'title: ' + title + ', ' + tables.length + ' tables, ' + rows + ' rows' };
        }
        case 'agenda': {
          const comptoirs = all(root, '[part~="comptoir-title"]').map(text);
          const notice = text(root.querySelector('[part~="phase-notice"]'));
          const filters = root.querySelector('[part~="filters"]') !== null;
          return { ok: filters && (comptoirs.length > 0 || notice !== ''), comptoirs, notice, detail: comptoirs.length + ' comptoirs (' + comptoirs.join(' | ') + '); notice: ' + notice };
        }
        case 'timeline': {
          const phases = all(root, '[part~="phase"]').length;
          const current = text(root.querySelector('[aria-current="step"] [part~="phase-name"]'));
          const links = all(root, '[part~="phase-name"] a').map((a) => a.getAttribute('href'));
          return { ok: phases > 0, current, links, detail: phases + ' phases, current: ' + (current || 'none') };
        }
        case 'dossier-form':
        case 'dossier-status':
        case 'console': {
          const heading = text(root.querySelector('[part~="heading"]'));
          const inputs = all(root, 'input, textarea').length;
          return { ok: heading !== '', heading, inputs, detail: 'heading: ' + heading + ', ' + inputs + ' fields' };
        }
        default:
          return { ok: false, detail: 'unknown kind ' + kind };
      }
    },
  };
  window.__bcExamples = probe;
  // Violations in shadow roots are composed events: they reach the document.
  document.addEventListener('securitypolicyviolation', (event) => {
    const message = 'CSP violation: ' + event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline code') +
      ' (' + (event.sourceFile || 'page') + ':' + event.lineNumber + ')';
    probe.violations.push(message);
    console.error(message);
  }, true);
})();
`;
