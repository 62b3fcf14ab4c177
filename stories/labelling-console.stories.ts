import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@budget-citoyen/widgets/admin/define.js';
import { DEFAULT_ADMIN_TOKEN } from '@budget-citoyen/mock-server/browser';
import { API, CAMPAIGN } from './support/mock.js';
import { choose, click, playing, send, shows, typeInto, type Step } from './support/play.js';
import { atPhase, errorState, loadingState } from './support/states.js';
import { widgetMeta, type WidgetArgs } from './support/widget.js';

type Args = WidgetArgs<{ token: string }>;

const meta: Meta<Args> = {
  title: 'Widgets/Labelling console',
  component: 'bc-labelling-console',
  ...widgetMeta<Args>({
    args: { token: DEFAULT_ADMIN_TOKEN },
    argTypes: { token: { control: 'text', description: 'The committee’s token, as the host page sets it (`console.token = …`); empty: the sign-in.' } },
    // `token` is a property, never an attribute (it would sit in the page's HTML).
    properties: ['token'],
    events: ['bc-labelling-decision', 'bc-labelling-attendance', 'bc-labelling-error'],
    height: 900,
  }),
};
export default meta;

type Story = StoryObj<Args>;

const openFirst = click('[part~="open-button"]');
const decide = click('[part~="decide-button"]');
const confirm = click('[part~="confirm-button"]');
const mark = click('[part~="mark-button"]');

/** Another member of the committee decides the first dossier of the list, straight to the API, once it is open here. */
const decidedByAnother: Step = async (root) => {
  const id = root.querySelector<HTMLElement>('[part~="open-button"]')!.dataset.id!;
  await openFirst(root);
  const response = await fetch(`${API}/admin/campaigns/${CAMPAIGN}/dossiers/${encodeURIComponent(id)}/decision`, {
    method: 'POST',
    headers: { authorization: `Bearer ${DEFAULT_ADMIN_TOKEN}`, 'content-type': 'application/json', 'idempotency-key': `story-${id}` },
    body: JSON.stringify({ decision: 'rejected', reason: 'Le projet est déjà financé par la commune.' }),
  });
  if (!response.ok) throw new Error(`the other member's decision: ${response.status}`);
};

/** The second screen (the comptoirs' attendance), and its first comptoir. */
const attendanceScreen: Step = (root) => root.querySelectorAll<HTMLElement>('[part~="nav-button"]')[1]!.click();
const firstComptoir: Step = (root) => choose('#bc-comptoir', root.querySelectorAll<HTMLOptionElement>('#bc-comptoir option')[1]!.value)(root);

export const SignIn: Story = {
  name: 'Sign-in',
  args: { token: '' },
  parameters: atPhase('labellisation', 'No token given nor kept in the tab: the committee’s token is asked (a password field, "Afficher le jeton").'),
};

export const WrongToken: Story = {
  name: 'Wrong token',
  args: { token: '' },
  parameters: atPhase('labellisation', 'A token the API refuses (401): the sign-in again, saying so, the focus on the field.'),
  play: playing(typeInto('#bc-token', 'pas-le-bon-jeton'), send('[part~="sign-in-form"]')),
};

export const Dossiers: Story = {
  parameters: atPhase('labellisation', 'During the labelling (12 May 2026), the token given by the host page: the dossiers still to review, oldest first.'),
};

export const AllDossiers: Story = {
  name: 'All dossiers, by amount',
  parameters: atPhase('labellisation', 'Every status, sorted by amount (the column’s button).'),
  play: playing(choose('#bc-status', ''), click('th.col-amount button')),
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
  play: playing(openFirst, decide),
};

export const Rejection: Story = {
  name: 'Rejection, reason required',
  parameters: atPhase('labellisation', '"Refuser" without a reason: said at the field.'),
  play: playing(openFirst, click('input[name="kind"][value="rejected"]'), decide),
};

export const Decided: Story = {
  parameters: atPhase('labellisation', 'Labelled: the project is published, its holder e-mailed; on to the next dossier.'),
  play: playing(openFirst, decide, confirm),
};

export const DecidedElsewhere: Story = {
  name: 'Decided by another member',
  parameters: atPhase('labellisation', 'Another member of the committee decided first (`409 decision_final`): their decision is shown, and stands.'),
  play: playing(decidedByAnother, decide, confirm),
};

export const LabellingClosed: Story = {
  name: 'Labelling closed',
  parameters: atPhase('vote', 'In September: the dossiers can be read, and the form says the labelling is closed.'),
  play: playing(openFirst),
};

export const Attendance: Story = {
  name: 'Comptoirs’ attendance',
  parameters: atPhase('comptoirs', 'A comptoir’s registrations, with codes to mark as attended.'),
  play: playing(attendanceScreen, firstComptoir),
};

export const AttendanceMarked: Story = {
  name: 'Attendance recorded',
  parameters: atPhase('comptoirs', 'A registration ticked and recorded: how many, which codes (they can now be used for a dossier).'),
  play: playing(attendanceScreen, firstComptoir, click('tbody input[type="checkbox"]'), mark, shows('[part~="attendance-result"]')),
};

export const UnknownCode: Story = {
  name: 'Attendance, a code unknown here',
  parameters: atPhase('comptoirs', 'A code typed that is not one of this comptoir’s registrations: said, and not recorded.'),
  play: playing(attendanceScreen, firstComptoir, typeInto('#bc-codes', 'C-INCO-0000'), mark, shows('[part~="unknown-codes"]')),
};

export const NoCode: Story = {
  name: 'Attendance, nothing to record',
  parameters: atPhase('comptoirs', '"Enregistrer les présences" with no code typed nor ticked: said at the field.'),
  play: playing(attendanceScreen, firstComptoir, mark, shows('#bc-codes-error')),
};

export const Loading: Story = { parameters: loadingState() };

export const ErrorState: Story = { name: 'Error', parameters: errorState() };

export const English: Story = {
  args: { lang: 'en' },
  parameters: atPhase('labellisation', 'In English.'),
};
