import { createContext } from '@lit/context';
import type { BcClient } from './client.js';

/** What `<bc-provider>` shares with the widgets inside it. */
export interface BcContextValue {
  /** The one SDK client (and so its caches) of every widget under the provider. */
  client: BcClient;
  /** Absolute `…/api/v1` URL the client talks to. */
  apiBase: string;
  /** Campaign id asked for; `undefined` means the current campaign. */
  campaign: string | undefined;
  /** The provider's `lang` attribute, if any. */
  lang: string | undefined;
}

/**
 * A registry-wide key, so that a widget and a provider coming from two copies of this package
 * (a partner's bundle plus the CDN script) still find each other. Bump the suffix if the
 * value's shape ever changes incompatibly.
 */
export const bcContext = createContext<BcContextValue>(Symbol.for('@budget-citoyen/widgets:context@1'));
