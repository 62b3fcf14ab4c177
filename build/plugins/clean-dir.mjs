import { rmSync } from 'node:fs';

/**
 * Empties `dir` once per rollup run, before the first build that uses this plugin: chunk names
 * carry a hash, so an earlier build's chunks would otherwise stay beside the new ones.
 */
export function cleanDirOnce(dir) {
  let cleaned = false;
  return {
    name: 'clean-dir-once',
    buildStart() {
      if (cleaned) return;
      rmSync(dir, { recursive: true, force: true });
      cleaned = true;
    },
  };
}
