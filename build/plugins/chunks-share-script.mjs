import { posix } from 'node:path';
import MagicString from 'magic-string';

/**
 * Lets a CDN script load parts on demand (`import('./x.js')`: the ballot's later steps, the
 * results' recount) without ever running twice.
 *
 * Rollup has such a chunk import what it shares with its script from the script's file:
 * `import { a as b } from '../budget-citoyen.js'`. That URL is the file's bare name, while a page
 * may have loaded `budget-citoyen.js?ver=6.7` (WordPress adds its version to every script): the
 * browser would then download and run a second copy, with its own classes and its own widgets.
 * So the script hands what its chunks share over once, when it runs, under a key of its own
 * (`Symbol.for`, per script and version), and each chunk takes them from there. A chunk is only
 * ever loaded by its script, after the script has run.
 *
 * Also the rule that keeps a page to one download before it shows anything: a script imports
 * nothing statically, and a chunk nothing but other chunks; the build fails otherwise.
 */
export function chunksShareScript(version) {
  const keyOf = (script) => JSON.stringify(`budget-citoyen ${version} ${script}`);
  const registry = (script) => `globalThis[Symbol.for(${keyOf(script)})]`;
  return {
    name: 'chunks-share-script',
    renderChunk(code, chunk) {
      const s = new MagicString(code);
      if (chunk.isEntry) {
        // Rollup gathers a script's exports in one statement; they exist only for its chunks.
        for (const m of code.matchAll(/^export\s*\{([^}]*)\};?/gm)) {
          const pairs = m[1].split(',').map((e) => e.trim()).filter(Boolean).map((e) => {
            const [local, exported = local] = e.split(/\s+as\s+/);
            return `${JSON.stringify(exported)}: ${local}`;
          });
          s.overwrite(m.index, m.index + m[0].length, `${registry(chunk.fileName)} = { ${pairs.join(', ')} };`);
        }
      } else {
        const dir = posix.dirname(chunk.fileName);
        const importFrom = /^import\s*(?:\{([^}]*)\}\s*from\s*)?(["'])([^"']+)\2;?/gm;
        for (const m of code.matchAll(importFrom)) {
          const target = posix.join(dir, m[3]);
          if (!chunk.imports.includes(target) || target.startsWith('chunks/')) continue;
          const names = (m[1] ?? '').split(',').map((e) => e.trim()).filter(Boolean).map((e) => {
            const [imported, local = imported] = e.split(/\s+as\s+/);
            return `${JSON.stringify(imported)}: ${local}`;
          });
          s.overwrite(m.index, m.index + m[0].length, names.length ? `const { ${names.join(', ')} } = ${registry(target)};` : '');
        }
      }
      if (!s.hasChanged()) return null;
      return { code: s.toString(), map: s.generateMap({ hires: true }) };
    },
    generateBundle(_options, bundle) {
      for (const out of Object.values(bundle)) {
        if (out.type !== 'chunk') continue;
        const imports = [...out.code.matchAll(/(?:^|[;}])\s*import\s*(?:[\w${},\s*]+from\s*)?["']([^"']+)["']/g)]
          .map((m) => posix.join(posix.dirname(out.fileName), m[1]))
          .filter((target) => out.isEntry || !target.startsWith('chunks/'));
        if (imports.length) this.error(`${out.fileName} imports ${imports.join(', ')}: a CDN script must be one file, its chunks take from it what they share`);
        if (out.isEntry && /(?:^|[;}])\s*export\s*[{*]/.test(out.code)) this.error(`${out.fileName} still exports: its chunks must take what they share from its registry`);
      }
    },
  };
}
