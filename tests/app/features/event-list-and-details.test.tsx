import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appFileBodies, appFilesFetch, jsonResponse } from '../fixtures/app-files-fetch.ts';
import { seedDataset } from '../fixtures/seed-dataset.ts';
import { makeEvent } from '../../fixtures/make-event.ts';
import { ALMATY, KARAGANDA, renderApp } from '../render-app.tsx';

vi.mock('../../../src/app/features/map/atlas-map.tsx', async () => ({ AtlasMap: (await import('../map-mock.tsx')).MockAtlasMap }));
afterEach(() => vi.unstubAllGlobals());

const list = () => screen.getByRole('list', { name: 'Events' });
const KARAGANDA_BUTTON = KARAGANDA;

describe('event list', () => {
  it('lists events by date with dates in words, place and title', async () => {
    await renderApp('/');
    const items = within(list()).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[0]!).getByRole('button', { name: KARAGANDA })).toHaveAccessibleDescription(/^3–6 November 2014, ?Karaganda$/);
    expect(within(items[1]!).getByRole('button', { name: ALMATY })).toHaveAccessibleDescription(/^30 March – 3 April 2015, ?Almaty$/);
  });

  it('selects an event: URL, marked item, details', async () => {
    const { user } = await renderApp('/');
    await user.click(screen.getByRole('button', { name: KARAGANDA_BUTTON }));
    expect(window.location.search).toBe('?event=000-d4ec6a025d7df8af');
    expect(within(list()).getAllByRole('listitem')[0]).toHaveAttribute('aria-current', 'true');
    expect(within(screen.getByRole('region', { name: 'Event details' })).getByRole('heading', { name: KARAGANDA })).toHaveFocus();
  });

  it('shows 8 rows, more on request, and starts again from the top when the result changes', async () => {
    const day = (i: number) => `2014-01-${String(i + 1).padStart(2, '0')}`;
    const germany = [{ code: 'DE', name: 'Germany', roles: ['participant' as const], evidence: [{ role: 'participant' as const, span: { start: 0, end: 0 }, reason: null }] }];
    const events = Array.from({ length: 30 }, (_, i) => makeEvent(`e${String(i).padStart(2, '0')}`, { startDate: day(i), countries: i % 3 === 0 ? germany : [] }));
    const { user } = await renderApp('/', appFilesFetch({ schemaVersion: 2, generatedAt: '2026-11-23T00:00:00.000Z', events, rejected: [] }));
    const titles = () => within(list()).getAllByRole('button').map((b) => b.textContent);
    expect(titles()).toEqual(events.slice(0, 8).map((e) => e.title));
    await user.click(screen.getByRole('button', { name: 'Show more (22 more)' }));
    expect(titles()).toEqual(events.map((e) => e.title));
    expect(screen.queryByRole('button', { name: /^Show more/ })).toBeNull();

    // The rows already there are rewritten for the new result, from its first event.
    act(() => {
      window.history.pushState(null, '', '/?country=DE');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(titles()).toEqual(events.filter((_, i) => i % 3 === 0).slice(0, 8).map((e) => e.title));
    expect(screen.getByRole('button', { name: 'Show more (2 more)' })).toBeInTheDocument();
  });
});

describe('details panel', () => {
  it('shows the facts of the event', async () => {
    await renderApp('/?event=000-d4ec6a025d7df8af');
    const details = within(screen.getByRole('region', { name: 'Event details' }));
    // The title shows at once; the facts arrive with the event's chunk of full records.
    expect(details.getByRole('heading', { level: 2 })).toHaveTextContent('OSCE Centre conducts regional seminar');
    expect(details.getByText('Loading the release…')).toBeInTheDocument();
    await details.findByRole('heading', { name: /Source text/ });
    expect(details.getByRole('button', { name: '3–6 November 2014' })).toBeInTheDocument();
    expect(details.getByRole('button', { name: '60 (about)' })).toBeInTheDocument();
    expect(details.getByRole('heading', { name: 'Participants' }).nextElementSibling).toHaveTextContent(/Afghanistan.*Azerbaijan/);
    expect(details.getByRole('heading', { name: 'Experts' }).nextElementSibling).toHaveTextContent(/Kazakhstan.*United States.*Georgia.*Lithuania/);
    expect(details.getAllByRole('blockquote')[0]).toHaveTextContent(/International Security Assistance Force/);
    expect(details.getByRole('button', { name: 'Natalia Zarudna' }).closest('figcaption')).toHaveTextContent('Head of the OSCE Centre in Astana');
    expect(details.getByRole('heading', { name: /Source text/ })).toBeInTheDocument();
  });

  it('lists organisers under the names the build merged them to, with the spelling as written, each leading to its sentence', async () => {
    // Seed 000 writes "OSCE Centre in Astana" (renamed in 2015) and "US Embassy in Kazakhstan"; seed 001 the new names.
    const { user } = await renderApp('/?event=000-d4ec6a025d7df8af');
    const region = screen.getByRole('region', { name: 'Event details' });
    const details = within(region);
    await details.findByRole('heading', { name: /Source text/ });
    // A term has no accessible name: found by its text among the terms.
    const term = details.getAllByRole('term').find((t) => t.textContent === 'Organisers')!;
    const organisers = within(term.nextElementSibling as HTMLElement);
    expect(organisers.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'OSCE Programme Office in Astana (written: OSCE Centre in Astana)',
      'State Revenues Committee of the Finance Ministry',
      expect.stringMatching(/^United States Embassy in Kazakhstan \(written: US Embassy in Kazakhstan\)$/),
    ]);
    await user.click(organisers.getByRole('button', { name: 'OSCE Programme Office in Astana' }));
    expect([...region.querySelectorAll('mark.mark-active')].map((m) => m.textContent).join('')).toBe('OSCE Centre in Astana');
    expect(details.getByText('Showing OSCE Centre in Astana in the source text')).toBeInTheDocument();
  });

  it('says when the release could not be loaded, and Retry brings it', async () => {
    let chunkRequests = 0;
    const fetch = appFilesFetch(seedDataset(), (path) => (path.endsWith('/events-0000.json') && chunkRequests++ === 0 ? Promise.resolve(new Response('busy', { status: 503 })) : undefined));
    const { user } = await renderApp('/?event=000-d4ec6a025d7df8af', fetch);
    const details = within(screen.getByRole('region', { name: 'Event details' }));
    expect(await details.findByRole('alert')).toHaveTextContent('The release could not be loaded: The server answered 503');
    await user.click(details.getByRole('button', { name: 'Retry' }));
    expect(await details.findByRole('button', { name: '60 (about)' })).toBeInTheDocument();
  });

  it('refuses full records from another build than the summary on screen', async () => {
    const files = appFileBodies(seedDataset());
    const chunk = { ...(files.get('/data/app/events-0000.json') as object), generatedAt: '2030-01-01T00:00:00.000Z' };
    const fetch = appFilesFetch(seedDataset(), (path) => (path.endsWith('/events-0000.json') ? Promise.resolve(jsonResponse(chunk)) : undefined));
    await renderApp('/?event=000-d4ec6a025d7df8af', fetch);
    const details = within(screen.getByRole('region', { name: 'Event details' }));
    expect(await details.findByRole('alert')).toHaveTextContent('the data was rebuilt, reload the page');
    expect(details.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('says plainly when there is no image to show and marks warnings', async () => {
    // The seed's own record, with a warning such as the build step writes for an unknown town.
    const dataset = seedDataset();
    const almaty = dataset.events.find((e) => e.id === '001-7dafee3892481c7c')!;
    almaty.warnings = ["venue 'Zxqwertyville' not found in the gazetteer"];
    const { user } = await renderApp('/?event=001-7dafee3892481c7c', appFilesFetch(dataset));
    const region = screen.getByRole('region', { name: 'Event details' });
    const details = within(region);
    await details.findByRole('heading', { name: /Source text/ });
    // Nothing is requested from the release's site until the reader asks for it (flags are
    // backgrounds of the app's own sprite, not images).
    const remoteImage = () => region.querySelector('img');
    expect(remoteImage()).toBeNull();
    await user.click(details.getByRole('button', { name: 'Load image from www.osce.org' }));
    const img = remoteImage();
    expect(img?.getAttribute('src')).toMatch(/^https:/);
    await act(async () => img!.dispatchEvent(new Event('error')));
    expect(details.getByText('Image not available')).toBeInTheDocument();
    expect(details.getByRole('heading', { name: 'To check' }).nextElementSibling).toHaveTextContent('Zxqwertyville');
  });

  it('"Why these roles?" lists the country roles the build weighed, with their evidence', async () => {
    const { user } = await renderApp('/?event=001-7dafee3892481c7c');
    const details = within(screen.getByRole('region', { name: 'Event details' }));
    await user.click(await details.findByRole('button', { name: 'Why these roles?' }));
    const candidates = details.getByRole('list', { name: 'Why these roles? The candidates' });
    const host = within(candidates).getByText('Kazakhstan: participant').closest('li')!;
    expect(host).toHaveTextContent('people take part');
    expect(host).toHaveTextContent('no other country is named for them');
  });

  it('"Why these organisers?" lists the bodies the build weighed, the chosen one with its evidence', async () => {
    const { user } = await renderApp('/?event=001-7dafee3892481c7c');
    const details = within(screen.getByRole('region', { name: 'Event details' }));
    await user.click(await details.findByRole('button', { name: 'Why these organisers?' }));
    const candidates = details.getByRole('list', { name: 'Why these organisers? The candidates' });
    const chosen = within(candidates).getAllByRole('listitem')[0]!;
    expect(chosen).toHaveTextContent('✓ OSCE Programme Office in Astana');
    expect(chosen).toHaveTextContent('organised / held / conducted by');
  });

  it('a fact leads to its sentence in the source text', async () => {
    const { user } = await renderApp('/?event=000-d4ec6a025d7df8af');
    const region = screen.getByRole('region', { name: 'Event details' });
    await within(region).findByRole('heading', { name: /Source text/ });
    await user.click(within(region).getAllByRole('button', { name: /Afghanistan/ })[0]!);
    // The passage may be cut into several marks where other facts' spans begin; the first has focus.
    const active = [...region.querySelectorAll('mark.mark-active')];
    expect(active.map((m) => m.textContent).join('')).toContain('Afghanistan');
    expect(active[0]).toHaveFocus();
    expect(within(region).getByText('Showing Afghanistan in the source text')).toBeInTheDocument();
    await user.click(within(region).getByRole('button', { name: '60 (about)' }));
    expect(region.querySelector('mark.mark-active')).toHaveTextContent('some 60 officers');
  });

  it('Escape closes the details and returns focus to the list button', async () => {
    const { user } = await renderApp('/');
    const button = screen.getByRole('button', { name: KARAGANDA_BUTTON });
    await user.click(button);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Event details' })).toBeNull();
    expect(window.location.search).toBe('');
    expect(screen.getByRole('button', { name: KARAGANDA_BUTTON })).toHaveFocus();
  });

  it('Close details returns focus to the marker that opened them', async () => {
    const { user } = await renderApp('/');
    await user.click(screen.getByRole('button', { name: 'Marker Almaty' }));
    expect(within(screen.getByRole('region', { name: 'Event details' })).getByRole('heading', { level: 2 })).toHaveTextContent(ALMATY);
    await user.click(screen.getByRole('button', { name: 'Close details' }));
    expect(screen.getByRole('button', { name: 'Marker Almaty' })).toHaveFocus();
  });

  it('Back undoes the selection', async () => {
    const { user } = await renderApp('/');
    await user.click(screen.getByRole('button', { name: KARAGANDA_BUTTON }));
    act(() => window.history.back());
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Event details' })).toBeNull());
  });
});
