import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@budget-citoyen/widgets/ballot/define.js';
import { draftKey, newDraft, saveDraft, type Draft } from '../packages/widgets/src/ballot/draft.js';
import { normalizeApiBase, type BcClient } from '../packages/widgets/src/base/client.js';
import { API, CAMPAIGN, CLOCKS, control, type MockConfig } from './support/mock.js';
import { settle, settlePlay } from './support/settle.js';
import { atPhase, errorState, loadingState } from './support/states.js';
import { widgetMeta, type WidgetArgs } from './support/widget.js';

type Args = WidgetArgs<{ 'results-url': string; 'rules-url': string }>;

const meta: Meta<Args> = {
  title: 'Widgets/Ballot',
  component: 'bc-ballot',
  ...widgetMeta<Args>({
    args: { 'results-url': '/resultats', 'rules-url': '/reglement' },
    argTypes: { 'results-url': { control: 'text' }, 'rules-url': { control: 'text' } },
    events: ['bc-ballot-cast', 'bc-ballot-error'],
    height: 760,
  }),
};
export default meta;

type Story = StoryObj<Args>;

/** Where the ballot keeps its draft in this page's sessionStorage. */
const DRAFT_KEY = draftKey(normalizeApiBase(API), CAMPAIGN);
/** The ballot's draft in this page's sessionStorage (as the widget keeps it). */
const keepDraft = (draft: Partial<Draft>) => saveDraft(DRAFT_KEY, { ...newDraft(), ...draft });
/** Choices as the draft keeps them: a list of projects per category. */
const draftChoices = (choices: Record<string, string>) => Object.fromEntries(Object.entries(choices).map(([category, id]) => [category, [id]]));

/** A voter of Arras, not one of the seed's (an e-mail verified by another identity is refused). */
const identity = (email: string) => ({
  firstName: 'Maëlys',
  lastName: 'Storybook',
  birthDate: '1987-03-14',
  communeCode: '62041',
  email,
});
const typed = (email: string): Draft['identity'] => ({
  ...newDraft().identity,
  firstName: 'Maëlys',
  lastName: 'Storybook',
  day: '14',
  month: '3',
  year: '1987',
  communeCode: '62041',
  communeText: 'Arras (62000)',
  email,
  rules: true,
});

/**
 * The code the mock e-mailed to `email`, read in its outbox (`GET /__mock/outbox`), as the voter
 * reads it in their mailbox; written to the console, where a developer trying the story finds it.
 */
async function codeSentTo(email: string): Promise<string> {
  const { items } = (await (await fetch(`${API}/__mock/outbox?to=${encodeURIComponent(email)}`)).json()) as { items: Array<{ body: string }> };
  const code = /^(\d{6})$/m.exec(items.at(-1)?.body ?? '')?.[1];
  if (!code) throw new Error(`no code was e-mailed to ${email}`);
  console.info(`[budget-citoyen, API fictive] code de vérification envoyé à ${email} : ${code}`);
  return code;
}

/**
 * The identity sent, as the ballot sends it: the code e-mailed, the draft at the code step (as
 * after a reload). Then the mock's clock runs, from `later` ms after the e-mail: the countdown
 * of "Renvoyer le code" and the server's agree, and the button works when it says so.
 */
function atCodeStep(email: string, later = 0) {
  return async (client: BcClient): Promise<void> => {
    const sent = await client.voters.register(CAMPAIGN, identity(email));
    await codeSentTo(email);
    keepDraft({ identity: typed(email), step: 'code', verification: { ...sent, email } });
    await control('clock', { now: new Date(Date.parse(CLOCKS.vote) + later).toISOString(), running: true });
  };
}

/**
 * A voter of Arras registers, gives back the e-mailed code and casts a ballot (one project per
 * category) through the API, and the page keeps the ballot's draft with the voter's token, as
 * after a reload: the ballot asks the server, finds the ballot cast and shows its receipt.
 */
async function voteFirst(client: BcClient): Promise<void> {
  const session = await signedIn(client, 'maelys.storybook@example.test');
  const projects = await client.projects.list(CAMPAIGN, { limit: 100 }).toArray();
  const choices: Record<string, string> = {};
  for (const p of projects) choices[p.category] ??= p.id;
  await client.ballot.cast(CAMPAIGN, choices, { token: session.token });
  keepDraft({
    choices: draftChoices(choices),
    step: 'review',
    token: session.token,
    expiresAt: session.expiresAt,
  });
}

/** A voter of Arras registered, then verified with the code e-mailed (read in the outbox): their session. */
async function signedIn(client: BcClient, email: string): Promise<{ token: string; expiresAt: string }> {
  const { verificationId } = await client.voters.register(CAMPAIGN, identity(email));
  return client.voters.verify(CAMPAIGN, { verificationId, code: await codeSentTo(email) });
}

/** A voter of Arras verified through the API; the draft with their identity and token, and `draft`. */
async function verified(client: BcClient, email: string, draft: Partial<Draft>): Promise<{ token: string; expiresAt: string }> {
  const session = await signedIn(client, email);
  keepDraft({ identity: typed(email), token: session.token, expiresAt: session.expiresAt, ...draft });
  return session;
}

/** The first project of each of the first two categories: the third is left unanswered. */
async function twoChoices(client: BcClient): Promise<Record<string, string>> {
  const projects = await client.projects.list(CAMPAIGN, { limit: 100 }).toArray();
  const [a, b] = (await client.campaigns.get(CAMPAIGN)).categories;
  return Object.fromEntries([a!, b!].map((c) => [c.id, projects.find((p) => p.category === c.id)!.id]));
}

/** At the review with two choices; the cast's POST answers 503 (the mock's failure injection). */
async function atReview(client: BcClient): Promise<void> {
  const choices = await twoChoices(client);
  await verified(client, 'cast.failed@example.test', {
    step: 'review',
    choices: draftChoices(choices),
  });
}
const CAST_FAILS: MockConfig = { failureRate: 1, failPaths: ['POST /campaigns/*/ballot'], failureMode: 'status' };

/** Settles, clicks the ballot's `part` button, settles in `expect`. */
const pressing =
  (...parts: string[]) =>
  async (context: Parameters<typeof settlePlay>[0]): Promise<void> => {
    await settlePlay(context);
    for (const part of parts) {
      context.canvasElement.querySelector('bc-ballot')!.shadowRoot!.querySelector<HTMLElement>(`[part~="${part}"]`)!.click();
      await settle(context.canvasElement, 'error');
    }
  };

export const Vote: Story = { parameters: atPhase('vote', 'The vote is open: the first step, who votes.') };

export const CodeSent: Story = {
  name: 'Code sent',
  parameters: atPhase(
    'vote',
    'The identity sent: "Vérifiez votre adresse e-mail". The 6-digit code went to the address (the mock puts it in its outbox, `GET /api/v1/__mock/outbox`, and this story writes it to the browser console); "Renvoyer le code" waits for its countdown.',
    { setup: atCodeStep('code.sent@example.test') },
  ),
};

export const CodeResendAvailable: Story = {
  name: 'Code sent, resend available',
  parameters: atPhase('vote', 'The same, 31 seconds later: "Renvoyer le code" may be used.', {
    setup: atCodeStep('code.resend@example.test', 31_000),
  }),
};

export const CodeExpired: Story = {
  name: 'Code expired',
  parameters: atPhase(
    'vote',
    'Back 16 minutes later: the code is dead (15 minutes), the identity again, with why; "Continuer" sends a new one.',
    { setup: atCodeStep('code.expired@example.test', 16 * 60_000) },
  ),
};

export const Voted: Story = {
  parameters: atPhase('vote', 'This visitor already voted (a reload after the cast): the receipt.', { setup: voteFirst }),
};

export const Choices: Story = {
  name: 'Choices, nothing ticked',
  parameters: atPhase(
    'vote',
    'Step 2 on arrival: nothing is ticked. Tab enters each category on its first project and Space takes it; "Aucun projet dans cette catégorie" is a choice too, and a category may be left unanswered.',
    { setup: (client) => verified(client, 'choices@example.test', { step: 'choices' }).then(() => undefined) },
  ),
};

export const VotedThisTab: Story = {
  name: 'Voted, after a reload',
  parameters: atPhase(
    'vote',
    'Voted in this tab, then reloaded: the receipt kept in `sessionStorage` (code, time, choices; no identity, no token), every category (the one left empty says so), the results link, and "Une autre personne veut voter" for a shared device.',
    {
      setup: async (client) => {
        const choices = await twoChoices(client);
        const { token } = await verified(client, 'voted.tab@example.test', {});
        const receipt = await client.ballot.cast(CAMPAIGN, choices, { token });
        saveDraft(DRAFT_KEY, { receipt: { ...receipt, already: false } });
      },
    },
  ),
};

/** At the review, the cast answered 503; then the buttons `parts` pressed, in order. */
const castFailing = (name: string, description: string, ...parts: string[]): Story => ({
  name,
  parameters: atPhase('vote', description, { setup: atReview, config: CAST_FAILS, expect: 'error' }),
  play: pressing(...parts),
});

export const CastUnanswered = castFailing(
  'Cast unanswered',
  '"Confirmer mon vote" sent, the server answers 503: the vote may be recorded. One action, "Vérifier mon vote" (it reads `GET …/ballot`); never "Réessayer" beside "Confirmer".',
  'cast-button',
);

export const CastNotRecorded = castFailing(
  'Cast not recorded',
  'The same, after "Vérifier mon vote" found no ballot: "Votre vote n’est pas enregistré", and "Confirmer mon vote" again (the same Idempotency-Key).',
  'cast-button',
  'check-button',
);

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
