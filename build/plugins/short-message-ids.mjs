import MagicString from 'magic-string';
import { isEnglish } from './english-apart.mjs';

const WIDGET = /[\\/]packages[\\/]widgets[\\/]src[\\/]/;
/** A message id where a widget uses it: `msg('Voir plus', { id: 'gallery.more' })`, as esbuild prints it. */
const MSG_ID = /\{\s*id:\s*"([a-z][\w-]*\.[\w.-]+)"\s*\}/g;
/** A message id as a key of an English table (`locales/en.ts`). */
const KEY = /^(\s*)"([a-z][\w-]*\.[\w.-]+)":/gm;
/** Ids built at run time (`category.<id>`) keep their names. */
const isDynamic = (id) => id.startsWith('category.');

/**
 * Message ids serve only to look a string up in the English table, so each CDN build swaps them
 * for short ones (`{id:"1k"}`), the same in the script and in its English chunk. They are given
 * once every module is read, in the sorted order of the build's own ids: the same sources give
 * the same scripts (reproducible builds), and a one-widget script keeps ids as short as its few
 * strings allow. With `complete`, the build also fails when a string has no English or an English
 * string is used by none (the script with every widget must match its tables exactly).
 */
export function shortMessageIds({ complete = false } = {}) {
  const used = new Set();
  const translated = new Set();
  let short = new Map();
  return {
    name: 'short-message-ids',
    buildStart() {
      used.clear();
      translated.clear();
      short = new Map();
    },
    transform(code, id) {
      if (!WIDGET.test(id)) return null;
      if (isEnglish(id)) for (const [, , key] of code.matchAll(KEY)) translated.add(key);
      else for (const [, key] of code.matchAll(MSG_ID)) used.add(key);
      return null;
    },
    buildEnd(error) {
      if (error) return;
      if (complete) {
        const untranslated = [...used].filter((key) => !translated.has(key));
        const unused = [...translated].filter((key) => !used.has(key) && !isDynamic(key));
        if (untranslated.length) this.error(`no English for ${untranslated.join(', ')} (add them to the widget's locales/en.ts)`);
        if (unused.length) this.error(`English strings used by no msg(): ${unused.join(', ')}`);
      }
      const ids = [...new Set([...used, ...translated])].filter((key) => !isDynamic(key)).sort();
      short = new Map(ids.map((key, i) => [key, i.toString(36)]));
    },
    renderChunk(code) {
      const out = new MagicString(code);
      const swap = (pattern, replacement) => {
        for (const match of code.matchAll(pattern)) {
          const next = replacement(match);
          if (next !== undefined) out.overwrite(match.index, match.index + match[0].length, next);
        }
      };
      swap(MSG_ID, ([, key]) => (short.has(key) ? `{ id: "${short.get(key)}" }` : undefined));
      swap(KEY, ([, indent, key]) => (short.has(key) ? `${indent}"${short.get(key)}":` : undefined));
      return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true }) } : null;
    },
  };
}
