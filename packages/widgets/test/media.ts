import { emulateMedia } from '@web/test-runner-commands';

/**
 * Emulates `prefers-reduced-motion` for the page. Resolves `false` where the browser driver
 * cannot: media emulation is a Chrome DevTools Protocol command, which Firefox (driven over
 * WebDriver BiDi) and WebKit (over WebDriver) do not have. Tests then check the style rule the
 * engine would apply instead (`mediaRuleStyle`).
 */
export async function emulateReducedMotion(value: 'reduce' | 'no-preference'): Promise<boolean> {
  if (canEmulate === false) return false; // asked once per page: each refusal logs a stack trace
  try {
    await emulateMedia({ reducedMotion: value });
    canEmulate = true;
  } catch {
    canEmulate = false;
  }
  return canEmulate;
}
let canEmulate: boolean | undefined;

/**
 * The declarations of the rule for `selector` inside an `@media` rule whose condition contains
 * `condition`, in the style sheets of a shadow root (adopted ones or `<style>` elements).
 */
export function mediaRuleStyle(root: ShadowRoot, condition: string, selector: string): CSSStyleDeclaration | undefined {
  const sheets = [...root.adoptedStyleSheets, ...[...root.querySelectorAll('style')].flatMap((s) => (s.sheet ? [s.sheet] : []))];
  for (const sheet of sheets) {
    for (const rule of sheet.cssRules) {
      if (!(rule instanceof CSSMediaRule) || !rule.media.mediaText.includes(condition)) continue;
      for (const inner of rule.cssRules) {
        if (inner instanceof CSSStyleRule && inner.selectorText === selector) return inner.style;
      }
    }
  }
  return undefined;
}
