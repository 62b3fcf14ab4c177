// `npm run manifest` (in packages/widgets) writes custom-elements.json from the classes' JSDoc
// (@summary @tag @event @slot @csspart @cssproperty) and their Lit properties.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/locales/**', 'src/cdn.ts', 'src/index.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [
    {
      // The analyser takes every entry of `static properties` for an attribute, `{ state: true }`
      // ones too: a private field's is internal state, never an attribute.
      name: 'bc-private-state-is-no-attribute',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const d of mod.declarations ?? []) {
            if (!d.attributes) continue;
            const internal = new Set((d.members ?? []).filter((m) => m.privacy === 'private').map((m) => m.name));
            d.attributes = d.attributes.filter((a) => !internal.has(a.fieldName));
          }
        }
      },
    },
  ],
};
