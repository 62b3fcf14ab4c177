import { html } from 'lit';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import '@budget-citoyen/widgets/dossier-form/define.js';
import { commonArgs, commonArgTypes, opt, type CommonArgs, headingArgTypes, type HeadingArgs } from './support/args.js';
import { settle, settlePlay } from './support/settle.js';
import { atPhase, errorState, loadingState } from './support/states.js';

type Args = CommonArgs & HeadingArgs & { 'agenda-url': string; 'status-url': string };

/** No draft kept by an earlier story of the page: the form starts empty. */
async function noDraft(): Promise<void> {
  for (const key of Object.keys(sessionStorage)) if (key.startsWith('bc-dossier')) sessionStorage.removeItem(key);
}

const meta: Meta<Args> = {
  title: 'Widgets/Dossier form',
  component: 'bc-dossier-form',
  render: (a) => html`<bc-dossier-form
    api-base=${a['api-base']}
    campaign=${opt(a.campaign)}
    lang=${opt(a.lang)}
    heading-level=${opt(a['heading-level'])}
    agenda-url=${opt(a['agenda-url'])}
    status-url=${opt(a['status-url'])}
  ></bc-dossier-form>`,
  args: { ...commonArgs, 'agenda-url': '#comptoirs', 'status-url': '#suivi' },
  argTypes: { ...commonArgTypes, ...headingArgTypes, 'agenda-url': { control: 'text' }, 'status-url': { control: 'text' } },
  parameters: {
    actions: { handles: ['bc-dossier-submit', 'bc-dossier-error'] },
    docs: { story: { iframeHeight: 1200 } },
  },
  play: settlePlay,
};
export default meta;

type Story = StoryObj<Args>;
type Play = Pick<StoryContext, 'canvasElement' | 'parameters'>;

/** Sends the form as it is. */
async function submitEmpty(context: Play): Promise<void> {
  await settlePlay(context);
  context.canvasElement.querySelector('bc-dossier-form')!.shadowRoot!.querySelector<HTMLFormElement>('form')!.requestSubmit();
  await settle(context.canvasElement);
}

export const Open: Story = {
  name: 'Open (the form)',
  parameters: atPhase('comptoirs', '15 January 2026, the dépôt open: who carries the project, the comptoir’s participation code, the project, the certification.', { setup: noDraft }),
};

export const Invalid: Story = {
  name: 'Errors',
  parameters: atPhase('comptoirs', 'Sent empty: the error summary at the top links each field, each field says what it needs.', { setup: noDraft }),
  play: submitEmpty,
};

export const Upcoming: Story = {
  name: 'Not open yet',
  parameters: atPhase('beforeComptoirs', 'Before the dépôt: when it opens, and the comptoirs’ agenda (`agenda-url`), where the participation code comes from.'),
};

export const Closed: Story = {
  parameters: atPhase('labellisation', 'After the dépôt: when it ended, and the follow-up page (`status-url`).'),
};

export const Loading: Story = { parameters: loadingState() };

export const ErrorState: Story = { name: 'Error', parameters: errorState() };
