import { setCustomElementsManifest } from '@storybook/web-components';
import type { Preview } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import manifest from '../packages/widgets/custom-elements.json';
import { prepareMock, type MockParameters } from '../stories/support/mock.js';
import { publicApi } from './manifest.js';

// Docs pages (argTypes, descriptions, events, CSS parts and properties) from the widgets' JSDoc.
setCustomElementsManifest(publicApi(manifest));

// The page a commune would embed the widgets in is French.
document.documentElement.lang = 'fr';

/** Rows of the docs tables that no control can set: CSS custom properties, parts, events. */
const DOCS_ONLY = new Set(['css custom properties', 'css shadow parts', 'events']);

const preview: Preview = {
  tags: ['autodocs'],
  argTypesEnhancers: [
    ({ argTypes }) =>
      Object.fromEntries(
        Object.entries(argTypes).map(([name, argType]) => [
          name,
          DOCS_ONLY.has(String(argType.table?.category)) ? { ...argType, control: false as const } : argType,
        ]),
      ),
  ],
  loaders: [
    // Before every story: MSW's worker (started once), the mock reset, its clock at the story's
    // instant, then the story's latency or failures.
    async ({ parameters }) => {
      await prepareMock(parameters.mock as MockParameters | undefined);
      return {};
    },
  ],
  decorators: [withActions],
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: {
      // Each story of a docs page in its own frame: every frame has its own mock (clock,
      // failures), as in the story's own view. Inline, the stories of a page would share one
      // mock and the last loader's clock would win. (Controls act on the canvas view.)
      story: { inline: false, iframeHeight: 640 },
    },
    a11y: {
      // Violations fail the story in the test panel, not only show in the a11y panel.
      test: 'error',
      // The story's own content, as the axe test (stories/test/stories-axe.test.ts) checks it.
      context: '#storybook-root',
      config: {
        rules: [
          // Whether content sits in a landmark is the host page's decision; a story renders
          // a widget alone, with no page around it (as the widget tests, test/axe.ts).
          { id: 'region', enabled: false },
        ],
      },
    },
  },
};

export default preview;
