import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@budget-citoyen/widgets/ballot/define.js';
import { draftKey, newDraft, saveDraft } from '../packages/widgets/src/ballot/draft.js';
import type { BcClient } from '../packages/widgets/src/base/client.js';
import { commonArgs, commonArgTypes, opt, type CommonArgs, headingArgTypes, type HeadingArgs } from './support/args.js';
import { API } from './support/mock.js';
import { settlePlay } from './support/settle.js';
import { atPhase, errorState, loadingState } from './support/states.js';

type Args = CommonArgs & HeadingArgs & { 'results-url': string; 'rules-url': string };

const meta: Meta<Args> = {
  title: 'Widgets/Ballot',
  component: 'bc-ballot',
  render: (a) => html`<bc-ballot
    api-base=${a['api-base']}
    campaign=${opt(a.campaign)}
    lang=${opt(a.lang)}
    heading-level=${opt(a['heading-level'])}
    results-url=${opt(a['results-url'])}
    rules-url=${opt(a['rules-url'])}
  ></bc-ballot>`,
  args: { ...commonArgs, 'results-url': '/resultats', 'rules-url': '/reglement' },
  argTypes: { ...commonArgTypes, ...headingArgTypes, 'results-url': { control: 'text' }, 'rules-url': { control: 'text' } },
  parameters: {
    actions: { handles: ['bc-ballot-cast', 'bc-ballot-error'] },
    docs: { story: { iframeHeight: 760 } },
  },
  play: settlePlay,
};
export default meta;

type Story = StoryObj<Args>;

/**
 * A voter of Arras registers and casts a ballot (one project per category) through the API, and
 * the page keeps the ballot's draft with the voter's token, as after a reload: the ballot asks
 * the server, finds the ballot cast and shows its receipt.
 */
async function voteFirst(client: BcClient): Promise<void> {
  const campaign = 'bc-2026';
  const session = await client.voters.register(campaign, {
    firstName: 'Maëlys',
    lastName: 'Storybook',
    birthDate: '1987-03-14',
    communeCode: '62041',
    // Not one of the seed's voters (an e-mail in use by another identity is refused).
    email: 'maelys.storybook@example.test',
  });
  const projects = await client.projects.list(campaign, { limit: 100 }).toArray();
  const choices: Record<string, string> = {};
  for (const p of projects) choices[p.category] ??= p.id;
  await client.ballot.cast(campaign, choices, { token: session.token });
  saveDraft(draftKey(new URL(API, document.baseURI).href, campaign), {
    ...newDraft(),
    choices: Object.fromEntries(Object.entries(choices).map(([category, id]) => [category, [id]])),
    step: 'review',
    token: session.token,
    expiresAt: session.expiresAt,
  });
}

export const Vote: Story = { parameters: atPhase('vote', 'The vote is open: the first step, who votes.') };

export const Voted: Story = {
  parameters: atPhase('vote', 'This visitor already voted (a reload after the cast): the receipt.', { setup: voteFirst }),
};

export const Loading: Story = { parameters: loadingState() };

export const ErrorState: Story = { name: 'Error', parameters: errorState() };

export const BeforeComptoirs: Story = { name: 'Before the comptoirs', parameters: atPhase('beforeComptoirs') };

export const ComptoirsAndDepot: Story = { name: 'Comptoirs and dépôt', parameters: atPhase('comptoirs') };

export const Labellisation: Story = { parameters: atPhase('labellisation', 'Before the vote: when it opens.') };

export const Resultats: Story = {
  name: 'Résultats',
  parameters: atPhase('resultats', 'The vote is closed: a link to the results (`results-url`).'),
};

export const PastCampaign2025: Story = { name: 'Past campaign 2025', args: { campaign: 'bc-2025' }, parameters: atPhase('vote') };

export const English: Story = { args: { lang: 'en' }, parameters: atPhase('vote') };
