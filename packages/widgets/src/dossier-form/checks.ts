/**
 * The dossier's checks before any request: the SDK's own `DossierRequest` schema (the one the
 * server parses with, through its Standard Schema `validate`), run on the request the form
 * would send, plus what the form itself needs (an amount in euros, a commune chosen in the
 * list). Problems are kept as codes per field; `messages.ts` words them at render time. The
 * server's refusals of the same fields: `refusals.ts`.
 */
import { DossierRequest } from '@budget-citoyen/sdk';
import type { DossierFields } from './draft.js';

export type Field = Exclude<keyof DossierFields, 'communeText'>;
/** Form order: the first invalid one gets the focus. */
export const FIELDS: readonly Field[] = [
  'kind',
  'name',
  'organisation',
  'email',
  'comptoirCode',
  'title',
  'summary',
  'description',
  'amount',
  'communeCode',
  'proposedCategory',
  'certifies',
];

/**
 * `required` (empty), `too_long`, `invalid` (malformed), and the server's `not_attended` (no
 * attended comptoir participation has this code) and `used` (another dossier has it).
 */
export type FieldCode = 'required' | 'too_long' | 'invalid' | 'not_attended' | 'used';
export type FieldErrors = Partial<Record<Field, FieldCode>>;

/** The schema's longest texts (`DossierRequest`; test/dossier-flow.test.ts checks they agree). */
export const LIMITS: Partial<Record<Field, number>> = {
  name: 120,
  organisation: 200,
  comptoirCode: 64,
  title: 120,
  summary: 300,
  description: 10_000,
};

/** A request field's path (`holder.email`) → the form's field. */
const PATHS: Record<string, Field> = {
  'holder.kind': 'kind',
  'holder.name': 'name',
  'holder.organisation': 'organisation',
  'holder.email': 'email',
  requestedAmountCents: 'amount',
  certifiesAccuracy: 'certifies',
};

export const fieldOfPath = (path: string): Field | undefined =>
  PATHS[path] ?? (FIELDS.includes(path as Field) ? (path as Field) : undefined);

/**
 * Euros as typed in France, in cents: "12 500", "12 500,50", "12500.5", "12 500 €" (spaces,
 * non-breaking spaces and a euro sign ignored; a comma or a point before at most two decimals).
 * `undefined` when it is not an amount ("1.500", "12,345", "douze").
 */
export function parseEuros(text: string): number | undefined {
  const match = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(text.replace(/[\s€]/g, ''));
  if (!match) return undefined;
  const cents = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : undefined;
}

/** The request the form would send (not checked: see `checkDossier`). */
export function toRequest(f: DossierFields): Record<string, unknown> {
  return {
    holder: {
      name: f.name.trim(),
      email: f.email.trim(),
      kind: f.kind,
      ...(f.organisation.trim() ? { organisation: f.organisation.trim() } : {}),
    },
    comptoirCode: f.comptoirCode.trim(),
    title: f.title.trim(),
    summary: f.summary.trim(),
    description: f.description.trim(),
    requestedAmountCents: parseEuros(f.amount),
    communeCode: f.communeCode,
    ...(f.proposedCategory ? { proposedCategory: f.proposedCategory } : {}),
    certifiesAccuracy: f.certifies,
  };
}

/** Why a field is refused, read from its value: empty, too long, or else malformed. */
export function codeFor(field: Field, f: DossierFields): FieldCode {
  const value = f[field];
  if (typeof value === 'boolean' || !value.trim()) return 'required';
  return value.trim().length > (LIMITS[field] ?? Infinity) ? 'too_long' : 'invalid';
}

export interface DossierCheckContext {
  /** The département's commune codes once loaded. */
  communeCodes?: ReadonlySet<string> | undefined;
}

export function checkDossier(f: DossierFields, ctx: DossierCheckContext = {}): FieldErrors {
  const errors: FieldErrors = {};
  if (f.communeCode && ctx.communeCodes && !ctx.communeCodes.has(f.communeCode)) errors.communeCode = 'invalid';
  const result = DossierRequest['~standard'].validate(toRequest(f));
  // The schema is synchronous; were it not, the server would have the last word.
  if ('issues' in result && result.issues) {
    for (const issue of result.issues) {
      const path = (issue.path ?? []).map((p) => (typeof p === 'object' ? p.key : p)).join('.');
      const field = fieldOfPath(path);
      if (field) errors[field] ??= codeFor(field, f);
    }
  }
  return errors;
}
