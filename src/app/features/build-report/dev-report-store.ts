import type { QueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { DEV_DATA_EVENT, DEV_REPORT_URL, type DevBuildReport } from '../../../schema/correction-snippet.ts';

// The dev server's last report on the data: one value for the page, outside React.
let report: DevBuildReport | null = null;
const listeners = new Set<() => void>();

function publish(next: DevBuildReport): void {
  report = next;
  for (const listener of listeners) listener();
}

/**
 * In `npm run dev` only: when the server rebuilds the data (a release added, changed or removed,
 * a correction saved) it says so over the HMR socket; the dataset queries are refetched, so the
 * open page updates without a reload. A static build has no socket and does nothing here.
 */
export function listenForDataUpdates(queryClient: QueryClient): void {
  if (!import.meta.hot) return;
  import.meta.hot.on(DEV_DATA_EVENT, function onDataRebuilt(next: DevBuildReport) {
    publish(next);
    void queryClient.invalidateQueries({ queryKey: ['dataset'] });
  });
  void fetch(DEV_REPORT_URL).then((r) => (r.ok ? (r.json() as Promise<DevBuildReport>) : null)).then((r) => r && publish(r), () => undefined);
}

export function useDevReport(): DevBuildReport | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => report,
    () => null,
  );
}
