// One config builds every package: the SDK and the mock server for npm (ESM, dependencies
// external), the widgets for npm (one module per source file, so bundlers tree-shake and only
// define files have side effects), and the CDN scripts (everything bundled and minified):
// `budget-citoyen.js` with every widget, plus one script per widget for pages that need one,
// each with its English strings in a chunk apart.
// Typings come from `tsc` (scripts/build.mjs), not from here.
import { readdirSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { builtinModules } from 'node:module';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { transform } from 'esbuild';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

const node = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const isBare = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');
/** Packages are consumed from npm with their dependencies installed beside them. */
const externalDeps = (id) => isBare(id) || node.has(id);

// Sibling packages resolve to their TypeScript sources, so the build order does not matter.
// (`resolve` and `minify` are exported for scripts/lib/size-floor.mjs, which builds as the CDN does.)
export const resolve = (browser) =>
  nodeResolve({
    extensions: ['.ts', '.js', '.mjs', '.json'],
    exportConditions: browser ? ['source', 'browser', 'production', 'import', 'default'] : ['source', 'node', 'import', 'default'],
    browser,
    preferBuiltins: !browser,
  });
const ts = (target = 'es2022') => esbuild({ target, tsconfig: 'tsconfig.json', minify: false, loaders: { '.json': 'json' } });
const quiet = (warning, warn) => {
  // Lit and MSW ship `this` at module top level in UMD guards; harmless in ESM output.
  if (warning.code === 'THIS_IS_UNDEFINED' || warning.code === 'CIRCULAR_DEPENDENCY') return;
  warn(warning);
};

const existing = (entries) => Object.fromEntries(Object.entries(entries).filter(([, file]) => existsSync(file)));
const sdk = (f) => `packages/sdk/src/${f}`;
const mock = (f) => `packages/mock-server/src/${f}`;
const widgetDirs = readdirSync('packages/widgets/src', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`packages/widgets/src/${d.name}/define.ts`))
  .map((d) => d.name);

const npmBuild = (dir, input) => ({
  input: existing(input),
  external: externalDeps,
  onwarn: quiet,
  plugins: [resolve(false), ts()],
  output: { dir, format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
});

// Lit's html`` and css`` literals are minified too (whitespace, comments): terser leaves
// template strings alone, and they are a good part of each widget's weight.
const minifyLiterals = () => minifyTemplateLiterals({ include: ['packages/widgets/src/**'] });
// Other terser and rollup options were measured on budget-citoyen.js, every widget (brotli),
// and left out:
// `passes: 1` or `3` (+45 B), `keep_fargs: false` (-20 to -110 B), `pure_getters` (-10 to
// -95 B: assumes no getter has an effect and no read throws, unverifiable across lit and zod),
// `unsafe` (-30 to -115 B: rewrites `String(x)` to `"" + x`, which throws on a symbol), the
// other `unsafe_*` (±5 B), `toplevel` (implied by `module`), rollup's `treeshake` presets and
// `output.generatedCode: 'es2015'` (0 B: terser already does it). Bytes come from what is
// bundled, not from how it is minified: `npm run size -- --why`.
// Private members: terser already mangles `#private` fields and methods (`this.#x`), with no
// option. Mangling `_name` properties too (`mangle.properties: { regex: /^_[a-z]/ }`, with one
// `nameCache` so that chunks agree) only reaches zod's `_zod`, `_map`… and lit-localize's
// `_resolve`: +0.2 KB brotli on every widget's page (a repeated `_zod` compresses better than
// the mangled names), and unsafe besides (zod reads "_zod" from a string). Left out.
export const minify = () => terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } });

const CDN_DIR = 'packages/widgets/dist/cdn';
/**
 * The supported browsers (README "Browsers"). Each CDN script, Lit, zod and ky included, goes
 * through esbuild for them once bundled (as Vite's `build.target` does): it lowers what they
 * lack and fails the build on what it cannot lower, so the floor is the build's. Today it
 * lowers nothing (every one of them runs ES2022): against a bare 'es2022', ±0.1 KB brotli per
 * script, from esbuild reprinting the code before terser (budget-citoyen.js -35 B).
 */
const BROWSERS = ['chrome98', 'edge98', 'firefox98', 'safari16.4'];
const forBrowsers = () => ({
  name: 'target-browsers',
  async renderChunk(code, chunk) {
    const out = await transform(code, { target: BROWSERS, format: 'esm', sourcemap: true, sourcefile: chunk.fileName });
    return { code: out.code, map: out.map };
  },
});

/** The widgets' English strings, and the SDK's English explanation of results (used only by them). */
const isEnglish = (id) => /[\\/]locales[\\/]en\.ts$|[\\/]sdk[\\/]src[\\/]rules[\\/]explain-en\.ts$/.test(id);
const STR = '\0english-str';
/**
 * The English strings stay dynamic imports (`addTranslations('en', () => import(…))`), in one
 * chunk per build that French pages never fetch. Their `str` tag gets a copy of its own (a few
 * bytes): the script uses lit-localize's too, and rollup would otherwise move that module into
 * the English chunk (a manual chunk takes its dependencies) and have the script import it
 * statically, so that every page downloaded two files. Each script and its English chunk must
 * import nothing (the other way round, a chunk importing `../budget-citoyen.js` by its bare URL
 * would run the script a second time on a page that includes `budget-citoyen.js?v=2`): the
 * build fails if one does.
 */
function englishApart() {
  return {
    name: 'english-apart',
    resolveId(source, importer) {
      return source === '@lit/localize' && importer && isEnglish(importer) ? STR : null;
    },
    async load(id) {
      if (id !== STR) return null;
      const localize = await this.resolve('@lit/localize', CDN_DIR);
      return readFileSync(join(dirname(localize.id), 'internal/str-tag.js'), 'utf8');
    },
    generateBundle(_options, bundle) {
      for (const out of Object.values(bundle)) {
        if (out.type === 'chunk' && out.imports.length) this.error(`${out.fileName} imports ${out.imports.join(', ')}: a CDN script must be one file`);
      }
    },
  };
}

/**
 * Message ids (`msg('Voir plus', { id: 'gallery.more' })`) serve only to look a string up in the
 * English table, so each CDN build swaps them for short ones (`{id:"1k"}`), the same in the
 * script and in its English chunk: -0.5 KB brotli on budget-citoyen.js. `category.<id>` ids are
 * built at run time and stay. With `complete`, the build also fails when a string has no English
 * or an English string is used by none (budget-citoyen.js has every widget, so every table
 * must match exactly).
 */
function shortMessageIds({ complete = false } = {}) {
  const WIDGET = /[\\/]packages[\\/]widgets[\\/]src[\\/]/;
  const MSG_ID = /\{\s*id:\s*"([a-z][\w-]*\.[\w.-]+)"\s*\}/g;
  const KEY = /^(\s*)"([a-z][\w-]*\.[\w.-]+)":/gm;
  const short = new Map();
  const used = new Set();
  const translated = new Set();
  const shorten = (id) => {
    if (id.startsWith('category.')) return id;
    if (!short.has(id)) short.set(id, short.size.toString(36));
    return short.get(id);
  };
  return {
    name: 'short-message-ids',
    transform(code, id) {
      if (!WIDGET.test(id)) return null;
      const out = isEnglish(id)
        ? code.replace(KEY, (_all, indent, key) => (translated.add(key), `${indent}"${shorten(key)}":`))
        : code.replace(MSG_ID, (_all, key) => (used.add(key), `{ id: "${shorten(key)}" }`));
      // Lines do not move (only ids shorten), so the sourcemap so far still holds: map null.
      return out === code ? null : { code: out, map: null };
    },
    buildEnd(error) {
      if (error || !complete) return;
      const dynamic = (key) => key.startsWith('category.');
      const untranslated = [...used].filter((key) => !translated.has(key));
      const unused = [...translated].filter((key) => !used.has(key) && !dynamic(key));
      if (untranslated.length) this.error(`no English for ${untranslated.join(', ')} (add them to the widget's locales/en.ts)`);
      if (unused.length) this.error(`English strings used by no msg(): ${unused.join(', ')}`);
    },
  };
}

/** Removes the earlier builds' files once, before the first CDN build (chunk names carry a hash). */
let cdnCleaned = false;
const cleanCdn = () => ({
  name: 'clean-cdn',
  buildStart() {
    if (cdnCleaned) return;
    rmSync(CDN_DIR, { recursive: true, force: true });
    cdnCleaned = true;
  },
});

// Each CDN script is a build of its own, self-contained: a page downloads that one file. Only
// its English strings are apart, in `chunks/<script>.en-<hash>.js`: one chunk per build rather
// than one per folder, since the first English render fetches every table the script has
// registered at once (measured, brotli: budget-citoyen.js's English 3.5 KB as one chunk against
// 4.5 KB as seven; gallery.js's 0.8 KB against 1.2 KB as four).
const cdnBuild = (name, input) => ({
  input: { [name]: input },
  onwarn: quiet,
  plugins: [
    ...(name === 'budget-citoyen' ? [cleanCdn()] : []),
    englishApart(),
    resolve(true),
    ts(BROWSERS),
    shortMessageIds({ complete: name === 'budget-citoyen' }),
    minifyLiterals(),
    forBrowsers(),
    minify(),
  ],
  output: {
    dir: CDN_DIR,
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    manualChunks: (id) => (isEnglish(id) || id === STR ? `${name}.en` : undefined),
  },
});

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
    input: ['packages/widgets/src/index.ts', ...widgetDirs.map((d) => `packages/widgets/src/${d}/define.ts`)],
    external: externalDeps,
    onwarn: quiet,
    plugins: [resolve(false), ts()],
    output: { dir: 'packages/widgets/dist', format: 'es', sourcemap: true, preserveModules: true, preserveModulesRoot: 'packages/widgets/src' },
  },
  // First: it cleans the folder.
  cdnBuild('budget-citoyen', 'packages/widgets/src/cdn.ts'),
  // One per widget for pages that name theirs; the provider only makes sense with several.
  ...widgetDirs.filter((d) => d !== 'provider').map((d) => cdnBuild(d, `packages/widgets/src/${d}/define.ts`)),
  // The in-browser mock (MSW worker + handlers + seed data) as one script for examples and demos.
  ...(existsSync(mock('browser.ts'))
    ? [{
        input: mock('browser.ts'),
        onwarn: quiet,
        plugins: [resolve(true), ts(), terser({ ecma: 2022, module: true })],
        output: { file: 'packages/mock-server/dist/cdn/mock-browser.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
      }]
    : []),
].filter((config) => typeof config.input === 'string' ? existsSync(config.input) : Object.keys(config.input).length > 0);
