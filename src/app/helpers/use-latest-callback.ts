import { useCallback, useEffect, useRef } from 'react';

/**
 * A function that keeps its identity for the component's life and calls the latest `fn`: for
 * handlers held by memoised children, observers or Leaflet layers, which would otherwise be
 * rebuilt whenever the parent passes a new closure.
 */
export function useLatestCallback<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const latest = useRef(fn);
  useEffect(function keepLatest() {
    latest.current = fn;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}
