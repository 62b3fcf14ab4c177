import { existsSync, readdirSync } from 'node:fs';

/**
 * Entry files, checked: a build whose entry is missing fails with the list of what is missing,
 * rather than quietly shipping a package without it.
 */
export function entries(input) {
  const files = typeof input === 'string' ? [input] : Array.isArray(input) ? input : Object.values(input);
  const missing = files.filter((file) => !existsSync(file));
  if (missing.length) throw new Error(`build: missing entry file(s): ${missing.join(', ')}`);
  return input;
}

/** The widget folders that register a tag (a `define.ts`), each a CDN script of its own. */
export function widgetFolders(root = 'packages/widgets/src') {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(`${root}/${d.name}/define.ts`))
    .map((d) => d.name)
    .sort();
}
