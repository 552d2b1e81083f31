import { useEffect, useState } from 'react';
import type { Basemap } from './build-basemap.ts';
import { loadBasemap } from './load-basemap.ts';

export type BasemapState =
  | { status: 'pending' }
  | { status: 'error'; message: string }
  | { status: 'success'; basemap: Basemap };

export function useBasemap(): BasemapState {
  const [state, setState] = useState<BasemapState>({ status: 'pending' });
  useEffect(function loadCountryShapes() {
    let active = true;
    loadBasemap().then(
      (basemap) => active && setState({ status: 'success', basemap }),
      (error: unknown) => active && setState({ status: 'error', message: String(error) }),
    );
    return function ignoreLateResult() {
      active = false;
    };
  }, []);
  return state;
}
