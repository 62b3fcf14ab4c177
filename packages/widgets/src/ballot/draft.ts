/**
 * The ballot's draft, kept in `sessionStorage` (or any `DraftStore`), so that a reload, a crash
 * or a slow network loses nothing: the identity typed so far, the choices, the step, the code's
 * verification (never the code), the voter token and the one Idempotency-Key of this ballot.
 *
 * The token is kept too: it is a bearer for this voter's ballot only, it expires within the
 * hour, `sessionStorage` dies with the tab, and without it a reload would mean registering
 * again.
 *
 * Once the ballot is cast, the receipt replaces the draft under the same key: what the voter
 * was just shown (receipt code, time, choices), so that a reload says "vous avez voté" again;
 * no identity, token or key. In `sessionStorage`, not `localStorage`, on purpose: on a shared
 * computer (a family's, a town hall's) the next person to open the page must find a ballot,
 * not someone else's receipt; "Une autre personne veut voter" forgets it sooner.
 */
import { newIdempotencyKey, type Choices, type VoterVerification } from '@budget-citoyen/sdk';

/** A recorded ballot, as the voter is shown it. */
export interface Receipt {
  receiptCode?: string | undefined;
  castAt?: string | undefined;
  choices?: Choices | undefined;
  /** Cast before this visit (found by `ballot.get`, or told by `409 already_voted`). */
  already: boolean;
}

export interface Identity {
  firstName: string;
  lastName: string;
  /** The birth date as typed, in three parts (day, month, year). */
  day: string;
  month: string;
  year: string;
  /** INSEE code of the commune chosen in the list; empty until one is chosen. */
  communeCode: string;
  /** What the commune field shows. */
  communeText: string;
  email: string;
  rules: boolean;
}

export type DraftStep = 'identity' | 'code' | 'choices' | 'review';

/** A code e-mailed for this draft: the server's answer, and where it went. */
export type SentCode = VoterVerification & { email: string };

export interface Draft {
  /** The Idempotency-Key of every cast attempt of this ballot. */
  key: string;
  identity: Identity;
  /** Category id → chosen project ids (at most `voting.choicesPerCategory`). */
  choices: Record<string, string[]>;
  step: DraftStep;
  verification?: SentCode | undefined;
  token?: string | undefined;
  expiresAt?: string | undefined;
}

export const emptyIdentity = (): Identity => ({
  firstName: '',
  lastName: '',
  day: '',
  month: '',
  year: '',
  communeCode: '',
  communeText: '',
  email: '',
  rules: false,
});

/** The draft's Idempotency-Key: the SDK's one maker (a v4 UUID, on plain-http pages too). */
export const newKey = newIdempotencyKey;

export const newDraft = (): Draft => ({ key: newKey(), identity: emptyIdentity(), choices: {}, step: 'identity' });

/**
 * Where drafts are kept, by key: `sessionStorage` in the page (`sessionDraftStore`); a `Map`
 * fits too (tests). Any call may throw (storage refused): the functions below catch.
 */
export interface DraftStore {
  get(key: string): string | null | undefined;
  set(key: string, value: string): unknown;
  delete(key: string): unknown;
}

export const sessionDraftStore: DraftStore = {
  get: (key) => sessionStorage.getItem(key),
  set: (key, value) => sessionStorage.setItem(key, value),
  delete: (key) => sessionStorage.removeItem(key),
};

/** One draft per API and campaign: two ballots on one page, or two campaigns, never mix. */
export const draftKey = (apiBase: string, campaignId: string): string => `bc-ballot:${apiBase}|${campaignId}`;

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** The stored draft, or `undefined` when there is none or it is unreadable (then it is ignored). */
export function loadDraft(key: string, store: DraftStore = sessionDraftStore): Draft | undefined {
  try {
    const d = JSON.parse(store.get(key) ?? 'null') as Draft | null;
    if (!d || typeof d.key !== 'string' || typeof d.identity !== 'object' || typeof d.choices !== 'object') return undefined;
    // Each field of a new identity, replaced by the stored one when it has the same type.
    const identity = emptyIdentity() as unknown as Record<string, unknown>;
    for (const [k, v] of Object.entries(identity)) {
      const stored = (d.identity as unknown as Record<string, unknown>)[k];
      if (typeof stored === typeof v) identity[k] = stored;
    }
    const choices: Record<string, string[]> = {};
    for (const [category, ids] of Object.entries(d.choices)) if (isStrings(ids)) choices[category] = ids;
    return {
      key: d.key,
      identity: identity as unknown as Identity,
      choices,
      step: (['code', 'choices', 'review'] as const).find((s) => s === d.step) ?? 'identity',
      verification: typeof d.verification?.resendAfter === 'string' ? d.verification : undefined,
      token: typeof d.token === 'string' ? d.token : undefined,
      expiresAt: typeof d.expiresAt === 'string' ? d.expiresAt : undefined,
    };
  } catch {
    return undefined;
  }
}

/** A stored draft as it stands at `now` (a new one when none is stored): a token or a code that died meanwhile dropped. */
export function liveDraft(stored: Draft | undefined, now: number): Draft {
  const live = (at: string | undefined) => Boolean(at && Date.parse(at) > now);
  let draft = stored ?? newDraft();
  if (!live(draft.expiresAt)) draft = { ...draft, token: undefined, expiresAt: undefined };
  if (!live(draft.verification?.expiresAt)) draft = { ...draft, verification: undefined };
  return draft;
}

/** The receipt kept after the cast (see above), or `undefined`. */
export function loadReceipt(key: string, store: DraftStore = sessionDraftStore): Receipt | undefined {
  try {
    const r = (JSON.parse(store.get(key) ?? '{}') as { receipt?: Receipt }).receipt;
    return typeof r?.already === 'boolean' ? r : undefined;
  } catch {
    return undefined;
  }
}

/** Storage may be refused (private mode, sandboxed iframe): the draft then lives in memory only. */
export function saveDraft(key: string, draft: Draft | { receipt: Receipt }, store: DraftStore = sessionDraftStore): void {
  try {
    store.set(key, JSON.stringify(draft));
  } catch {
    // Nothing more to do: the page keeps working without surviving a reload.
  }
}

export function clearDraft(key: string, store: DraftStore = sessionDraftStore): void {
  try {
    store.delete(key);
  } catch {
    // As above.
  }
}
