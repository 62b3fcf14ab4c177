// `npm run size -- --floor`: what the libraries the toolkit is built on weigh in a CDN script
// before any code of ours, built and compressed as the CDN scripts are. The smallest use of each
// is bundled: a Lit element with a context consumer and provider and a localized string, one
// zod/mini object schema, one ky request with retries. What is left under a script's budget is
// what its widgets, the SDK client and the rules may take.
import { rollup } from 'rollup';
import { minify, resolve } from '../../build/presets.mjs';

// Resolved from the SDK's folder, as the widgets' build resolves zod and ky.
const ENTRY = 'packages/sdk/src/__size-floor__.js';

const PARTS = {
  lit: `import { LitElement, html, css } from 'lit';
    class A extends LitElement {
      static styles = css\`:host{display:block}\`;
      static properties = { x: {} };
      render() { return html\`<p>\${this.x}</p>\`; }
    }
    customElements.define('x-a', A);`,
  '@lit/context': `import { ReactiveElement } from 'lit';
    import { ContextConsumer, ContextProvider, ContextRoot, createContext } from '@lit/context';
    const context = createContext('c');
    class B extends ReactiveElement {
      c = new ContextConsumer(this, { context, subscribe: true });
      p = new ContextProvider(this, { context });
    }
    customElements.define('x-b', B);
    new ContextRoot().attach(document.body);`,
  '@lit/localize': `import { configureLocalization, msg } from '@lit/localize';
    export const { setLocale } = configureLocalization({ sourceLocale: 'fr', targetLocales: ['en'], loadLocale: (l) => import(l) });
    export const hello = () => msg('Bonjour', { id: 'h' });`,
  'zod/mini': `import * as z from 'zod/mini';
    export const parse = (v) => z.object({ id: z.string(), n: z.number() }).parse(v);`,
  ky: `import ky from 'ky';
    export const get = (url) => ky.get(url, { retry: 2 }).json();`,
};

async function build(parts) {
  const source = parts.map((name) => PARTS[name]).join('\n');
  const bundle = await rollup({
    input: ENTRY,
    onwarn: () => {},
    plugins: [
      { name: 'floor-entry', resolveId: (id) => (id === ENTRY ? ENTRY : null), load: (id) => (id === ENTRY ? source : null) },
      resolve(true),
    ],
  });
  const { output } = await bundle.generate({
    format: 'es',
    inlineDynamicImports: true,
    plugins: [minify()],
  });
  return output[0].code;
}

/**
 * Prints the floor, library by library (cumulative), and what it leaves under each budget:
 * `budgets` is a list of `[script, budget bytes, its current size?]`.
 */
export async function floor({ brotli, kb, budgets }) {
  console.log('The libraries alone, at their smallest use, built and compressed as a CDN script:\n');
  console.log('libraries'.padEnd(20), 'minified'.padStart(10), 'brotli'.padStart(10), 'added'.padStart(10));
  const names = Object.keys(PARTS);
  let br = 0;
  for (let i = 0; i < names.length; i++) {
    const code = await build(names.slice(0, i + 1));
    const size = brotli(code);
    console.log(`${i ? '+ ' : ''}${names[i]}`.padEnd(20), kb(code.length).padStart(10), kb(size).padStart(10), kb(size - br).padStart(10));
    br = size;
  }
  console.log('');
  for (const [script, budget, current] of budgets) {
    console.log(
      `Under the ${kb(budget)} budget of ${script}, the floor leaves ${kb(budget - br)} for its widgets, the SDK client and the rules` +
        (current === undefined ? '.' : `; in ${script} today (${kb(current)}), they and what they use beyond the floor take ${kb(current - br)}.`),
    );
  }
}
