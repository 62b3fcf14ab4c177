import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets one CSS custom property on an element through the CSSOM (`style.setProperty`), on every
 * render including the first: `<span ${cssProperty('--_share', '45%')}>`.
 *
 * Not Lit's `styleMap`: its first render returns a string that Lit writes with
 * `setAttribute('style', …)`, which a strict CSP (`style-src 'self'`, no `'unsafe-inline'`)
 * refuses; only its later renders go through the CSSOM. `css-property.test.ts` shows both under
 * such a CSP.
 */
class CssPropertyDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssProperty() goes on an element, not in an attribute');
  }

  render(_name: string, _value: string): unknown {
    return nothing;
  }

  override update(part: ElementPart, [name, value]: [string, string]): unknown {
    (part.element as HTMLElement).style.setProperty(name, value);
    return noChange;
  }
}

export const cssProperty = directive(CssPropertyDirective);
