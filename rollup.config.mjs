// Every build of the repository, as a list: the SDK and the mock server for npm (ESM,
// dependencies external), the widgets for npm (one module per source file, so that bundlers
// tree-shake and only define files have side effects), and the CDN scripts (everything bundled
// and minified): `budget-citoyen.js` with every resident widget, `depot.js` with the dossier form
// and status, plus one script per widget, each with its English strings in a chunk apart.
// Plugins, targets and the reasons behind each option live in build/ (build/README.md).
// Typings come from `tsc` (scripts/build.mjs).
import { readFileSync } from 'node:fs';
import terser from '@rollup/plugin-terser';
import { entries, widgetFolders } from './build/entries.mjs';
import { chunksShareScript } from './build/plugins/chunks-share-script.mjs';
import { cleanDirOnce } from './build/plugins/clean-dir.mjs';
import { englishApart, ENGLISH_STR, isEnglish } from './build/plugins/english-apart.mjs';
import { forBrowsers } from './build/plugins/for-browsers.mjs';
import { shortMessageIds } from './build/plugins/short-message-ids.mjs';
import { externalDeps, minify, minifyLiterals, quiet, resolve, typescript } from './build/presets.mjs';
import { BROWSERS, CDN_DIR } from './build/targets.mjs';

const sdk = (f) => `packages/sdk/src/${f}`;
const mock = (f) => `packages/mock-server/src/${f}`;
const widget = (f) => `packages/widgets/src/${f}`;
const { version } = JSON.parse(readFileSync('packages/widgets/package.json', 'utf8'));

const npmBuild = (dir, input) => ({
  input: entries(input),
  external: externalDeps,
  onwarn: quiet,
  plugins: [resolve(false), typescript()],
  output: { dir, format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
});

/**
 * One CDN script: a page downloads that one file to show its widgets. Apart, in `chunks/`: its
 * English strings (`<script>.en-<hash>.js`, one chunk per script: the first English render
 * fetches every table the script registered at once), and what a widget loads on demand once a
 * resident goes on (a dynamic `import()`), which takes what it shares from the script.
 */
const cdnBuild = (name, input, { first = false } = {}) => ({
  input: entries({ [name]: input }),
  // A script's exports are only what its chunks take from it (chunks-share-script).
  preserveEntrySignatures: false,
  onwarn: quiet,
  plugins: [
    ...(first ? [cleanDirOnce(CDN_DIR)] : []),
    englishApart(CDN_DIR),
    resolve(true),
    typescript(BROWSERS),
    // The console's strings are in admin.js only: it is checked for English as budget-citoyen.js is.
    shortMessageIds({ complete: name === 'budget-citoyen' || name === 'admin' }),
    minifyLiterals(),
    forBrowsers(BROWSERS),
    chunksShareScript(version),
    minify(),
  ],
  output: {
    dir: CDN_DIR,
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    manualChunks: (id) => (isEnglish(id) || id === ENGLISH_STR ? `${name}.en` : undefined),
  },
});

const widgets = widgetFolders();

export default [
  npmBuild('packages/sdk/dist', {
    index: sdk('index.ts'),
    schemas: sdk('schemas/index.ts'),
    rules: sdk('rules/index.ts'),
    'rules-en': sdk('rules/explain-en.ts'),
    pabulib: sdk('pabulib/index.ts'),
    ics: sdk('ics/index.ts'),
    export: sdk('export/index.ts'),
    cli: sdk('cli/main.ts'),
  }),
  npmBuild('packages/mock-server/dist', {
    index: mock('index.ts'),
    browser: mock('browser.ts'),
    node: mock('node.ts'),
    server: mock('server.ts'),
    testing: mock('testing.ts'),
    'testing-browser': mock('testing-browser.ts'),
  }),
  {
    input: entries([widget('index.ts'), ...widgets.map((d) => widget(`${d}/define.ts`))]),
    external: externalDeps,
    onwarn: quiet,
    plugins: [resolve(false), typescript()],
    output: { dir: 'packages/widgets/dist', format: 'es', sourcemap: true, preserveModules: true, preserveModulesRoot: 'packages/widgets/src' },
  },
  cdnBuild('budget-citoyen', widget('cdn.ts'), { first: true }),
  // The project holders' script: the dossier form and status, apart from the residents' one.
  cdnBuild('depot', widget('depot.ts')),
  // One per widget for pages that name theirs; the provider only makes sense with several.
  // `admin.js` is the committee's console (src/admin/), which budget-citoyen.js leaves out.
  ...widgets.filter((d) => d !== 'provider').map((d) => cdnBuild(d, widget(`${d}/define.ts`))),
  // The in-browser mock (MSW worker + handlers + seed data) as one script for examples and demos.
  {
    input: entries(mock('browser.ts')),
    onwarn: quiet,
    plugins: [resolve(true), typescript(), terser({ ecma: 2022, module: true })],
    output: { file: 'packages/mock-server/dist/cdn/mock-browser.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
  },
];
