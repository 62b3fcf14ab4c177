import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The widgets' English strings, and the SDK's English explanation of results (used only by them). */
export const isEnglish = (id) => /[\\/]locales[\\/]en\.ts$|[\\/]sdk[\\/]src[\\/]rules[\\/]explain-en\.ts$/.test(id);
/** The English chunk's own copy of lit-localize's `str` tag. */
export const ENGLISH_STR = '\0english-str';

/**
 * Keeps a CDN script one file, with its English strings in one chunk apart that French pages
 * never fetch (`addTranslations('en', () => import(…))`).
 *
 * The English `str` tag gets a copy of its own (a few bytes): the script uses lit-localize's
 * too, and rollup would otherwise move that module into the English chunk (a manual chunk takes
 * its dependencies) and have the script import it statically, so that every page downloaded two
 * files (chunks-share-script fails the build if a script imports anything).
 */
export function englishApart(resolveFrom) {
  return {
    name: 'english-apart',
    resolveId(source, importer) {
      return source === '@lit/localize' && importer && isEnglish(importer) ? ENGLISH_STR : null;
    },
    async load(id) {
      if (id !== ENGLISH_STR) return null;
      const localize = await this.resolve('@lit/localize', resolveFrom);
      return readFileSync(join(dirname(localize.id), 'internal/str-tag.js'), 'utf8');
    },
  };
}
