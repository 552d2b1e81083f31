import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/app.tsx';
import { appFilesFetch } from '../fixtures/app-files-fetch.ts';
import { seedDataset } from '../fixtures/seed-dataset.ts';
import { ALMATY, KARAGANDA, renderApp, renderWithClient } from '../render-app.tsx';

vi.mock('../../../src/app/features/map/atlas-map.tsx', async () => ({ AtlasMap: (await import('../map-mock.tsx')).MockAtlasMap }));
afterEach(() => vi.unstubAllGlobals());

const titles = () => within(screen.getByRole('list', { name: 'Events' })).getAllByRole('listitem').map((li) => li.textContent);

describe('participating country', () => {
  it('narrows by typing, chooses an option, shows a chip and clears', async () => {
    const { user } = await renderApp('/');
    const box = screen.getByRole('combobox', { name: 'Participating country' });
    await user.type(box, 'afgh');
    const option = screen.getByRole('option', { name: 'Afghanistan, 1 event' });
    expect(screen.getAllByRole('option')).toHaveLength(1);
    expect(option.querySelector('.flag')).toHaveAttribute('aria-hidden', 'true');
    await user.click(option);
    expect(option).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('1 of 2 events');
    expect(window.location.search).toBe('?country=AF');
    expect(titles()).toEqual([expect.stringContaining(KARAGANDA)]);

    await user.click(screen.getByRole('button', { name: 'Remove Afghanistan' }));
    expect(screen.getByRole('status')).toHaveTextContent('2 of 2 events');
    expect(window.location.search).toBe('');
  });

  it('works by keyboard: arrows, Enter toggles, Escape closes', async () => {
    const { user } = await renderApp('/');
    const box = screen.getByRole('combobox', { name: 'Participating country' });
    await user.click(box);
    expect(box).toHaveAttribute('aria-expanded', 'true');
    await user.type(box, 'lith');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('option', { name: 'Lithuania, 2 events' })).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', screen.getByRole('option', { name: /Lithuania/ }).id);
    await user.keyboard('{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('status')).toHaveTextContent('2 of 2 events');
    expect(screen.getByRole('button', { name: 'Remove Lithuania' })).toBeInTheDocument();
  });

  it('clears every filter at once', async () => {
    const { user } = await renderApp('/?country=AF,LT&role=expert&q=zarudna');
    expect(screen.getByRole('status')).toHaveTextContent('1 of 2 events');
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(window.location.search).toBe('');
    expect(screen.getByRole('status')).toHaveTextContent('2 of 2 events');
  });
});

describe('country role', () => {
  it('offers the roles as radios, Any role by default', async () => {
    await renderApp('/');
    const group = screen.getByRole('radiogroup', { name: 'Country role' });
    expect(within(group).getAllByRole('radio').map((r) => r.closest('label')?.textContent)).toEqual(['Any role', 'Participant', 'Expert', 'Organiser', 'Host']);
    expect(within(group).getByRole('radio', { name: 'Any role' })).toBeChecked();
  });

  it('Lithuania as participant → no events; as expert → both', async () => {
    const { user } = await renderApp('/?country=LT');
    expect(screen.getByRole('status')).toHaveTextContent('2 of 2 events');
    await user.click(screen.getByRole('radio', { name: 'Participant' }));
    expect(screen.getByRole('status')).toHaveTextContent('0 of 2 events');
    expect(screen.getByText('No events match these filters')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Expert' }));
    expect(window.location.search).toBe('?country=LT&role=expert');
    expect(titles()).toEqual([expect.stringContaining(KARAGANDA), expect.stringContaining(ALMATY)]);
    await user.click(screen.getByRole('button', { name: 'Remove role Expert' }));
    expect(screen.getByRole('radio', { name: 'Any role' })).toBeChecked();
  });

  it('the empty state clears the filters', async () => {
    const { user } = await renderApp('/?country=LT&role=participant');
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(screen.getByRole('status')).toHaveTextContent('2 of 2 events');
  });
});

describe('topic, organiser and search', () => {
  it('filters by topic and organiser checkboxes', async () => {
    const { user } = await renderApp('/');
    const topics = within(screen.getByRole('group', { name: 'Topic' }));
    await user.click(topics.getByRole('button', { name: /^Show all \d+$/ }));
    await user.click(topics.getByRole('checkbox', { name: /Customs/ }));
    expect(titles()).toEqual([expect.stringContaining(ALMATY)]);
    await user.click(screen.getByRole('button', { name: 'Remove topic Customs' }));
    // The OSCE Centre in Astana was renamed the OSCE Programme Office in Astana: one organiser.
    const organisers = within(screen.getByRole('group', { name: 'Organiser' }));
    expect(organisers.queryByRole('checkbox', { name: /^OSCE Centre in Astana/ })).toBeNull();
    await user.click(organisers.getByRole('checkbox', { name: /^OSCE Programme Office in Astana/ }));
    expect(titles()).toEqual([expect.stringContaining(KARAGANDA), expect.stringContaining(ALMATY)]);
  });

  it('offers the two spellings of the US Embassy as one organiser, with both events', async () => {
    const { user } = await renderApp('/');
    const organisers = within(screen.getByRole('group', { name: 'Organiser' }));
    expect(organisers.getAllByRole('checkbox', { name: /Embassy/ })).toHaveLength(1);
    await user.click(organisers.getByRole('checkbox', { name: /^United States Embassy in Kazakhstan/ }));
    expect(titles()).toEqual([expect.stringContaining(KARAGANDA), expect.stringContaining(ALMATY)]);
  });

  it('searches titles, places, people and quotes without regard to case or accents', async () => {
    const { user } = await renderApp('/');
    await user.type(screen.getByRole('searchbox', { name: 'Search events' }), 'ALMATÝ');
    expect(titles()).toEqual([expect.stringContaining(ALMATY)]);
    expect(screen.getByRole('button', { name: 'Remove search “ALMATÝ”' })).toBeInTheDocument();
  });

  it('answers a keystroke whose words it has loaded in that keystroke\'s own render, never drawing the previous answer under the new query', async () => {
    await renderApp('/?q=almaty');
    await waitFor(() => expect(titles()).toEqual([expect.stringContaining(ALMATY)]));
    // The seeds' postings fit one shard, loaded for "almaty": nothing is left to fetch.
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search events' }), { target: { value: 'karaganda' } });
    expect(titles()).toEqual([expect.stringContaining(KARAGANDA)]);
    expect(screen.getByRole('status')).toHaveTextContent('1 of 2 events');
  });

  it('says it is searching until the search text arrives, and offers Retry when it could not load', async () => {
    let failFirst: (r: Response) => void = () => {};
    let searchRequests = 0;
    const fetch = appFilesFetch(seedDataset(), (path) => {
      if (!path.endsWith('/search.json') || searchRequests++ > 0) return undefined;
      return new Promise<Response>((resolve) => (failFirst = resolve));
    });
    vi.stubGlobal('fetch', fetch);
    window.history.replaceState(null, '', '/?q=almaty');
    const user = userEvent.setup();
    renderWithClient(<App />);
    expect(await screen.findByText('Searching…', { selector: '.empty-state' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Searching…');
    failFirst(new Response('busy', { status: 503 }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The search could not be loaded: The server answered 503');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 of 2 events'));
    expect(titles()).toEqual([expect.stringContaining(ALMATY)]);
  });

  it('fetches only the shards of postings a query needs, and offers Retry when one could not load', async () => {
    const requested: string[] = [];
    let failed = false;
    const fetch = appFilesFetch(seedDataset(), (path) => {
      if (/\/search-\d+\.json$/.test(path)) requested.push(path);
      if (!/\/search-\d+\.json$/.test(path) || failed) return undefined;
      failed = true;
      return Promise.resolve(new Response('busy', { status: 503 }));
    });
    vi.stubGlobal('fetch', fetch);
    window.history.replaceState(null, '', '/?q=zarudna');
    const user = userEvent.setup();
    renderWithClient(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent('The search could not be loaded: The server answered 503');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 of 2 events'));
    expect(titles()).toEqual([expect.stringContaining(KARAGANDA)]);
    // The seeds' postings fit one shard: asked for twice (the failure, the retry), no other file.
    expect(new Set(requested)).toEqual(new Set(['/data/app/search-0000.json']));
  });
});
