// Storybook of the widgets (`npm run storybook`, `npm run storybook:build`): every widget in
// every state on the mock server (`@budget-citoyen/mock-server`), running in the page through
// MSW's service worker. Stories are in /stories.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const widgets = join(root, 'packages/widgets');
const manifest = join(widgets, 'custom-elements.json');

/** Newest modification time under `dir` (the widgets' sources), in ms. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

// The docs pages are generated from the widgets' custom-elements.json, a build output (not
// committed): write it when it is missing or older than the sources, so that a fresh clone's
// `npm run storybook:build` works and the docs follow the JSDoc.
if (!existsSync(manifest) || statSync(manifest).mtimeMs < newest(join(widgets, 'src'))) {
  execFileSync('npm', ['run', '--silent', 'manifest', '-w', 'packages/widgets'], { cwd: root, stdio: 'inherit' });
}

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // MSW's worker at the root of the preview (a service worker only controls its own scope).
  staticDirs: [{ from: '../packages/mock-server/public', to: '/' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    const { mergeConfig, defaultClientConditions } = await import('vite');
    return mergeConfig(viteConfig, {
      // Workspace packages resolve to their TypeScript sources (their "source" export
      // condition), as in the typecheck and the widget tests: nothing needs building first.
      resolve: { conditions: ['source', ...defaultClientConditions] },
      // Lit's decorators are TypeScript's legacy ones: the root tsconfig.json has
      // `experimentalDecorators: true` and `useDefineForClassFields: false`, which the
      // TypeScript transform (Oxc in Vite 8, as esbuild before it) must read.
      tsconfig: join(root, 'tsconfig.json'),
      // The web-components renderer imports this module of Lit's; pre-bundled with the rest of
      // Lit, or `storybook dev` loads a second copy of lit-html ("Multiple versions of Lit").
      optimizeDeps: { include: ['lit/directive-helpers.js'] },
      build: { chunkSizeWarningLimit: 4096 },
    });
  },
};

export default config;
