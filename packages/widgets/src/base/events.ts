/**
 * Events of the base and of the gallery/card widgets. Each event is declared once, here or in
 * its widget's folder, by augmenting `GlobalEventHandlersEventMap`: `addEventListener` on any
 * element is then typed, and `BcElement.emit()` only accepts declared `bc-` names.
 */

/** Detail of `bc-project-select`: the visitor chose a project to vote for. */
export interface BcProjectSelectDetail {
  projectId: string;
  category: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    /**
     * "Voter pour ce projet" was activated. Cancelable: calling `preventDefault()` stops the
     * navigation to `ballot-url`, so a ballot widget on the same page can take over.
     */
    'bc-project-select': CustomEvent<BcProjectSelectDetail>;
  }
}

/** Every declared `bc-` event name. */
export type BcEventName = Extract<keyof GlobalEventHandlersEventMap, `bc-${string}`>;
/** The `detail` type of a declared `bc-` event. */
export type BcEventDetail<K extends BcEventName> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;
