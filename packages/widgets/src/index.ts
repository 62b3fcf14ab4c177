/**
 * The widgets' classes and building blocks, without registering any tag: import a
 * `…/define.js` (or `cdn.js`) to register, or call `Class.define('my-tag')`.
 */
export { BcElement } from './base/bc-element.js';
export { BcApiController, type BcApiControllerOptions, type LoadStatus } from './base/api-controller.js';
export { bcContext, type BcContextValue } from './base/context.js';
export {
  clientFor,
  loadCommunes,
  resetSharedClients,
  resolveCampaign,
  useNamespaces,
  type BcClient,
  type CampaignInfo,
} from './base/client.js';
export { ListController, type ListStatus, type LoadOptions, type MoreStatus, type PageSource } from './base/list-controller.js';
export { ServerClock, isPhaseOpen, msToNextBoundary, openPhases, phaseState, type PhaseState } from './base/server-clock.js';
export * from './base/format.js';
export {
  addTranslations,
  loadTranslations,
  normalizeLang,
  translations,
  withLang,
  type Lang,
  type TranslationsLoader,
} from './base/i18n.js';
export { errorMessage, renderEmpty, renderError, renderLoading, type ErrorStateOptions } from './base/states.js';
export { tokenStyles } from './base/styles.js';
export type { BcEventDetail, BcEventName, BcProjectSelectDetail } from './base/events.js';
export { VERSION } from './base/version.js';
export { BcProvider } from './provider/provider.js';
export { BcProjectCard } from './card/project-card.js';
export { BcProjectGallery, type GallerySort } from './gallery/project-gallery.js';
export { BcComptoirAgenda, type BcComptoirRegisterDetail } from './agenda/comptoir-agenda.js';
export { BcBallot, type BcBallotCastDetail, type BcBallotErrorDetail } from './ballot/ballot.js';
export { BcLiveResults, type BcResultsUpdateDetail } from './results/live-results.js';
export { BcCampaignTimeline } from './campaign-timeline/campaign-timeline.js';
export { BcDossierForm, type BcDossierErrorDetail, type BcDossierSubmitDetail, type DossierStep } from './dossier-form/dossier-form.js';
export { BcDossierStatus } from './dossier-status/dossier-status.js';
export {
  BcLabellingConsole,
  type BcLabellingAttendanceDetail,
  type BcLabellingDecisionDetail,
  type BcLabellingErrorDetail,
} from './admin/labelling-console.js';
