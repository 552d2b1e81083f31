import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetGate } from '../../../src/app/dataset/dataset-gate.tsx';
import { InvalidDatasetError, retryUnlessInvalid } from '../../../src/app/dataset/dataset-query-options.ts';
import { encodeAppFiles } from '../../../src/pipeline/app-files/encode-app-files.ts';
import { seedDataset } from '../fixtures/seed-dataset.ts';
import { jsonResponse, renderWithClient } from '../render-app.tsx';

// render-app imports the whole app; the map (and its basemap asset) plays no part in these tests.
vi.mock('../../../src/app/features/map/atlas-map.tsx', async () => ({ AtlasMap: (await import('../map-mock.tsx')).MockAtlasMap }));

const gate = () => renderWithClient(<DatasetGate>{({ indexes }) => <p>{indexes.events.length} events loaded</p>}</DatasetGate>);

const seedSummary = () => encodeAppFiles(seedDataset()).summary;

afterEach(() => vi.unstubAllGlobals());

describe('DatasetGate', () => {
  it('shows a busy skeleton of the layout while loading', () => {
    vi.stubGlobal('fetch', vi.fn(() => new Promise<Response>(() => {})));
    const { container } = gate();
    expect(container.querySelector('[aria-busy="true"]')).not.toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Loading events');
  });

  it('loads from the base URL and renders the dataset', async () => {
    const fetch = vi.fn(async () => jsonResponse(seedSummary()));
    vi.stubGlobal('fetch', fetch);
    gate();
    expect(await screen.findByText('2 events loaded')).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledWith('/data/app/summary.json', expect.anything());
  });

  it('says when loading failed and retries on request', async () => {
    const fetch = vi.fn().mockResolvedValueOnce(new Response('nope', { status: 503 })).mockResolvedValueOnce(jsonResponse(seedSummary()));
    vi.stubGlobal('fetch', fetch);
    gate();
    expect(await screen.findByRole('heading', { name: 'The events could not be loaded' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('503');
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('2 events loaded')).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('says when the network is down', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    gate();
    expect(await screen.findByRole('alert')).toHaveTextContent('Failed to fetch');
  });

  it('names the wrong field of an invalid dataset', async () => {
    const broken = seedSummary() as unknown as { venues: { lat: unknown }[] };
    broken.venues[1]!.lat = 'north';
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse(broken)));
    gate();
    expect(await screen.findByRole('heading', { name: 'The dataset is invalid' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('venues.1.lat');
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('treats a file that is not JSON as invalid', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('<html>', { status: 200 })));
    gate();
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('not valid JSON'));
  });
});

describe('DatasetGate with the app’s retry policy', () => {
  // As main.tsx configures it, without the back-off delay.
  const gateRetrying = () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: retryUnlessInvalid, retryDelay: 0 } } });
    return render(
      <QueryClientProvider client={client}>
        <DatasetGate>{({ indexes }) => <p>{indexes.events.length} events loaded</p>}</DatasetGate>
      </QueryClientProvider>,
    );
  };

  it('does not retry an invalid dataset: one request, and the wrong field named', async () => {
    const fetch = vi.fn(async () => jsonResponse({ ...seedSummary(), schemaVersion: 999 }));
    vi.stubGlobal('fetch', fetch);
    gateRetrying();
    expect(await screen.findByRole('heading', { name: 'The dataset is invalid' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('schemaVersion');
    // The message comes only once the query has given up: no retry is left to wait for.
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('retries a 404 and a network failure by itself', async () => {
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(new Response('missing', { status: 404 }))
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(jsonResponse(seedSummary()));
    vi.stubGlobal('fetch', fetch);
    gateRetrying();
    expect(await screen.findByText('2 events loaded')).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it('gives up after three retries and offers Retry', async () => {
    const fetch = vi.fn(async () => new Response('missing', { status: 404 }));
    vi.stubGlobal('fetch', fetch);
    gateRetrying();
    expect(await screen.findByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledTimes(4);
  });
});

describe('retryUnlessInvalid', () => {
  it('retries other errors up to three times, an invalid dataset never', () => {
    expect([0, 1, 2, 3].map((n) => retryUnlessInvalid(n, new Error('The server answered 404')))).toEqual([true, true, true, false]);
    expect(retryUnlessInvalid(0, new InvalidDatasetError(['schemaVersion: expected 1']))).toBe(false);
  });
});
