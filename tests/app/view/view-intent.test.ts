import { describe, expect, it } from 'vitest';
import { applyIntent, historyModeOf, type ViewIntent } from '../../../src/app/view/view-intent.ts';
import { parseViewState } from '../../../src/app/view/parse-view-state.ts';
import { serializeViewState } from '../../../src/app/view/serialize-view-state.ts';
import { DEFAULT_VIEW, type ViewState } from '../../../src/app/view/view-state.ts';

const view = (qs: string): ViewState => parseViewState(new URLSearchParams(qs));
const after = (qs: string, ...intents: ViewIntent[]) => serializeViewState(intents.reduce(applyIntent, view(qs)));

describe('view intents', () => {
  it('toggles an option in and out of any facet, keeping the order it was chosen in', () => {
    expect(after('country=KZ', { kind: 'toggle-option', field: 'countries', key: 'AF' })).toBe('country=KZ,AF');
    expect(after('country=KZ,AF', { kind: 'toggle-option', field: 'countries', key: 'KZ' })).toBe('country=AF');
    expect(after('', { kind: 'toggle-option', field: 'topics', key: 'border-security' }, { kind: 'toggle-option', field: 'organizers', key: 'osce' })).toBe('topic=border-security&org=osce');
  });

  it('a chip takes back what the combobox or the map chose, and nothing else', () => {
    const chosen = after('role=expert&country=KZ', { kind: 'toggle-option', field: 'countries', key: 'LT' });
    expect(chosen).toBe('country=KZ,LT&role=expert');
    expect(after(chosen, { kind: 'toggle-option', field: 'countries', key: 'LT' })).toBe('country=KZ&role=expert');
  });

  it('clears the search, the dates, or every choice while the open event stays open', () => {
    expect(after('q=almaty&from=2014-01-01', { kind: 'clear-search' })).toBe('from=2014-01-01');
    expect(after('q=almaty&from=2014-01-01&to=2015-12-31', { kind: 'clear-dates' })).toBe('q=almaty');
    expect(after('country=KZ&role=host&event=karaganda-2014&topic=drugs&q=x&undated=exclude&view=table', { kind: 'clear-filters' })).toBe('event=karaganda-2014');
    expect(applyIntent(view('country=KZ'), { kind: 'clear-filters' })).toEqual(DEFAULT_VIEW);
  });

  it('sets the window, the role, the event, the undated choice, the display, the sort and the map', () => {
    expect(after('', { kind: 'set-window', from: '2014-01-01', to: null, scrubbing: true })).toBe('from=2014-01-01');
    expect(after('', { kind: 'set-role', role: 'host' }, { kind: 'select-event', id: 'almaty-2015' })).toBe('role=host&event=almaty-2015');
    expect(after('event=a', { kind: 'select-event', id: null })).toBe('');
    expect(after('', { kind: 'set-undated', undated: 'exclude' }, { kind: 'set-display', display: 'table' }, { kind: 'set-sort', sort: { key: 'count', direction: 'descending' } })).toBe('undated=exclude&view=table&sort=-count');
    expect(after('', { kind: 'move-map', map: { lat: 43.2389, lon: 76.8897, zoom: 5 } })).toBe('map=43.239,76.89,5');
  });

  it('replaces the history entry for the many steps of one gesture, pushes a choice', () => {
    expect(historyModeOf({ kind: 'search', q: 'al' })).toBe('replace');
    expect(historyModeOf({ kind: 'move-map', map: { lat: 0, lon: 0, zoom: 2 } })).toBe('replace');
    expect(historyModeOf({ kind: 'set-window', from: null, to: null, scrubbing: true })).toBe('replace');
    expect(historyModeOf({ kind: 'set-window', from: null, to: null, scrubbing: false })).toBe('push');
    expect(historyModeOf({ kind: 'toggle-option', field: 'countries', key: 'KZ' })).toBe('push');
    expect(historyModeOf({ kind: 'clear-filters' })).toBe('push');
  });
});
