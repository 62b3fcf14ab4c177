// What the CDN scripts are built for: the supported browsers of the README's "Browsers"
// section. Each script, Lit, zod and ky included, goes through esbuild for them once bundled
// (plugins/for-browsers.mjs), so the floor is the build's, not each library's.
export const BROWSERS = ['chrome98', 'edge98', 'firefox98', 'safari16.4'];

/** Where the CDN scripts go, and where the npm builds of each package go. */
export const CDN_DIR = 'packages/widgets/dist/cdn';
