import type { FacetField } from './facets.ts';
import { DEFAULT_VIEW, type Display, type MapView, type RoleChoice, type TableSort, type UndatedChoice, type ViewState } from './view-state.ts';

/**
 * What a person asked of the view, whichever control they used: a country toggled in the combobox,
 * on the map or by its chip is the same intent. `applyIntent` is the one place each is applied.
 */
export type ViewIntent =
  | { kind: 'toggle-option'; field: FacetField; key: string }
  | { kind: 'set-role'; role: RoleChoice }
  | { kind: 'search'; q: string }
  /** `scrubbing`: a drag or a playback step, one of many (it replaces the history entry). */
  | { kind: 'set-window'; from: string | null; to: string | null; scrubbing: boolean }
  | { kind: 'clear-search' }
  | { kind: 'clear-dates' }
  /** Every choice back to its default (the map refits what is then shown); the open event stays open. */
  | { kind: 'clear-filters' }
  | { kind: 'select-event'; id: string | null }
  | { kind: 'set-undated'; undated: UndatedChoice }
  | { kind: 'set-display'; display: Display }
  | { kind: 'set-sort'; sort: TableSort | null }
  | { kind: 'move-map'; map: MapView };

/** 'push' for discrete choices (Back undoes them); 'replace' while typing, scrubbing, playing or panning. */
export type HistoryMode = 'push' | 'replace';

const toggled = (list: readonly string[], key: string) => (list.includes(key) ? list.filter((k) => k !== key) : [...list, key]);

/** The view after an intent: pure, so every control's effect is tested once, here. */
export function applyIntent(view: ViewState, intent: ViewIntent): ViewState {
  switch (intent.kind) {
    case 'toggle-option':
      return { ...view, [intent.field]: toggled(view[intent.field], intent.key) };
    case 'set-role':
      return { ...view, role: intent.role };
    case 'search':
      return { ...view, q: intent.q };
    case 'set-window':
      return { ...view, from: intent.from, to: intent.to };
    case 'clear-search':
      return { ...view, q: '' };
    case 'clear-dates':
      return { ...view, from: null, to: null };
    case 'clear-filters':
      return { ...DEFAULT_VIEW, event: view.event };
    case 'select-event':
      return { ...view, event: intent.id };
    case 'set-undated':
      return { ...view, undated: intent.undated };
    case 'set-display':
      return { ...view, display: intent.display };
    case 'set-sort':
      return { ...view, sort: intent.sort };
    case 'move-map':
      return { ...view, map: intent.map };
  }
}

/** How an intent enters the history: the many small steps of one gesture replace each other. */
export function historyModeOf(intent: ViewIntent): HistoryMode {
  if (intent.kind === 'search' || intent.kind === 'move-map') return 'replace';
  if (intent.kind === 'set-window' && intent.scrubbing) return 'replace';
  return 'push';
}
