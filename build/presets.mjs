// The plugins and options every build shares. Why each option is what it is, with the
// measurements behind it: build/README.md.
import { builtinModules } from 'node:module';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

const nodeBuiltins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const isBare = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');
/** npm packages are consumed with their dependencies installed beside them: those stay imports. */
export const externalDeps = (id) => isBare(id) || nodeBuiltins.has(id);

/** Sibling packages resolve to their TypeScript sources (the `source` condition), so the build order does not matter. */
export const resolve = (browser) =>
  nodeResolve({
    extensions: ['.ts', '.js', '.mjs', '.json'],
    exportConditions: browser ? ['source', 'browser', 'production', 'import', 'default'] : ['source', 'node', 'import', 'default'],
    browser,
    preferBuiltins: !browser,
  });

export const typescript = (target = 'es2022') => esbuild({ target, tsconfig: 'tsconfig.json', minify: false, loaders: { '.json': 'json' } });

/** Lit's `html`` ` and `css`` ` literals (whitespace, comments): terser leaves template strings alone. */
export const minifyLiterals = () => minifyTemplateLiterals({ include: ['packages/widgets/src/**'] });

export const minify = () => terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } });

export function quiet(warning, warn) {
  // Lit and MSW ship `this` at module top level in UMD guards; harmless in ESM output.
  if (warning.code === 'THIS_IS_UNDEFINED' || warning.code === 'CIRCULAR_DEPENDENCY') return;
  warn(warning);
}
