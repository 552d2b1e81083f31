import type { DetailsPanel } from './features/details/details-panel.tsx';

// The details (facts, why, corrections, the source text) are a chunk of their own: the first view
// does not need them, and they were about 11 kB of its 196 kB of gzipped JavaScript. The app loads
// the chunk once its first view is drawn (preloadDetailsPanel), so opening an event does not wait.

let loaded: typeof DetailsPanel | null = null;

/** Loads the details' chunk (once; later calls share the first). */
export const preloadDetailsPanel = (): Promise<typeof DetailsPanel> =>
  import('./features/details/details-panel.tsx').then((m) => (loaded = m.DetailsPanel));

/** The details component once its chunk is loaded, else null. */
export const loadedDetailsPanel = (): typeof DetailsPanel | null => loaded;
