import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { parseMapParam, parseViewState } from './parse-view-state.ts';
import { serializeViewState } from './serialize-view-state.ts';
import { applyIntent, historyModeOf, type HistoryMode, type ViewIntent } from './view-intent.ts';
import type { MapView, ViewState } from './view-state.ts';

/** Applies what a person asked (see ViewIntent) to the view in the address bar. */
export type Dispatch = (intent: ViewIntent) => void;

// Our own pushState/replaceState calls fire no event, so subscribers are told directly.
const listeners = new Set<() => void>();

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  window.addEventListener('popstate', onChange);
  return function unsubscribe() {
    listeners.delete(onChange);
    window.removeEventListener('popstate', onChange);
  };
}

const readSearch = () => window.location.search;

function currentView(): ViewState {
  return parseViewState(new URLSearchParams(window.location.search));
}

/** Writes a view to the address bar; a no-op when nothing changes (so Back never stalls). */
export function navigate(view: ViewState, mode: HistoryMode): void {
  const qs = serializeViewState(view);
  const url = `${window.location.pathname}${qs ? `?${qs}` : ''}${window.location.hash}`;
  const now = `${window.location.pathname}${window.location.search}${window.location.hash}`;
  if (url === now) return;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  listeners.forEach((l) => l());
}

/** The one hook that reads and writes the view state; the URL is its only store. */
export function useViewState(): [ViewState, Dispatch, MapView | null] {
  const search = useSyncExternalStore(subscribe, readSearch, () => '');
  // The map's centre and zoom change on every pan: they come apart, so the view (and the selection
  // derived from it) stays the same object while only the map moves. `view.map` is always null here.
  const params = new URLSearchParams(search);
  const mapText = params.get('map');
  params.delete('map');
  const rest = params.toString();
  const view = useMemo(() => parseViewState(new URLSearchParams(rest)), [rest]);
  const map = useMemo(() => parseMapParam(mapText), [mapText]);
  // Intents apply to the URL as it is now, not as it was at render, so rapid ones (animation
  // frames, drags) never undo each other.
  const dispatch = useCallback<Dispatch>((intent) => {
    navigate(applyIntent(currentView(), intent), historyModeOf(intent));
  }, []);
  return [view, dispatch, map];
}
