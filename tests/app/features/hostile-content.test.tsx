import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/app.tsx';
import { HOSTILE_EVENT_ID, PAYLOADS, hostileDataset } from '../fixtures/hostile-dataset.ts';
import { appFilesFetch } from '../fixtures/app-files-fetch.ts';
import { renderWithClient } from '../render-app.tsx';

vi.mock('../../../src/app/features/map/atlas-map.tsx', async () => ({ AtlasMap: (await import('../map-mock.tsx')).MockAtlasMap }));
afterEach(() => {
  vi.unstubAllGlobals();
  delete (window as { __pwned?: unknown }).__pwned;
});

async function renderHostile() {
  window.history.replaceState(null, '', `/?event=${HOSTILE_EVENT_ID}`);
  vi.stubGlobal('fetch', appFilesFetch(hostileDataset()));
  const result = renderWithClient(<App />);
  const details = await screen.findByRole('region', { name: 'Event details' });
  await within(details).findByRole('heading', { name: /Source text/ });
  return { ...result, details };
}

describe('hostile release text in the app', () => {
  it('shows markup in the title, organiser, person, role, quote and source as text', async () => {
    const { details } = await renderHostile();
    const panel = within(details);
    expect(panel.getByRole('heading', { level: 2 })).toHaveTextContent(PAYLOADS.title);
    expect(details).toHaveTextContent(PAYLOADS.organizer);
    expect(details).toHaveTextContent(PAYLOADS.person);
    expect(details).toHaveTextContent('Head of <b onmouseover=');
    expect(panel.getAllByRole('blockquote')[0]).toHaveTextContent(PAYLOADS.quote);
    expect(details).toHaveTextContent('<iframe src="javascript:');
  });

  it('creates none of the elements the text describes, and runs none of its handlers', async () => {
    const { container } = await renderHostile();
    expect(container.querySelectorAll('script, iframe, svg[onload], img[src="x"], [onerror], [onload], [onmouseover]')).toHaveLength(0);
    expect(container.querySelectorAll('a[href^="javascript:"]')).toHaveLength(0);
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
  });

  it('gives every external link it renders rel="noopener noreferrer"', async () => {
    const { container } = await renderHostile();
    for (const link of container.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      if (new URL(link.href, window.location.href).origin === window.location.origin) continue;
      expect(link.rel.split(/\s+/), link.outerHTML).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    }
  });
});
