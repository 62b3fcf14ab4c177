// One config builds every package: the SDK and the mock server for npm (ESM, dependencies
// external), the widgets for npm (one module per source file, so bundlers tree-shake and only
// define files have side effects), and the CDN scripts (everything bundled and minified):
// `budget-citoyen.js` with every widget, plus one script per widget for pages that need one.
// Typings come from `tsc` (scripts/build.mjs), not from here.
import { readdirSync, existsSync } from 'node:fs';
import { builtinModules } from 'node:module';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

const node = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const isBare = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');
/** Packages are consumed from npm with their dependencies installed beside them. */
const externalDeps = (id) => isBare(id) || node.has(id);

// Sibling packages resolve to their TypeScript sources, so the build order does not matter.
const resolve = (browser) =>
  nodeResolve({
    extensions: ['.ts', '.js', '.mjs', '.json'],
    exportConditions: browser ? ['source', 'browser', 'production', 'import', 'default'] : ['source', 'node', 'import', 'default'],
    browser,
    preferBuiltins: !browser,
  });
const ts = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', minify: false, loaders: { '.json': 'json' } });
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
const minify = () => terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } });

const cdnBuild = (input, file) => ({
  input,
  onwarn: quiet,
  plugins: [resolve(true), ts(), minifyLiterals(), minify()],
  output: { file, format: 'es', sourcemap: true, inlineDynamicImports: true },
});

export default [
  npmBuild('packages/sdk/dist', {
    index: sdk('index.ts'),
    schemas: sdk('schemas/index.ts'),
    rules: sdk('rules/index.ts'),
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
  }),
  {
    input: ['packages/widgets/src/index.ts', ...widgetDirs.map((d) => `packages/widgets/src/${d}/define.ts`)],
    external: externalDeps,
    onwarn: quiet,
    plugins: [resolve(false), ts()],
    output: { dir: 'packages/widgets/dist', format: 'es', sourcemap: true, preserveModules: true, preserveModulesRoot: 'packages/widgets/src' },
  },
  cdnBuild('packages/widgets/src/cdn.ts', 'packages/widgets/dist/cdn/budget-citoyen.js'),
  ...widgetDirs
    .filter((d) => d !== 'provider')
    .map((d) => cdnBuild(`packages/widgets/src/${d}/define.ts`, `packages/widgets/dist/cdn/${d}.js`)),
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
