import { html } from 'lit';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import '@budget-citoyen/widgets/admin/define.js';
import { DEFAULT_ADMIN_TOKEN } from '@budget-citoyen/mock-server/browser';
import { commonArgs, commonArgTypes, opt, type CommonArgs, headingArgTypes, type HeadingArgs } from './support/args.js';
import { API } from './support/mock.js';
import { settle, settlePlay } from './support/settle.js';
import { atPhase, errorState, loadingState } from './support/states.js';

type Args = CommonArgs & HeadingArgs & { token: string };

/** No token kept by an earlier story of the page: the sign-in shows. */
async function signedOut(): Promise<void> {
  for (const key of Object.keys(sessionStorage)) if (key.startsWith('bc-admin:')) sessionStorage.removeItem(key);
}

const meta: Meta<Args> = {
  title: 'Widgets/Labelling console',
  component: 'bc-labelling-console',
  // `token` is a property, never an attribute (it would sit in the page's HTML).
  render: (a) => html`<bc-labelling-console
    api-base=${a['api-base']}
    campaign=${opt(a.campaign)}
    lang=${opt(a.lang)}
    heading-level=${opt(a['heading-level'])}
    .token=${a.token || undefined}
  ></bc-labelling-console>`,
  args: { ...commonArgs, token: DEFAULT_ADMIN_TOKEN },
  argTypes: { ...commonArgTypes, ...headingArgTypes, token: { control: 'text', description: 'The committee’s token, as the host page sets it (`console.token = …`); empty: the sign-in.' } },
  parameters: {
    actions: { handles: ['bc-labelling-decision', 'bc-labelling-attendance', 'bc-labelling-error'] },
    docs: { story: { iframeHeight: 900 } },
  },
  play: settlePlay,
};
export default meta;

type Story = StoryObj<Args>;
type Play = Pick<StoryContext, 'canvasElement' | 'parameters'>;

/** The console's shadow root in the story. */
const root = (canvas: HTMLElement): ShadowRoot => canvas.querySelector('bc-labelling-console')!.shadowRoot!;
const click = (canvas: HTMLElement, selector: string) => root(canvas).querySelector<HTMLElement>(selector)!.click();

/** Settles, does `steps` in the console, settling after each. */
function playing(...steps: Array<(canvas: HTMLElement) => void | Promise<void>>) {
  return async (context: Play) => {
    await settlePlay(context);
    for (const step of steps) {
      await step(context.canvasElement);
      await settle(context.canvasElement);
    }
  };
}

const select = (selector: string, value: string) => (canvas: HTMLElement) => {
  const el = root(canvas).querySelector<HTMLSelectElement>(selector)!;
  el.value = value;
  el.dispatchEvent(new Event('change'));
};
const openFirst = (canvas: HTMLElement) => click(canvas, '[part~="open-button"]');

export const SignIn: Story = {
  name: 'Sign-in',
  args: { token: '' },
  parameters: atPhase('labellisation', 'No token given nor kept in the tab: the committee’s token is asked (a password field, "Afficher le jeton").', { setup: signedOut }),
};

export const WrongToken: Story = {
  name: 'Wrong token',
  args: { token: '' },
  parameters: atPhase('labellisation', 'A token the API refuses (401): the sign-in again, saying so, the focus on the field.', { setup: signedOut }),
  play: playing((canvas) => {
    root(canvas).querySelector<HTMLInputElement>('#bc-token')!.value = 'pas-le-bon-jeton';
    root(canvas).querySelector<HTMLFormElement>('[part~="sign-in-form"]')!.requestSubmit();
  }),
};

export const Dossiers: Story = {
  parameters: atPhase('labellisation', 'During the labelling (12 May 2026), the token given by the host page: the dossiers still to review, oldest first.'),
};

export const AllDossiers: Story = {
  name: 'All dossiers, by amount',
  parameters: atPhase('labellisation', 'Every status, sorted by amount (the column’s button).'),
  play: playing(select('#bc-status', ''), (canvas) => click(canvas, 'th.col-amount button')),
};

export const NoMatch: Story = {
  name: 'Empty (no dossier matches)',
  args: { campaign: 'bc-2025' },
  parameters: atPhase('labellisation', 'The past campaign: every dossier decided, none left to review.'),
};

export const Dossier: Story = {
  name: 'A dossier',
  parameters: atPhase('labellisation', 'A dossier in full, its decision form (the proposed category checked first).'),
  play: playing(openFirst),
};

export const Confirmation: Story = {
  parameters: atPhase('labellisation', 'The confirmation: a decision is final ("Annuler" has the focus first).'),
  play: playing(openFirst, (canvas) => click(canvas, '[part~="decide-button"]')),
};

export const Rejection: Story = {
  name: 'Rejection, reason required',
  parameters: atPhase('labellisation', '"Refuser" without a reason: said at the field.'),
  play: playing(
    openFirst,
    (canvas) => click(canvas, 'input[name="kind"][value="rejected"]'),
    (canvas) => click(canvas, '[part~="decide-button"]'),
  ),
};

export const Decided: Story = {
  parameters: atPhase('labellisation', 'Labelled: the project is published, its holder e-mailed; on to the next dossier.'),
  play: playing(
    openFirst,
    (canvas) => click(canvas, '[part~="decide-button"]'),
    (canvas) => click(canvas, '[part~="confirm-button"]'),
  ),
};

export const DecidedElsewhere: Story = {
  name: 'Decided by another member',
  parameters: atPhase('labellisation', 'Another member of the committee decided first (`409 decision_final`): their decision is shown, and stands.'),
  play: playing(
    async (canvas) => {
      const id = root(canvas).querySelector<HTMLElement>('[part~="open-button"]')!.dataset.id!;
      openFirst(canvas);
      // The other member's decision, straight to the API.
      const response = await fetch(`${API}/admin/campaigns/bc-2026/dossiers/${encodeURIComponent(id)}/decision`, {
        method: 'POST',
        headers: { authorization: `Bearer ${DEFAULT_ADMIN_TOKEN}`, 'content-type': 'application/json', 'idempotency-key': `story-${id}` },
        body: JSON.stringify({ decision: 'rejected', reason: 'Le projet est déjà financé par la commune.' }),
      });
      if (!response.ok) throw new Error(`the other member's decision: ${response.status}`);
    },
    (canvas) => click(canvas, '[part~="decide-button"]'),
    (canvas) => click(canvas, '[part~="confirm-button"]'),
  ),
};

export const LabellingClosed: Story = {
  name: 'Labelling closed',
  parameters: atPhase('vote', 'In September: the dossiers can be read, and the form says the labelling is closed.'),
  play: playing(openFirst),
};

export const Attendance: Story = {
  name: 'Comptoirs’ attendance',
  parameters: atPhase('comptoirs', 'A comptoir’s registrations, with codes to mark as attended.'),
  play: playing(
    (canvas) => root(canvas).querySelectorAll<HTMLElement>('[part~="nav-button"]')[1]!.click(),
    (canvas) => select('#bc-comptoir', root(canvas).querySelectorAll<HTMLOptionElement>('#bc-comptoir option')[1]!.value)(canvas),
  ),
};

export const Loading: Story = { parameters: loadingState() };

export const ErrorState: Story = { name: 'Error', parameters: errorState() };

export const English: Story = {
  args: { lang: 'en' },
  parameters: atPhase('labellisation', 'In English.'),
};
