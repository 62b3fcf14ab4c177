import type { DossierStatus } from '@budget-citoyen/sdk';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@budget-citoyen/widgets/dossier-status/define.js';
import { dossierIn } from './support/dossiers.js';
import { playing, send, shows, typeInto, type Step } from './support/play.js';
import { atPhase, errorState, loadingState } from './support/states.js';
import { widgetMeta, type WidgetArgs } from './support/widget.js';

type Args = WidgetArgs<{ 'project-url': string }>;

const meta: Meta<Args> = {
  title: 'Widgets/Dossier status',
  component: 'bc-dossier-status',
  ...widgetMeta<Args>({
    args: { 'project-url': '#projets' },
    argTypes: { 'project-url': { control: 'text' } },
  }),
};
export default meta;

type Story = StoryObj<Args>;

/** Typing `dossier` and `code` into the widget's fields, then asking. */
const lookUpSteps = (dossier: string, code: string): Step[] => [typeInto('#bc-dossier', dossier), typeInto('#bc-code', code), send()];

/** Types `dossier` and `code` and asks. */
const lookUp = (dossier: string, code: string) => playing(...lookUpSteps(dossier, code));

/** Looks up the seed's first dossier in `status`, with its number and code as its holder has them. */
const lookUpOneIn =
  (status: DossierStatus): Step =>
  async (root) => {
    const { id, code } = await dossierIn(status);
    for (const step of lookUpSteps(id, code)) await step(root);
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

export const Submitted: Story = {
  name: 'Submitted',
  parameters: atPhase('labellisation', 'A dossier the committee has not examined yet: since when, and that its decision will come by e-mail.'),
  play: playing(lookUpOneIn('submitted'), shows('[part~="badge-submitted"]')),
};

export const Labelled: Story = {
  name: 'Labelled',
  parameters: atPhase('vote', 'A labelled dossier: when, in which category, and a link to the published project on the page of `project-url`.'),
  play: playing(lookUpOneIn('labelled'), shows('[part~="badge-labelled"]'), shows('[part~="project-link"]')),
};

export const Rejected: Story = {
  name: 'Not retained',
  parameters: atPhase('vote', 'A dossier the committee did not retain: when, and the committee’s reason (as text).'),
  play: playing(lookUpOneIn('rejected'), shows('[part~="badge-rejected"]'), shows('[part~="reason"]')),
};

export const Loading: Story = { parameters: loadingState() };

export const ErrorState: Story = { name: 'Error', parameters: errorState() };

export const English: Story = {
  args: { lang: 'en' },
  parameters: atPhase('vote', 'In English, a labelled dossier.'),
  play: playing(lookUpOneIn('labelled'), shows('[part~="badge-labelled"]')),
};
