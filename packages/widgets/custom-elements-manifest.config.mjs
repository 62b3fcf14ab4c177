// `npm run manifest` (in packages/widgets) writes custom-elements.json from the classes' JSDoc
// (@summary @tag @event @slot @csspart @cssproperty) and their Lit properties.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/locales/**', 'src/cdn.ts', 'src/index.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
