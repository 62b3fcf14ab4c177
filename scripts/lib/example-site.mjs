// The examples as `npm start` serves them, on one origin: the repository's files read-only
// (static-server.mjs: the strict CSP on every HTML page, the MSW worker at the page root) and
// the mock API under /api/. Each example page is served with what only this development site
// needs (DEV_HEAD), so that its file holds exactly what a real site's page would. Shared by
// `npm start`, the examples' smoke tests (examples/test/) and web-test-runner, which serves the
// example pages to the browser tests of their layout (examples/test-browser/).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { staticFiles } from './static-server.mjs';

/**
 * Added to the <head> of every example page as it is served, never written in the pages: the
 * examples' icon, and dev-codes.js, which shows the verification code the mock API "e-mails"
 * (examples/README.md) and which a real site must not carry.
 */
export const DEV_HEAD = `  <!-- Added by the examples' server (scripts/lib/example-site.mjs), not in the page's file, not on a real site: the examples' icon, and, on the mock API, the e-mailed verification code shown (console and a banner). -->
  <link rel="icon" href="/examples/favicon.svg" type="image/svg+xml">
  <script type="module" src="/examples/dev-codes.js"></script>
`;

/** The page with DEV_HEAD at the end of its <head>, when it is an example page. */
function withDevHead(text, pathname) {
  return pathname.startsWith('/examples/') ? text.replace('</head>', `${DEV_HEAD}</head>`) : text;
}

/**
 * A `(req, res) => boolean` handler: false when it has nothing for the request, so the caller
 * answers 404 or tries its next handler. `api` is the mock's request listener
 * (`createMockRequestListener` of @budget-citoyen/mock-server/server).
 */
export function exampleSite(root, api) {
  const files = staticFiles(root, {
    aliases: { '/mockServiceWorker.js': join(root, 'packages/mock-server/public/mockServiceWorker.js') },
    html: withDevHead,
  });
  return (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/') {
      res.writeHead(302, { Location: '/examples/' }).end();
      return true;
    }
    if (path.startsWith('/api/')) {
      api(req, res);
      return true;
    }
    return files(req, res);
  };
}

/**
 * The example site inside web-test-runner's dev server (a Koa middleware), for the browser
 * tests that load the example pages in iframes: the files under /examples/ (but the tests'
 * own TypeScript, which the dev server compiles), and the API requests those pages send (by
 * their Referer), go to `exampleSite`; every other request, the widget tests' included, goes
 * on to the dev server as before. The mock API comes from
 * the build (packages/mock-server/dist), loaded on the first request for a page.
 */
export function exampleSiteMiddleware(root) {
  let site;
  const fromExample = (context) => {
    const referer = context.get('referer');
    return referer !== '' && new URL(referer).pathname.startsWith('/examples/');
  };
  return async function exampleSiteMiddleware(context, next) {
    const page = context.path.startsWith('/examples/') && !context.path.endsWith('.ts');
    if (!page && !(context.path.startsWith('/api/') && fromExample(context))) return next();
    if (!site) {
      const { createMockRequestListener } = await import(pathToFileURL(join(root, 'packages/mock-server/dist/server.js')).href);
      site = exampleSite(root, createMockRequestListener());
    }
    context.respond = false; // the handler writes the response itself
    if (!site(context.req, context.res)) {
      context.respond = true;
      return next();
    }
    return undefined;
  };
}
