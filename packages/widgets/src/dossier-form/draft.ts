/**
 * The dossier's draft, kept in `sessionStorage` (or any `DraftStore`) so that a reload loses
 * nothing: every field as typed, the step, the one Idempotency-Key of this dossier, and once it
 * is deposited, its receipt (until the holder starts another dossier, or the tab closes).
 */
import { newIdempotencyKey, type HolderKind } from '@budget-citoyen/sdk';
// The ballot's storage, shared: the same store interface and the same removal.
import { clearDraft, sessionDraftStore, type DraftStore } from '../ballot/draft.js';

export { clearDraft, sessionDraftStore, type DraftStore };

export interface DossierFields {
  kind: HolderKind | '';
  name: string;
  organisation: string;
  email: string;
  comptoirCode: string;
  title: string;
  summary: string;
  description: string;
  /** The amount as typed, in euros ("12 500,50"). */
  amount: string;
  /** INSEE code of the commune chosen in the list; empty until one is chosen. */
  communeCode: string;
  /** What the commune field shows. */
  communeText: string;
  /** A category id, or empty: the committee chooses. */
  proposedCategory: string;
  certifies: boolean;
}

/** What the holder keeps of a deposited dossier. */
export interface DossierReceiptView {
  id: string;
  receiptCode: string;
  title: string;
  /** Where the acknowledgement e-mail went. */
  email: string;
}

export type DraftStep = 'form' | 'review';

export interface DossierDraft {
  /** The Idempotency-Key of every deposit attempt of this dossier. */
  key: string;
  fields: DossierFields;
  step: DraftStep;
  receipt?: DossierReceiptView | undefined;
}

export const emptyFields = (): DossierFields => ({
  kind: '',
  name: '',
  organisation: '',
  email: '',
  comptoirCode: '',
  title: '',
  summary: '',
  description: '',
  amount: '',
  communeCode: '',
  communeText: '',
  proposedCategory: '',
  certifies: false,
});

export const newDraft = (): DossierDraft => ({ key: newIdempotencyKey(), fields: emptyFields(), step: 'form' });

/** One draft per API and campaign. */
export const draftKey = (apiBase: string, campaignId: string): string => `bc-dossier:${apiBase}|${campaignId}`;

const isReceipt = (r: unknown): r is DossierReceiptView =>
  typeof r === 'object' && r !== null && ['id', 'receiptCode', 'title', 'email'].every((k) => typeof (r as Record<string, unknown>)[k] === 'string');

/** The stored draft, or `undefined` when there is none or it is unreadable (then it is ignored). */
export function loadDraft(key: string, store: DraftStore = sessionDraftStore): DossierDraft | undefined {
  try {
    const d = JSON.parse(store.get(key) ?? 'null') as Partial<DossierDraft> | null;
    if (!d || typeof d.key !== 'string' || typeof d.fields !== 'object' || d.fields === null) return undefined;
    // Each field of a new draft, replaced by the stored one when it has the same type.
    const fields = emptyFields() as unknown as Record<string, unknown>;
    for (const [name, value] of Object.entries(fields)) {
      const stored = (d.fields as unknown as Record<string, unknown>)[name];
      if (typeof stored === typeof value) fields[name] = stored;
    }
    return {
      key: d.key,
      fields: fields as unknown as DossierFields,
      step: d.step === 'review' ? 'review' : 'form',
      receipt: isReceipt(d.receipt) ? d.receipt : undefined,
    };
  } catch {
    return undefined;
  }
}

/** Storage may be refused (private mode, sandboxed iframe): the draft then lives in memory only. */
export function saveDraft(key: string, draft: DossierDraft, store: DraftStore = sessionDraftStore): void {
  try {
    store.set(key, JSON.stringify(draft));
  } catch {
    // The page keeps working without surviving a reload.
  }
}
