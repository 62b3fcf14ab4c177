import { html } from 'lit';
import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import '@budget-citoyen/widgets/provider/define.js';
import '@budget-citoyen/widgets/card/define.js';
import '@budget-citoyen/widgets/gallery/define.js';
import { commonArgs, commonArgTypes, opt, type CommonArgs } from './support/args.js';
import { CLOCKS, FAILING } from './support/mock.js';
import { settlePlay } from './support/settle.js';

// `client` (a property only: your own SDK client) is documented; no control can set it.
const argTypes: Partial<ArgTypes> = { ...commonArgTypes, client: { control: false } };

const meta: Meta<CommonArgs> = {
  title: 'Widgets/Provider',
  component: 'bc-provider',
  render: (a) => html`<bc-provider api-base=${a['api-base']} campaign=${opt(a.campaign)} lang=${opt(a.lang)}>
    <h2>Projet à la une</h2>
    <bc-project-card project-id="p-9qrfxwhf" ballot-url="/voter"></bc-project-card>
    <h2>Tous les projets</h2>
    <bc-project-gallery page-size="3" sort="title" ballot-url="/voter"></bc-project-gallery>
  </bc-provider>`,
  args: { ...commonArgs },
  argTypes,
  parameters: {
    actions: { handles: ['bc-project-select'] },
    docs: {
      story: { iframeHeight: 1100 },
      description: {
        component:
          'The widgets inside share the provider\'s `api-base`, `campaign` and `lang`: one client, one campaign request. It renders nothing of its own.',
      },
    },
  },
  play: settlePlay,
};
export default meta;

type Story = StoryObj<CommonArgs>;

export const OnePage: Story = {
  parameters: { mock: { now: CLOCKS.vote } },
};

export const English: Story = {
  args: { lang: 'en' },
  parameters: { mock: { now: CLOCKS.vote } },
};

export const ErrorState: Story = {
  name: 'Error',
  parameters: {
    mock: FAILING,
    docs: { description: { story: 'The shared campaign request fails: every widget inside shows the error.' } },
  },
};
