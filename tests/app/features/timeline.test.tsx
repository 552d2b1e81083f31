import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toDay } from '../../../src/app/helpers/days.ts';
import { ALMATY, KARAGANDA, renderApp } from '../render-app.tsx';

vi.mock('../../../src/app/features/map/atlas-map.tsx', async () => ({ AtlasMap: (await import('../map-mock.tsx')).MockAtlasMap }));
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const titles = () => within(screen.getByRole('list', { name: 'Events' })).getAllByRole('listitem').map((li) => li.textContent);
const slider = (name: string) => within(screen.getByRole('group', { name: 'Timeline' })).getByRole('slider', { name });

describe('timeline', () => {
  it('has two sliders over the whole domain by default', async () => {
    await renderApp('/');
    expect(slider('Start date')).toHaveAttribute('aria-valuemin', String(toDay('2014-11-03')));
    expect(slider('Start date')).toHaveAttribute('aria-valuemax', String(toDay('2015-04-03')));
    expect(slider('Start date')).toHaveAttribute('aria-valuetext', '3 November 2014');
    expect(slider('End date')).toHaveAttribute('aria-valuetext', '3 April 2015');
  });

  it('Home on End date leaves only the events overlapping the first day', async () => {
    const { user } = await renderApp('/');
    slider('End date').focus();
    await user.keyboard('{Home}');
    expect(slider('End date')).toHaveAttribute('aria-valuetext', '3 November 2014');
    expect(titles()).toEqual([expect.stringContaining(KARAGANDA)]);
    expect(window.location.search).toBe('?to=2014-11-03');
  });

  it('steps by a day with arrows and a year with Page Up; the start cannot pass the end', async () => {
    const { user } = await renderApp('/?to=2014-12-01');
    slider('Start date').focus();
    await user.keyboard('{ArrowRight}');
    expect(slider('Start date')).toHaveAttribute('aria-valuetext', '4 November 2014');
    await user.keyboard('{PageUp}');
    expect(slider('Start date')).toHaveAttribute('aria-valuetext', '1 December 2014');
    expect(screen.getByRole('status')).toHaveTextContent('0 of 2 events');
  });

  it('reads the window from the URL: from=2015-01-01 leaves only Almaty', async () => {
    await renderApp('/?from=2015-01-01');
    expect(titles()).toEqual([expect.stringContaining(ALMATY)]);
    expect(slider('Start date')).toHaveAttribute('aria-valuetext', '1 January 2015');
    expect(screen.getByRole('button', { name: /^Remove dates / })).toBeInTheDocument();
  });

  it('plays the window forward to the end, then stops', async () => {
    const { user } = await renderApp('/');
    await user.click(screen.getByRole('button', { name: 'Play' }));
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    const first = Number(slider('Start date').getAttribute('aria-valuenow'));
    await waitFor(() => expect(Number(slider('Start date').getAttribute('aria-valuenow'))).toBeGreaterThan(first));
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
  });
});
