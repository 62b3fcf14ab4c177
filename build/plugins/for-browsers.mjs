import { transform } from 'esbuild';

/**
 * Lowers a finished chunk for `targets` (as Vite's `build.target` does): esbuild fails the build
 * on syntax it cannot lower for them, so an unsupported feature never ships silently.
 */
export function forBrowsers(targets) {
  return {
    name: 'for-browsers',
    async renderChunk(code, chunk) {
      const out = await transform(code, { target: targets, format: 'esm', sourcemap: true, sourcefile: chunk.fileName });
      return { code: out.code, map: out.map };
    },
  };
}
