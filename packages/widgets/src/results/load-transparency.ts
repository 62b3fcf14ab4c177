/**
 * Loads the transparency check (transparency.ts) on demand. Why apart: it carries the SDK's
 * allocation rules and their French wording (~2.8 KB brotli off the script), which no first
 * render needs; the results show first, the check's verdict, the reasons and the explanation
 * when it arrives. One download for every widget on the page; after a failure, the next call
 * tries again.
 */
import type * as transparency from './transparency.js';

export type TransparencyModule = typeof transparency;

let loading: Promise<TransparencyModule> | undefined;

export function loadTransparency(): Promise<TransparencyModule> {
  return (loading ??= import('./transparency.js').catch((error: unknown) => {
    loading = undefined;
    throw error;
  }));
}
