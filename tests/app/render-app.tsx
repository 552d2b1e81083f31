import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { preloadDetailsPanel } from '../../src/app/details-chunk.ts';
import { appFilesFetch } from './fixtures/app-files-fetch.ts';
import { seedDataset } from './fixtures/seed-dataset.ts';

/** A fresh client per test, no retries: each test sees exactly the responses it stubs. */
export function renderWithClient(ui: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>);
}

export { jsonResponse } from './fixtures/app-files-fetch.ts';

/** The app at `url` over the seed dataset; resolves once the event list is on screen. */
export async function renderApp(url = '/', fetch: typeof globalThis.fetch = appFilesFetch(seedDataset())) {
  window.history.replaceState(null, '', url);
  // The details are a chunk the app loads after its first view: loaded here first, so a click
  // opens them at once, as in a browser where the chunk has long arrived.
  await preloadDetailsPanel();
  vi.stubGlobal('fetch', fetch);
  const user = userEvent.setup();
  const result = renderWithClient(<App />);
  await screen.findAllByText(/of [\d,]+ events?( · .*on the map.*)?$/);
  return { user, ...result };
}

export const KARAGANDA = 'OSCE Centre conducts regional seminar on countering drug trafficking';
export const ALMATY = 'OSCE supports training on countering transnational organized crime and drug trafficking';
