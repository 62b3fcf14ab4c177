/**
 * Heading levels that fit the page around a widget. A commune's page may put a widget under
 * its own `<h2>`, or straight under the `<h1>`: a fixed level would skip one or break the
 * outline (RGAA 9.1). Each widget takes `heading-level` (its main headings' level, 1 to 6) and
 * renders its headings with `lit/static-html.js`, whose `html` accepts a tag as a value.
 */
import { unsafeStatic, type StaticValue } from 'lit/static-html.js';

const TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((tag) => unsafeStatic(tag));

/**
 * The tag of a heading `depth` levels below `level` (the widget's `heading-level`, or
 * `fallback` when it is not an integer from 1 to 6); h6 at the deepest.
 */
export function headingTag(level: number | undefined, fallback: number, depth = 0): StaticValue {
  const top = Number.isInteger(level) && level! >= 1 && level! <= 6 ? level! : fallback;
  return TAGS[Math.min(top + depth, 6) - 1]!;
}
