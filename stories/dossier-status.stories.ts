import { html } from 'lit';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import '@budget-citoyen/widgets/dossier-status/define.js';
import { commonArgs, commonArgTypes, opt, type CommonArgs, headingArgTypes, type HeadingArgs } from './support/args.js';
import { settle, settlePlay } from './support/settle.js';
import { atPhase, errorState } from './support/states.js';

type Args = CommonArgs & HeadingArgs & { 'project-url': string };

const meta: Meta<Args> = {
  title: 'Widgets/Dossier status',
  component: 'bc-dossier-status',
  render: (a) => html`<bc-dossier-status
    api-base=${a['api-base']}
    campaign=${opt(a.campaign)}
    lang=${opt(a.lang)}
    heading-level=${opt(a['heading-level'])}
    project-url=${opt(a['project-url'])}
  ></bc-dossier-status>`,
  args: { ...commonArgs, 'project-url': '#projets' },
  argTypes: { ...commonArgTypes, ...headingArgTypes, 'project-url': { control: 'text' } },
  play: settlePlay,
};
export default meta;

type Story = StoryObj<Args>;
type Play = Pick<StoryContext, 'canvasElement' | 'parameters'>;

/** Types `dossier` and `code` into the widget's fields and asks. */
const lookUp = (dossier: string, code: string) => async (context: Play) => {
  await settlePlay(context);
  const root = context.canvasElement.querySelector('bc-dossier-status')!.shadowRoot!;
  for (const [id, value] of [['bc-dossier', dossier], ['bc-code', code]] as const) {
    const input = root.querySelector<HTMLInputElement>(`#${id}`)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  root.querySelector<HTMLFormElement>('form')!.requestSubmit();
  await settle(context.canvasElement);
};

export const Form: Story = {
  name: 'The form',
  parameters: atPhase('labellisation', 'The dossier’s number and tracking code, typed (or brought by the page’s address: `#dossier=…&code=…`).'),
};

export const Missing: Story = {
  name: 'Fields missing',
  parameters: atPhase('labellisation', 'Asked with nothing typed: said at each field, the focus on the first.'),
  play: lookUp('', ''),
};

export const Unknown: Story = {
  name: 'Unknown pair',
  parameters: atPhase('labellisation', 'A wrong pair and an unknown number get the same answer: nothing tells whether a number exists.'),
  play: lookUp('d-inconnu', 'D-0000-0000'),
};

export const ErrorState: Story = { name: 'Error', parameters: errorState() };
