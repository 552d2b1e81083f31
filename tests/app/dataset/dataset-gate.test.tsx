import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetGate } from '../../../src/app/dataset/dataset-gate.tsx';
import { InvalidDatasetError, retryUnlessInvalid } from '../../../src/app/dataset/dataset-query-options.ts';
import { encodeAppFiles } from '../../../src/pipeline/app-files/encode-app-files.ts';
import { bodyResponse, summaryBodies } from '../fixtures/app-files-fetch.ts';
import { seedDataset } from '../fixtures/seed-dataset.ts';
import { jsonResponse, renderWithClient } from '../render-app.tsx';

// render-app imports the whole app; the map (and its basemap asset) plays no part in these tests.
vi.mock('../../../src/app/features/map/atlas-map.tsx', async () => ({ AtlasMap: (await import('../map-mock.tsx')).MockAtlasMap }));

const gate = () => renderWithClient(<DatasetGate>{({ indexes }) => <p>{indexes.events.length} events loaded</p>}</DatasetGate>);

const seedSummary = () => encodeAppFiles(seedDataset()).summary;
/** The seed summary's JSON as its file holds it (the numeric columns are in the binary beside it). */
const seedText = () => summaryBodies(seedSummary()).get('/data/app/summary.json') as Record<string, unknown>;

/**
 * A fetch serving the seed summary's binary, and its JSON unless `json` answers for it (a mock
 * whose calls are the JSON's requests): the tests count the JSON's requests, one per attempt.
 */
function summaryFetch(json: (input: string) => Promise<Response> = async () => jsonResponse(seedText())) {
  const bodies = summaryBodies(seedSummary());
  return vi.fn(async (input: RequestInfo | URL) => (String(input).endsWith('.bin') ? bodyResponse(bodies.get('/data/app/summary.bin')) : json(String(input))));
}

afterEach(() => vi.unstubAllGlobals());

describe('DatasetGate', () => {
  it('shows a busy skeleton of the layout while loading', () => {
    vi.stubGlobal('fetch', vi.fn(() => new Promise<Response>(() => {})));
    const { container } = gate();
    expect(container.querySelector('[aria-busy="true"]')).not.toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Loading events');
  });

  it('loads from the base URL and renders the dataset', async () => {
    const fetch = summaryFetch();
    vi.stubGlobal('fetch', fetch);
    gate();
    expect(await screen.findByText('2 events loaded')).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledWith('/data/app/summary.json', expect.anything());
    expect(fetch).toHaveBeenCalledWith('/data/app/summary.bin', expect.anything());
  });

  it('says when loading failed and retries on request', async () => {
    const json = vi.fn().mockResolvedValueOnce(new Response('nope', { status: 503 })).mockResolvedValueOnce(jsonResponse(seedText()));
    vi.stubGlobal('fetch', summaryFetch(json));
    gate();
    expect(await screen.findByRole('heading', { name: 'The events could not be loaded' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('503');
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('2 events loaded')).toBeInTheDocument();
    expect(json).toHaveBeenCalledTimes(2);
  });

  it('says when the network is down', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    gate();
    expect(await screen.findByRole('alert')).toHaveTextContent('Failed to fetch');
  });

  it('names the wrong field of an invalid dataset', async () => {
    const broken = seedText() as unknown as { venues: { lat: unknown }[] };
    broken.venues[1]!.lat = 'north';
    vi.stubGlobal('fetch', summaryFetch(async () => jsonResponse(broken)));
    gate();
    expect(await screen.findByRole('heading', { name: 'The dataset is invalid' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('venues.1.lat');
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('treats a file that is not JSON as invalid', async () => {
    vi.stubGlobal('fetch', summaryFetch(async () => new Response('<html>', { status: 200 })));
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
    const json = vi.fn(async () => jsonResponse({ ...seedText(), schemaVersion: 999 }));
    vi.stubGlobal('fetch', summaryFetch(json));
    gateRetrying();
    expect(await screen.findByRole('heading', { name: 'The dataset is invalid' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('schemaVersion');
    // The message comes only once the query has given up: no retry is left to wait for.
    expect(json).toHaveBeenCalledTimes(1);
  });

  it('retries a 404 and a network failure by itself', async () => {
    const json = vi
      .fn()
      .mockResolvedValueOnce(new Response('missing', { status: 404 }))
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(jsonResponse(seedText()));
    vi.stubGlobal('fetch', summaryFetch(json));
    gateRetrying();
    expect(await screen.findByText('2 events loaded')).toBeInTheDocument();
    expect(json).toHaveBeenCalledTimes(3);
  });

  it('gives up after three retries and offers Retry', async () => {
    const json = vi.fn(async () => new Response('missing', { status: 404 }));
    vi.stubGlobal('fetch', summaryFetch(json));
    gateRetrying();
    expect(await screen.findByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(json).toHaveBeenCalledTimes(4);
  });
});

describe('retryUnlessInvalid', () => {
  it('retries other errors up to three times, an invalid dataset never', () => {
    expect([0, 1, 2, 3].map((n) => retryUnlessInvalid(n, new Error('The server answered 404')))).toEqual([true, true, true, false]);
    expect(retryUnlessInvalid(0, new InvalidDatasetError(['schemaVersion: expected 1']))).toBe(false);
  });
});
