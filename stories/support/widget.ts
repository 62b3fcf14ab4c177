/**
 * What every widget's stories file shares: the meta after its `title` and `component` (which
 * stay literals in each file, where Storybook's indexer reads them), a render that writes each
 * arg as the attribute of the same name, the common controls, the events logged in the actions
 * panel, the docs frame's height, and the play function that waits for the widgets to settle.
 */
import type { ArgTypes, Meta } from '@storybook/web-components-vite';
import { commonArgs, commonArgTypes, headingArgTypes, type CommonArgs, type HeadingArgs } from './args.js';
import { settlePlay } from './settle.js';

export type WidgetArgs<Own> = CommonArgs & HeadingArgs & Own;

export interface WidgetStories<Own> {
  /** The widget's own args and their defaults; each is an attribute unless it is in `properties`. */
  args?: Own;
  argTypes?: Partial<ArgTypes>;
  /** Args set as properties, never as attributes (an empty value leaves the property unset). */
  properties?: Array<keyof Own & string>;
  /** The `bc-*` events the actions panel logs. */
  events?: string[];
  /** Height of each story's frame on the docs page, in px. */
  height?: number;
  /** Whether the widget has `heading-level`. Default true. */
  headings?: boolean;
}

/**
 * The widget `tag` with each arg as the attribute of the same name: an empty or false value
 * leaves the attribute out (the widget's default), true writes it empty (a boolean attribute).
 * Args in `properties` are set as properties instead.
 */
export function renderWidget(tag: string, args: Record<string, unknown>, properties: readonly string[] = []): HTMLElement {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(args)) {
    if (properties.includes(key)) (el as unknown as Record<string, unknown>)[key] = value || undefined;
    else if (value === true) el.setAttribute(key, '');
    else if (value !== false && value !== '' && value !== undefined && value !== null) el.setAttribute(key, String(value));
  }
  return el;
}

/** The widget's own args: all but the common ones. */
type Own<A> = Omit<A, keyof CommonArgs | keyof HeadingArgs>;

/**
 * A widget's meta but its `title` and `component`; its render writes the widget named by
 * `component`. `A`: the stories' args (`WidgetArgs<…>`).
 */
export function widgetMeta<A extends CommonArgs>(options: WidgetStories<Own<A>> = {}): Meta<A> {
  const args = { ...commonArgs, ...options.args } as A;
  const headings = options.headings ?? true;
  return {
    render: (a, context) => renderWidget(String(context.component), a as Record<string, unknown>, options.properties),
    args,
    argTypes: { ...commonArgTypes, ...(headings && headingArgTypes), ...options.argTypes } as Meta<A>['argTypes'],
    parameters: {
      ...(options.events && { actions: { handles: options.events } }),
      ...(options.height && { docs: { story: { iframeHeight: options.height } } }),
    },
    play: settlePlay,
  };
}

/** The story's widget in a 320 px box, as on a phone. */
export function inPhoneWidth<A>(render: NonNullable<Meta<A>['render']>): NonNullable<Meta<A>['render']> {
  return (args, context) => {
    const box = document.createElement('div');
    box.style.inlineSize = '320px';
    box.append(render(args, context) as Node);
    return box;
  };
}
