import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@budget-citoyen/widgets/dossier-form/define.js';
import { draftAtReview } from './support/dossiers.js';
import type { MockParameters } from './support/mock.js';
import { click, playing, send, shows } from './support/play.js';
import { atPhase, errorState, loadingState } from './support/states.js';
import { widgetMeta, type WidgetArgs } from './support/widget.js';

type Args = WidgetArgs<{ 'agenda-url': string; 'status-url': string }>;

const meta: Meta<Args> = {
  title: 'Widgets/Dossier form',
  component: 'bc-dossier-form',
  ...widgetMeta<Args>({
    args: { 'agenda-url': '#comptoirs', 'status-url': '#suivi' },
    argTypes: { 'agenda-url': { control: 'text' }, 'status-url': { control: 'text' } },
    events: ['bc-dossier-submit', 'bc-dossier-error'],
    height: 1200,
  }),
};
export default meta;

type Story = StoryObj<Args>;

const deposit = click('[part~="submit-button"]');

/** In the dépôt, at the review, every field filled in (as after a reload); `mock` adds to it or changes it. */
const atReview = (description: string, mock: MockParameters = {}) =>
  atPhase('comptoirs', description, { setup: () => draftAtReview(), ...mock });

export const Open: Story = {
  name: 'Open (the form)',
  parameters: atPhase('comptoirs', '15 January 2026, the dépôt open: who carries the project, the comptoir’s participation code, the project, the certification.'),
};

export const Invalid: Story = {
  name: 'Errors',
  parameters: atPhase('comptoirs', 'Sent empty: the error summary at the top links each field, each field says what it needs.'),
  play: playing(send(), shows('[part~="error-summary"]')),
};

export const Review: Story = {
  parameters: atReview(
    'Every field filled in (an attended participation code of the seed): the review of the whole dossier, which can never be changed once deposited; "Modifier" or "Déposer le dossier".',
  ),
  play: playing(shows('[part~="review"]')),
};

export const Receipt: Story = {
  parameters: atReview(
    '"Déposer le dossier" pressed: the receipt, with the dossier’s number and tracking code (printable), where the acknowledgement went, and the follow-up page (`status-url`).',
  ),
  play: playing(deposit, shows('[part~="receipt"]')),
};

export const CodeUsed: Story = {
  name: 'Participation code already used',
  parameters: atReview(
    'Deposited with a participation code another dossier used (`409 comptoir_participation_used`): back on the form, said at the code’s field.',
    { setup: () => draftAtReview({ used: true }) },
  ),
  play: playing(deposit, shows('#bc-comptoirCode-error')),
};

export const DepositUnanswered: Story = {
  name: 'Deposit failed',
  parameters: atReview(
    'The deposit answered 503: said at the top of the review, with "Réessayer" (the same Idempotency-Key: never two dossiers).',
    { config: { failureRate: 1, failPaths: ['POST /campaigns/*/dossiers'], failureMode: 'status' }, expect: 'error' },
  ),
  play: playing(deposit),
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

export const English: Story = { args: { lang: 'en' }, parameters: atPhase('comptoirs', 'In English.') };
